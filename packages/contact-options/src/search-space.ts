/**
 * The search's box as it stands before its part arrives (right after the
 * widget first shows): the same label, hint and text box in the same place,
 * so nothing below moves when the real search replaces it. Hidden from
 * assistive technology, which meets the real one. And what shows there
 * instead when the search could not be downloaded.
 */
import { css, html, type TemplateResult } from 'lit';
import { msg, type ServiceComboboxText } from '@cx-kit/core/element';

export const searchText = (): ServiceComboboxText => ({ label: msg('Find the service you need'), hint: msg('For example, bins, potholes or council tax') });

export function searchSpace(): TemplateResult {
  const text = searchText();
  return html`<div class="cx-search-space" aria-hidden="true">
    <p>${text.label}</p>
    <p>${text.hint}</p>
    <div>\u00a0</div>
  </div>`;
}

/**
 * In the search's place when its code or services could not be downloaded: what happened and "Try again".
 * A status, so a screen reader hears it without being moved there.
 */
export function searchUnavailable(onRetry: () => void): TemplateResult {
  return html`<div class="cx-search-unavailable" part="search-unavailable" role="status">
    <p><strong>${msg('The service search could not be loaded')}</strong></p>
    <p>${msg('Check your internet connection, then try again.')}</p>
    <button type="button" class="cx-button cx-button--secondary" @click=${onRetry}>${msg('Try again')}</button>
  </div>`;
}

// As the form styles lay out the label, hint and text box (core's formStyles), which arrive with the search.
export const searchSpaceStyles = css`
  .cx-search-space {
    margin-block-end: var(--_cx-space-4);
  }
  .cx-search-space > p {
    margin-block: 0 var(--_cx-space-2);
    color: var(--_cx-text-secondary);
  }
  .cx-search-space > p:first-child {
    margin-block-end: var(--_cx-space-1);
    color: inherit;
    font-weight: 700;
  }
  .cx-search-unavailable {
    margin-block-end: var(--_cx-space-4);
  }
  .cx-search-unavailable > p {
    margin-block: 0 var(--_cx-space-2);
  }
  .cx-search-space > div {
    min-block-size: 44px;
    padding: var(--_cx-space-1) var(--_cx-space-2);
    border: var(--_cx-border-width) solid var(--_cx-input-border);
  }
`;
