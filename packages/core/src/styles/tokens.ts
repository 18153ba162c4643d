import { css } from 'lit';

/**
 * Design tokens, in two tiers. Partners set the public `--cx-*` custom
 * properties on the page (or a theme file); components read only the private
 * `--_cx-*` ones, which fall back to GOV.UK-like defaults. Keeping the tiers
 * apart means a partner can never break a component by setting an internal.
 *
 * Defaults meet WCAG 2.2 AA: text 4.5:1 or more on the background, UI parts
 * 3:1 or more, a yellow focus ring with a dark underline that shows on any
 * colour.
 */
export const tokens = css`
  :host {
    /* The system stack, then fonts with every Urdu letter (ہ ے ۔), so Urdu never shows as empty boxes. */
    --_cx-font-family: var(
      --cx-font-family,
      system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, 'Noto Nastaliq Urdu', 'Noto Naskh Arabic', 'Urdu Typesetting', 'Geeza Pro', sans-serif
    );
    --_cx-font-size: var(--cx-font-size-body, clamp(1rem, 0.9rem + 0.35vw, 1.1875rem));
    --_cx-font-size-small: var(--cx-font-size-small, clamp(0.875rem, 0.8rem + 0.25vw, 1rem));
    --_cx-font-size-heading: var(--cx-font-size-heading, clamp(1.125rem, 1rem + 0.6vw, 1.5rem));
    --_cx-line-height: var(--cx-line-height, 1.4);

    --_cx-text: var(--cx-color-text, #0b0c0c);
    --_cx-text-secondary: var(--cx-color-text-secondary, #484949);
    --_cx-background: var(--cx-color-background, #ffffff);
    --_cx-surface: var(--cx-color-surface, #f3f2f1);
    --_cx-border: var(--cx-color-border, #b1b4b6);
    --_cx-input-border: var(--cx-color-input-border, #0b0c0c);
    --_cx-brand: var(--cx-color-brand, #1d70b8);
    --_cx-brand-text: var(--cx-color-brand-text, #ffffff);
    --_cx-link: var(--cx-color-link, #1a65a6);
    --_cx-link-visited: var(--cx-color-link-visited, #54319f);
    --_cx-button: var(--cx-color-button, #00703c);
    --_cx-button-text: var(--cx-color-button-text, #ffffff);
    --_cx-focus: var(--cx-color-focus, #ffdd00);
    --_cx-focus-text: var(--cx-color-focus-text, #0b0c0c);
    --_cx-error: var(--cx-color-error, #d4351c);
    --_cx-success: var(--cx-color-success, #00703c);
    --_cx-warning: var(--cx-color-warning, #b25000);

    --_cx-space-1: var(--cx-space-1, 0.25rem);
    --_cx-space-2: var(--cx-space-2, 0.5rem);
    --_cx-space-3: var(--cx-space-3, 1rem);
    --_cx-space-4: var(--cx-space-4, 1.5rem);
    --_cx-space-5: var(--cx-space-5, 2rem);
    --_cx-radius: var(--cx-radius, 0);
    --_cx-border-width: var(--cx-border-width, 2px);
    --_cx-focus-width: var(--cx-focus-width, 3px);
  }
  /* Urdu in Urdu fonts first (Nastaliq, the script Urdu readers expect; Naskh where it is missing),
     so a word never mixes fonts; Nastaliq's tall letters need more line height. */
  :host(:lang(ur)) {
    --_cx-font-family: var(
      --cx-font-family-urdu,
      'Noto Nastaliq Urdu', 'Urdu Typesetting', 'Jameel Noori Nastaleeq', 'Noto Naskh Arabic', 'Geeza Pro', system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif
    );
    --_cx-line-height: var(--cx-line-height-urdu, 1.9);
  }
`;
