import { css } from 'lit';

/**
 * The answer for one timescale and its calendar picture, whose marks do not
 * rely on colour alone (a dashed box for the day received, a line through
 * days that do not count, a thick box for the due date), which also hold in
 * forced colours. Loaded with the answer's templates (answer-views.ts).
 */
export const answerStyles = css`
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
  }
`;
