import { css } from 'lit';
import { tokens } from './tokens.js';

/**
 * What every widget shares: a reset that holds inside hostile pages (a
 * partner's `* { box-sizing }`, `button {}` and large base fonts cannot reach
 * into the shadow root, but inherited properties can, so we set them), GOV.UK
 * style links, buttons, focus, tags and text helpers. Only logical properties,
 * so right-to-left pages mirror by themselves.
 */
export const sharedStyles = [
  tokens,
  css`
    :host {
      display: block;
      box-sizing: border-box;
    }
    /*
     * The host element is in the page, where a partner's \`* { box-sizing; font-family; line-height }\`
     * outranks :host. So typography is set again on the shadow root's own wrapper, which no
     * page rule can reach.
     */
    :host,
    .cx-root {
      box-sizing: border-box;
      font-family: var(--_cx-font-family);
      font-size: var(--_cx-font-size);
      line-height: var(--_cx-line-height);
      color: var(--_cx-text);
      text-align: start;
      letter-spacing: normal;
      word-spacing: normal;
      text-transform: none;
      font-weight: 400;
      font-style: normal;
      font-variant: normal;
      font-stretch: normal;
      font-kerning: auto;
      font-size-adjust: none;
      text-indent: 0;
      text-shadow: none;
      white-space: normal;
      word-break: normal;
      hyphens: manual;
      overflow-wrap: anywhere;
      -webkit-font-smoothing: antialiased;
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    h2,
    h3,
    h4 {
      font-size: var(--_cx-font-size-heading);
      line-height: 1.25;
      margin-block: 0 var(--_cx-space-3);
      font-weight: 700;
    }
    h3,
    h4 {
      font-size: var(--_cx-font-size);
    }
    p,
    ul,
    ol,
    dl {
      margin-block: 0 var(--_cx-space-3);
    }
    a {
      color: var(--_cx-link);
      text-decoration: underline;
      text-decoration-thickness: max(1px, 0.0625rem);
      text-underline-offset: 0.15em;
    }
    a:visited {
      color: var(--_cx-link-visited);
    }
    a:hover {
      text-decoration-thickness: max(3px, 0.1875rem);
    }
    a:focus-visible,
    button:focus-visible,
    summary:focus-visible {
      outline: var(--_cx-focus-width) solid transparent;
      color: var(--_cx-focus-text);
      background-color: var(--_cx-focus);
      box-shadow:
        0 -2px var(--_cx-focus),
        0 4px var(--_cx-focus-text);
      text-decoration: none;
    }
    input:focus-visible,
    textarea:focus-visible,
    select:focus-visible {
      outline: var(--_cx-focus-width) solid var(--_cx-focus);
      outline-offset: 0;
      box-shadow: inset 0 0 0 2px var(--_cx-focus-text);
    }
    button,
    input,
    textarea,
    select {
      font: inherit;
      color: inherit;
      margin: 0;
      letter-spacing: inherit;
    }
    .cx-button {
      display: inline-block;
      min-block-size: 44px;
      padding: var(--_cx-space-2) var(--_cx-space-3);
      border: var(--_cx-border-width) solid transparent;
      border-radius: var(--_cx-radius);
      background: var(--_cx-button);
      color: var(--_cx-button-text);
      box-shadow: 0 2px 0 var(--_cx-text);
      font-weight: 600;
      line-height: 1.2;
      cursor: pointer;
      text-align: center;
      text-decoration: none;
    }
    .cx-button--secondary {
      background: var(--_cx-surface);
      color: var(--_cx-text);
    }
    .cx-button:focus-visible {
      border-color: var(--_cx-focus);
      box-shadow: inset 0 0 0 1px var(--_cx-focus), 0 2px 0 var(--_cx-focus-text);
    }
    .cx-button[disabled],
    .cx-button[aria-disabled='true'] {
      opacity: 0.6;
      cursor: not-allowed;
    }
    .cx-link-button {
      padding: 0;
      border: 0;
      background: none;
      color: var(--_cx-link);
      text-decoration: underline;
      cursor: pointer;
    }
    .cx-secondary {
      color: var(--_cx-text-secondary);
    }
    .cx-small {
      font-size: var(--_cx-font-size-small);
    }
    .cx-visually-hidden {
      position: absolute !important;
      inline-size: 1px !important;
      block-size: 1px !important;
      margin: 0 !important;
      padding: 0 !important;
      overflow: hidden !important;
      clip-path: inset(50%) !important;
      border: 0 !important;
      white-space: nowrap !important;
    }
    .cx-tag {
      display: inline-block;
      padding: 2px 8px;
      border: 1px solid transparent;
      background: var(--_cx-surface);
      color: var(--_cx-text);
      font-weight: 600;
    }
    .cx-inset {
      padding: var(--_cx-space-3);
      border-inline-start: 6px solid var(--_cx-border);
      margin-block: var(--_cx-space-3);
    }
    .cx-warning {
      padding: var(--_cx-space-3);
      border: var(--_cx-border-width) solid var(--_cx-warning);
      margin-block: var(--_cx-space-3);
    }
    @media (forced-colors: active) {
      .cx-button,
      .cx-tag {
        border-color: ButtonText;
      }
      a:focus-visible,
      button:focus-visible,
      summary:focus-visible,
      input:focus-visible,
      textarea:focus-visible,
      select:focus-visible {
        outline: 3px solid Highlight;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      * {
        animation: none !important;
        transition: none !important;
      }
    }
  `,
];
