import { css } from 'lit';

/**
 * Styles of <cx-charter-timescales>: only the private `--_cx-*` tokens (so
 * partners theme with `--cx-*`), only logical properties (so right-to-left
 * pages mirror). These are what both layouts show (the working-day
 * explanation, the notes, the date form); each layout brings its own with
 * its templates (answer-views.styles.ts, table-views.styles.ts).
 */
export const timescalesStyles = css`
  :host {
    container: cx-timescales / inline-size;
  }

  /* "What counts as a working day?" (GOV.UK details) */
  .cx-details {
    margin-block: var(--_cx-space-4);
  }
  .cx-details summary {
    display: list-item;
    cursor: pointer;
    color: var(--_cx-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    padding-block: 0.7rem;
    inline-size: fit-content;
    max-inline-size: 100%;
  }
  .cx-details summary:hover {
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  .cx-details summary:focus-visible {
    text-decoration: none;
  }
  .cx-details__text {
    padding: var(--_cx-space-3);
    border-inline-start: 5px solid var(--_cx-border);
  }
  .cx-details__text > :last-child {
    margin-block-end: 0;
  }
  .cx-skipped {
    padding-inline-start: var(--_cx-space-4);
  }

  .cx-notes {
    padding-inline-start: var(--_cx-space-4);
  }
  .cx-date-result {
    font-weight: 700;
    margin-block-start: var(--_cx-space-3);
  }

  /* The GOV.UK date input's form (the input's own looks are core's dateInputStyles) */
  .cx-date-form {
    margin-block-start: var(--_cx-space-4);
  }
`;
