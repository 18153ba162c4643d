/** The references remembered on this device, below the form, with their looks (in remembered-part.ts's chunk). */
import { css, html, nothing, type TemplateResult } from 'lit';
import { localized, msg, str } from '@cx-kit/core/element';
import type { RememberedReference } from '../stored-references.js';

export interface RememberedListOptions {
  locale: string;
  remembered: RememberedReference[];
  onUseRemembered: (entry: RememberedReference) => void;
  onForget: (reference: string) => void;
}

export function rememberedList(options: RememberedListOptions): TemplateResult | typeof nothing {
  if (!options.remembered.length) return nothing;
  return html`<div class="cx-remembered" part="remembered">
    <h3 id="cx-remembered-title" tabindex="-1">${msg('References remembered on this device')}</h3>
    <ul class="cx-remembered__list" aria-labelledby="cx-remembered-title">
      ${options.remembered.map(
        (entry) => html`<li class="cx-remembered__item">
          <button class="cx-link-button cx-remembered__use" type="button" @click=${() => options.onUseRemembered(entry)}>
            ${msg(str`Check ${entry.reference}`)}${entry.service ? html`<span class="cx-secondary"> (${localized(entry.service, options.locale)})</span>` : nothing}
          </button>
          <button class="cx-link-button cx-remembered__forget" type="button" @click=${() => options.onForget(entry.reference)}>
            ${msg('Forget')}<span class="cx-visually-hidden"> ${entry.reference}</span>
          </button>
        </li>`,
      )}
    </ul>
  </div>`;
}

/** On the shared tokens only, logical properties only, targets at least 44px tall. */
export const rememberedStyles = css`
  .cx-remembered {
    margin-block-start: var(--_cx-space-5);
  }
  .cx-remembered > h3 {
    margin-block-start: var(--_cx-space-4);
  }
  .cx-remembered__list {
    list-style: none;
    padding: 0;
  }
  .cx-remembered__item {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_cx-space-4);
    align-items: center;
    border-block-end: 1px solid var(--_cx-border);
  }
  .cx-remembered__item .cx-link-button {
    min-block-size: 44px;
    text-align: start;
  }
`;
