import { css } from 'lit';

/**
 * The looks of the form, failures and the loading skeleton, with the form
 * (a found request's looks come with the lookup session, in
 * views/result.styles.ts; remembered references' with their list). On the shared tokens only (so
 * partners theme it with `--cx-*`), logical properties only (so right-to-left
 * mirrors), with borders that survive forced colours and no motion for those
 * who ask.
 */
export const trackerStyles = css`
  .cx-tracker {
    max-inline-size: 40rem;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .cx-input--reference {
    max-inline-size: 16em;
  }
  .cx-choice label {
    min-block-size: 44px;
  }
  .cx-choice-hint {
    padding-inline-start: calc(1.75rem + var(--_cx-space-2));
  }

  .cx-failure > h3 {
    margin-block-start: var(--_cx-space-4);
  }
  .cx-contact {
    list-style: none;
    padding: 0;
  }
  .cx-contact a {
    display: inline-block;
    padding-block: var(--_cx-space-2);
  }

  .cx-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_cx-space-3);
    margin-block-end: var(--_cx-space-4);
  }

  /* Loading: a skeleton of the answer to come. */
  .cx-skeleton {
    display: grid;
    gap: var(--_cx-space-3);
    padding-block: var(--_cx-space-2);
  }
  .cx-skeleton__line {
    display: block;
    block-size: 1em;
    inline-size: 100%;
    background: var(--_cx-surface);
    animation: cx-pulse 1.5s ease-in-out infinite;
  }
  .cx-skeleton__line--title {
    block-size: 1.5em;
    inline-size: 60%;
  }
  .cx-skeleton__line--short {
    inline-size: 40%;
  }
  @keyframes cx-pulse {
    50% {
      opacity: 0.5;
    }
  }

  @media (forced-colors: active) {
    .cx-skeleton__line {
      border: 1px solid CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .cx-skeleton__line {
      animation: none;
    }
  }
`;
