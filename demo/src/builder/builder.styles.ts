import { css } from 'lit';

export const builderStyles = css`
  :host {
    display: block;
  }
  .layout {
    display: grid;
    gap: var(--_cx-space-4);
    grid-template-columns: minmax(0, 1fr);
  }
  @media (min-width: 60rem) {
    .layout {
      grid-template-columns: minmax(0, 26rem) minmax(0, 1fr);
    }
  }
  .panel {
    padding: var(--_cx-space-3);
    border: 1px solid var(--_cx-border);
    margin-block-end: var(--_cx-space-4);
  }
  .panel > h2 {
    margin-block-start: 0;
  }
  fieldset.plain {
    border: 0;
    padding: 0;
    margin: 0;
    min-inline-size: 0;
  }
  /* The kit's choices are a row (radio, label); the hint goes on its own line under the label. */
  .cx-choice:has(> .cx-hint) {
    flex-wrap: wrap;
  }
  .cx-choice .cx-hint {
    display: block;
    flex-basis: 100%;
    padding-inline-start: 2.5rem;
  }
  .name {
    font-weight: 700;
  }
  .tag {
    display: block;
    font-size: 0.875rem;
    font-family: ui-monospace, monospace;
  }
  .preview {
    padding: var(--_cx-space-3);
    border: 3px dashed var(--_cx-border);
    background: var(--cx-color-background, #fff);
  }
  pre {
    overflow: auto;
    padding: var(--_cx-space-3);
    background: var(--_cx-surface);
    border: 1px solid var(--_cx-border);
    font-size: var(--_cx-font-size-small);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .swatch-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_cx-space-2);
  }
  .swatch-row input[type='color'] {
    inline-size: 3rem;
    block-size: 44px;
    padding: 0;
    border: 1px solid var(--_cx-input-border);
  }
  .w7 {
    inline-size: 9ch;
    box-sizing: content-box;
  }
  .advice,
  .warning {
    border-inline-start: 5px solid var(--_cx-border);
    padding-inline-start: var(--_cx-space-3);
  }
  .warning {
    border-inline-start-color: var(--_cx-error);
    margin-block-end: var(--_cx-space-4);
  }
  .quote {
    background: var(--_cx-surface);
    padding: var(--_cx-space-2);
  }
  .fail {
    color: var(--_cx-error);
    font-weight: 700;
  }
  .pass {
    color: var(--_cx-success);
  }
  textarea.charter {
    font-family: ui-monospace, monospace;
    min-block-size: 12rem;
  }
`;
