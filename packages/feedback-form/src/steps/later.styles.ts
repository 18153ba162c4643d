import { css } from 'lit';
import { textareaStyles, textFieldStyles } from '@cx-kit/core/element';

/** The later steps' looks, adopted when they load (with core's for the boxes they ask in). Logical properties only. */
export const laterStepStyles = css`
  ${textareaStyles}
  ${textFieldStyles}
  .cx-conditional {
    margin-inline-start: calc(0.875rem - 2px);
    padding-inline-start: calc(0.875rem + var(--_cx-space-2));
    border-inline-start: 4px solid var(--_cx-border);
    padding-block: var(--_cx-space-1) var(--_cx-space-2);
  }
  .cx-conditional .cx-form-group {
    margin-block-end: 0;
  }
  .cx-or {
    margin-block: var(--_cx-space-2);
  }

  .cx-hint-list {
    margin-block: var(--_cx-space-1) var(--_cx-space-2);
    padding-inline-start: var(--_cx-space-4);
  }
  .cx-hint-list li + li {
    margin-block-start: var(--_cx-space-1);
  }

  /* The honeypot: not shown, not focusable, not in the accessibility tree. */
  .cx-trap {
    display: none !important;
  }

  /* Back, and labels that are a step's heading: never on the first question. */
  .cx-label--heading {
    margin-block-end: var(--_cx-space-2);
  }

  .cx-back-link {
    display: inline-flex;
    align-items: center;
    gap: var(--_cx-space-1);
    min-block-size: 44px;
    margin-block-end: var(--_cx-space-2);
    padding: 0;
    border: 0;
    background: none;
    color: var(--_cx-text);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .cx-back-link::before {
    content: '';
    display: inline-block;
    inline-size: 0.4em;
    block-size: 0.4em;
    border-block-end: 2px solid currentColor;
    border-inline-start: 2px solid currentColor;
    transform: rotate(45deg);
  }
  .cx-back-link:dir(rtl)::before {
    transform: rotate(-45deg);
  }

  .cx-summary-list {
    margin-block: 0 var(--_cx-space-4);
  }
  .cx-summary-list__row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--_cx-space-3);
    padding-block: var(--_cx-space-2);
    border-block-end: 1px solid var(--_cx-border);
  }
  .cx-summary-list__key {
    flex: 1 1 12rem;
    margin: 0;
    font-weight: 700;
  }
  .cx-summary-list__value {
    flex: 3 1 16rem;
    margin: 0;
    white-space: pre-wrap;
  }
  .cx-summary-list__actions {
    flex: 0 0 auto;
    margin: 0;
  }

  .cx-failure {
    padding: var(--_cx-space-3);
    border: 5px solid var(--_cx-error);
    margin-block: var(--_cx-space-3);
  }
  .cx-failure:focus {
    outline: var(--_cx-focus-width) solid var(--_cx-focus);
  }
  .cx-failure h3 {
    margin-block-end: var(--_cx-space-2);
  }
  .cx-failure p:last-child {
    margin-block-end: 0;
  }

  .cx-panel {
    padding: var(--_cx-space-4);
    border: 5px solid var(--_cx-success);
    margin-block-end: var(--_cx-space-4);
    text-align: center;
  }
  .cx-panel .cx-step-heading {
    margin-block-end: var(--_cx-space-2);
  }
  .cx-panel p {
    margin: 0;
  }
  .cx-reference {
    display: block;
    font-size: var(--_cx-font-size-heading);
    font-weight: 700;
    overflow-wrap: anywhere;
  }

  @media (forced-colors: active) {
    .cx-panel,
    .cx-failure,
    .cx-conditional {
      border-color: CanvasText;
    }
  }
`;
