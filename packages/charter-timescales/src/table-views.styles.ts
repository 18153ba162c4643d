import { css } from 'lit';

/** The table of every promise, or its list of sentences. Loaded with their templates (table-views.ts). */
export const tableStyles = css`
  .cx-block {
    display: block;
  }
  .cx-tag--overdue {
    color: var(--_cx-text);
    border-color: var(--_cx-warning);
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
  .cx-sentences__list {
    padding-inline-start: var(--_cx-space-4);
  }
  .cx-sentences__list li {
    margin-block-end: var(--_cx-space-2);
  }
  @media (forced-colors: active) {
    .cx-tag--overdue {
      border-color: CanvasText;
    }
  }
`;
