import { css } from 'lit';

/** GOV.UK-style form parts shared by every widget that asks for input. */
export const formStyles = css`
  .cx-form-group {
    margin-block-end: var(--_cx-space-4);
  }
  .cx-form-group--error {
    padding-inline-start: var(--_cx-space-3);
    border-inline-start: 5px solid var(--_cx-error);
  }
  .cx-label,
  legend {
    display: block;
    font-weight: 700;
    margin-block-end: var(--_cx-space-1);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  .cx-hint {
    display: block;
    color: var(--_cx-text-secondary);
    margin-block-end: var(--_cx-space-2);
  }
  .cx-input,
  .cx-textarea,
  .cx-select {
    display: block;
    inline-size: 100%;
    max-inline-size: 100%;
    min-block-size: 44px;
    padding: var(--_cx-space-1) var(--_cx-space-2);
    border: var(--_cx-border-width) solid var(--_cx-input-border);
    border-radius: var(--_cx-radius);
    background: var(--_cx-background);
  }
  .cx-input--error,
  .cx-textarea--error {
    border-color: var(--_cx-error);
  }
  .cx-error-message {
    color: var(--_cx-error);
    font-weight: 700;
    margin-block: 0 var(--_cx-space-2);
  }
  .cx-error-summary {
    padding: var(--_cx-space-3);
    border: 5px solid var(--_cx-error);
    margin-block-end: var(--_cx-space-4);
  }
  .cx-error-summary:focus {
    outline: var(--_cx-focus-width) solid var(--_cx-focus);
  }
  .cx-error-summary__list a {
    color: var(--_cx-error);
    font-weight: 700;
  }
  .cx-radios,
  .cx-checkboxes {
    display: grid;
    gap: var(--_cx-space-2);
  }
  .cx-choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_cx-space-2);
  }
  .cx-choice input {
    inline-size: 1.75rem;
    block-size: 1.75rem;
    flex: none;
    margin: 0;
    accent-color: var(--_cx-text);
  }
  .cx-choice label {
    padding-block-start: 0.1em;
  }
  @media (forced-colors: active) {
    .cx-input,
    .cx-textarea,
    .cx-select,
    .cx-error-summary {
      border-color: CanvasText;
    }
  }
`;
