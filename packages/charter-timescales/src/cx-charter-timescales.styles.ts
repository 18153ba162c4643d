import { css } from 'lit';

/**
 * Styles of <cx-charter-timescales>: only the private `--_cx-*` tokens (so
 * partners theme with `--cx-*`), only logical properties (so right-to-left
 * pages mirror), and marks in the calendar that do not rely on colour alone
 * (a dashed box for the day received, a line through days that do not count,
 * a thick box for the due date), which also hold in forced colours.
 */
export const timescalesStyles = css`
  :host {
    container: cx-timescales / inline-size;
  }
  .cx-block {
    display: block;
  }
  .cx-answer__lead {
    font-size: var(--_cx-font-size-heading);
    line-height: 1.3;
  }
  .cx-answer__date {
    font-weight: 700;
  }
  .cx-answer__length {
    font-size: var(--_cx-font-size);
  }
  .cx-overdue {
    border-width: 5px;
  }
  .cx-overdue__title {
    font-size: var(--_cx-font-size-heading);
  }
  .cx-overdue > :last-child {
    margin-block-end: 0;
  }
  .cx-tag--overdue {
    color: var(--_cx-text);
    border-color: var(--_cx-warning);
  }

  /* The calendar picture */
  .cx-calendar {
    margin-block: var(--_cx-space-4);
  }
  .cx-calendar__months {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_cx-space-4);
  }
  .cx-month {
    border-collapse: separate;
    border-spacing: 2px;
    font-size: var(--_cx-font-size-small);
    text-align: center;
  }
  .cx-month caption {
    font-weight: 700;
    text-align: start;
    padding-block-end: var(--_cx-space-1);
  }
  .cx-month th {
    font-weight: 400;
    color: var(--_cx-text-secondary);
    /* A whole day name (Urdu has no short ones) widens its column rather than breaking mid-word. */
    white-space: nowrap;
  }
  .cx-month th,
  .cx-month td {
    padding: 0;
    inline-size: 2.25em;
  }
  .cx-day {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: 2.25em;
    block-size: 2.25em;
    border: 2px solid transparent;
    border-radius: var(--_cx-radius);
  }
  .cx-day--counted {
    background: var(--_cx-surface);
  }
  .cx-day--received {
    border: 2px dashed var(--_cx-text);
    font-weight: 700;
  }
  .cx-day--not-counted {
    color: var(--_cx-text-secondary);
    text-decoration: line-through;
    text-decoration-thickness: 2px;
  }
  .cx-day--due {
    background: var(--_cx-brand);
    color: var(--_cx-brand-text);
    border: 3px solid var(--_cx-text);
    font-weight: 700;
  }
  .cx-legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_cx-space-2) var(--_cx-space-4);
    padding: 0;
    margin-block: var(--_cx-space-3) 0;
    list-style: none;
    font-size: var(--_cx-font-size-small);
  }
  .cx-legend li {
    display: flex;
    align-items: center;
    gap: var(--_cx-space-2);
  }
  .cx-legend .cx-day {
    inline-size: 1.75em;
    block-size: 1.75em;
    font-size: var(--_cx-font-size-small);
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

  /* The table of every promise */
  .cx-table {
    inline-size: 100%;
    border-collapse: collapse;
    margin-block-end: var(--_cx-space-4);
  }
  /* The column name inside a cell, shown only when the rows are stacked. */
  .cx-table__label {
    display: none;
  }
  .cx-table caption {
    text-align: start;
    font-weight: 700;
    font-size: var(--_cx-font-size-heading);
    line-height: 1.25;
    margin-block-end: var(--_cx-space-3);
  }
  .cx-table th,
  .cx-table td {
    /* Size columns by whole words ("Wednesday", "December"), breaking inside a word only when it cannot fit at all. */
    overflow-wrap: break-word;
    text-align: start;
    vertical-align: top;
    padding-block: var(--_cx-space-2);
    padding-inline: 0 var(--_cx-space-3);
    border-block-end: 1px solid var(--_cx-border);
  }
  .cx-table thead th {
    font-weight: 700;
  }
  .cx-table tbody th {
    font-weight: 400;
  }
  .cx-table__row--chosen th,
  .cx-table__row--chosen td {
    font-weight: 700;
  }
  /*
   * Stacked rows (GOV.UK's pattern for tables on small screens) when the widget is narrow: at 320px,
   * with text at 200%, or in a narrow column, each promise is a block with its column names,
   * so long Welsh and Polish words and dates wrap instead of being clipped or scrolled sideways.
   */
  @container cx-timescales (max-width: 36em) {
    .cx-table thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .cx-table,
    .cx-table caption,
    .cx-table tbody,
    .cx-table tr,
    .cx-table th,
    .cx-table td {
      /* The caption too: left a table-caption in a block table, it shrinks to one letter a line. */
      display: block;
    }
    .cx-table tr {
      padding-block: var(--_cx-space-2);
      border-block-end: 1px solid var(--_cx-border);
    }
    .cx-table th,
    .cx-table td {
      border: 0;
      padding: 0;
      margin-block-end: var(--_cx-space-1);
    }
    .cx-table tbody th {
      font-weight: 700;
    }
    .cx-table__label {
      display: block;
      font-weight: 700;
      color: var(--_cx-text-secondary);
      font-size: var(--_cx-font-size-small, 0.875em);
    }
  }
  .cx-notes {
    padding-inline-start: var(--_cx-space-4);
  }
  .cx-date-result {
    font-weight: 700;
    margin-block-start: var(--_cx-space-3);
  }
  .cx-sentences__list {
    padding-inline-start: var(--_cx-space-4);
  }
  .cx-sentences__list li {
    margin-block-end: var(--_cx-space-2);
  }

  /* The GOV.UK date input's form (the input's own looks are core's dateInputStyles) */
  .cx-date-form {
    margin-block-start: var(--_cx-space-4);
  }

  @media (forced-colors: active) {
    /* Forced colours paint transparent borders: hide them on plain days, so only the marks show. */
    .cx-day {
      border-color: Canvas;
    }
    .cx-day--counted {
      border-color: CanvasText;
      border-width: 1px;
    }
    .cx-day--received {
      border-color: CanvasText;
    }
    .cx-day--due {
      border: 5px double CanvasText;
    }
    .cx-tag--overdue {
      border-color: CanvasText;
    }
  }
`;
