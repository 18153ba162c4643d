import { css } from 'lit';

/** The feedback form's own looks for its shell and first question, on top of the shared and form styles. Logical properties only. The later steps' looks load with them (steps/later.styles.ts). */
export const feedbackFormStyles = css`
  .cx-step-heading {
    font-size: var(--_cx-font-size-heading);
    line-height: 1.25;
    margin-block: 0 var(--_cx-space-3);
  }
  .cx-step-heading:focus {
    outline: none;
  }
  .cx-step-heading:focus-visible {
    outline: var(--_cx-focus-width) solid var(--_cx-focus);
    outline-offset: 2px;
  }
  legend .cx-step-heading,
  label .cx-step-heading {
    margin: 0;
  }
  legend {
    padding: 0;
  }
  .cx-remember {
    margin-block: var(--_cx-space-5) 0;
    padding-block-start: var(--_cx-space-3);
    border-block-start: 1px solid var(--_cx-border);
  }
  .cx-link-button {
    min-block-size: 44px;
    font: inherit;
    text-align: start;
  }

  .cx-notice {
    padding: var(--_cx-space-3);
    border-inline-start: 6px solid var(--_cx-brand);
    background: var(--_cx-surface);
    margin-block-end: var(--_cx-space-4);
  }
  .cx-notice p:last-child {
    margin-block-end: 0;
  }

  .cx-button-group {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_cx-space-3);
    margin-block-start: var(--_cx-space-4);
  }

  /* Outside the label (GOV.UK), lined up with it. */
  .cx-choice__hint {
    display: block;
    color: var(--_cx-text-secondary);
    font-weight: 400;
    padding-inline-start: calc(1.75rem + var(--_cx-space-2));
  }
  .cx-choice label {
    min-block-size: 1.75rem;
  }
  @media (forced-colors: active) {
    .cx-notice {
      border-color: CanvasText;
    }
  }
`;
