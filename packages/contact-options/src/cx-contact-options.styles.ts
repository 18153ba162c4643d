import { css } from 'lit';

/** `<cx-contact-options>`: logical properties only, so right-to-left pages mirror by themselves. */
export const styles = css`
  .cx-channels {
    list-style: none;
    margin: 0 0 var(--_cx-space-4);
    padding: 0;
  }
  .cx-channel {
    padding-block: var(--_cx-space-3);
    border-block-start: 1px solid var(--_cx-border);
  }
  .cx-channel:first-child {
    border-block-start: 0;
    padding-block-start: 0;
  }
  .cx-channel > :last-child,
  .cx-emergency > :last-child,
  .cx-hours__list {
    margin-block-end: 0;
  }
  .cx-channel__title {
    margin-block-end: var(--_cx-space-2);
  }
  .cx-big-link {
    display: inline-block;
    padding-block: var(--_cx-space-2);
    font-weight: 700;
    font-size: var(--_cx-font-size-heading);
    line-height: 1.25;
  }
  .cx-links {
    list-style: none;
    padding: 0;
  }
  .cx-how-label {
    margin-block-end: var(--_cx-space-1);
  }
  .cx-address {
    font-style: normal;
    margin-block-end: var(--_cx-space-3);
  }
  .cx-address span {
    display: block;
  }
  .cx-state {
    padding-inline-start: var(--_cx-space-2);
    border-inline-start: 5px solid var(--_cx-border);
    font-weight: 700;
  }
  .cx-state--open {
    border-inline-start-color: var(--_cx-success);
  }
  .cx-state--soon {
    border-inline-start-color: var(--_cx-warning);
  }
  .cx-hours__title {
    margin-block-end: var(--_cx-space-1);
    font-weight: 600;
  }
  .cx-hours {
    margin-block-end: var(--_cx-space-3);
  }
  .cx-hours__list {
    padding-inline-start: var(--_cx-space-4);
  }
  .cx-promise {
    padding: var(--_cx-space-2) var(--_cx-space-3);
    border-inline-start: 5px solid var(--_cx-brand);
    background: var(--_cx-surface);
  }
  .cx-emergency {
    padding: var(--_cx-space-3);
    border: 5px solid var(--_cx-error);
    margin-block-end: var(--_cx-space-4);
  }
  .cx-emergency .cx-promise {
    background: transparent;
    padding-inline-end: 0;
  }
  .cx-other-formats span {
    display: block;
  }
  .cx-contact-options > :last-child {
    margin-block-end: 0;
  }
  @media (forced-colors: active) {
    .cx-state,
    .cx-promise,
    .cx-emergency {
      border-color: CanvasText;
    }
  }
`;
