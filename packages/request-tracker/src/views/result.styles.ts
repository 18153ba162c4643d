import { css } from 'lit';

/**
 * The looks of a found request (summary, status tags, the overdue apology,
 * the timeline), adopted when the lookup session's code arrives: on the
 * shared tokens only, logical properties only, borders that survive forced
 * colours.
 */
export const resultStyles = css`
  .cx-request > h3 {
    margin-block-start: var(--_cx-space-4);
  }
  .cx-summary {
    display: grid;
    gap: var(--_cx-space-2);
    margin-block: 0 var(--_cx-space-4);
    padding-block-end: var(--_cx-space-3);
    border-block-end: 1px solid var(--_cx-border);
  }
  .cx-summary__row {
    display: grid;
    grid-template-columns: minmax(7rem, 1fr) 2fr;
    gap: var(--_cx-space-2);
  }
  .cx-summary dt {
    font-weight: 700;
  }
  .cx-summary dd {
    margin: 0;
  }
  @media (max-width: 30em) {
    .cx-summary__row {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }

  /* Status tags: the words carry the meaning, colour only helps. */
  .cx-tag {
    margin-inline-end: var(--_cx-space-1);
  }
  .cx-tag--active {
    background: var(--_cx-brand);
    color: var(--_cx-brand-text);
  }
  .cx-tag--attention {
    background: var(--_cx-warning);
    color: var(--_cx-background);
  }
  .cx-tag--done {
    background: var(--_cx-success);
    color: var(--_cx-background);
  }
  .cx-tag--overdue {
    background: var(--_cx-background);
    color: var(--_cx-text);
    border: 2px solid var(--_cx-error);
  }

  .cx-overdue {
    padding: var(--_cx-space-3);
    border: 5px solid var(--_cx-error);
    border-inline-start-width: 10px;
    margin-block: var(--_cx-space-3) var(--_cx-space-4);
  }
  .cx-overdue > :last-child,
  .cx-overdue__steps {
    margin-block-end: 0;
  }
  .cx-overdue__steps + p {
    margin-block-start: var(--_cx-space-3);
  }
  .cx-next {
    font-weight: 700;
  }
  /* The timeline: an ordered list with a line down its start side. */
  .cx-timeline {
    list-style: none;
    padding: 0;
    margin-block: 0 var(--_cx-space-4);
  }
  .cx-timeline__item {
    position: relative;
    padding-inline-start: var(--_cx-space-4);
    padding-block-end: var(--_cx-space-3);
    border-inline-start: 3px solid var(--_cx-border);
  }
  .cx-timeline__item::before {
    content: '';
    position: absolute;
    inset-inline-start: -9px;
    inset-block-start: 0.35em;
    inline-size: 15px;
    block-size: 15px;
    border-radius: 50%;
    background: var(--_cx-text);
  }
  .cx-timeline__item:last-child {
    border-inline-start-color: transparent;
  }
  .cx-timeline__item p {
    margin-block-end: var(--_cx-space-1);
  }
  .cx-timeline__title {
    font-weight: 700;
  }

  @media (forced-colors: active) {
    .cx-tag--overdue,
    .cx-overdue {
      border-color: CanvasText;
    }
    .cx-timeline__item {
      border-inline-start-color: CanvasText;
    }
    .cx-timeline__item::before {
      background: CanvasText;
    }
  }
`;
