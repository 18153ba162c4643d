/**
 * What a resident sees when a lookup's code cannot load and neither can the
 * failure view (the network dropped before they were fetched): the council's
 * phone and email from the charter already here, as plain links. With the
 * form, so it needs nothing more fetched: of core's phone helpers, only the
 * `tel:` link comes with it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, telHref } from '@cx-kit/core/element';
import type { Channels } from './council-channels.js';

export function lastResort({ phone, email }: Channels, offline: boolean, onRetry: () => void): TemplateResult {
  return html`<div class="cx-failure" part="failure">
    <h2 id="cx-result-title" tabindex="-1">${offline ? msg('You seem to be offline') : msg('Sorry, there is a problem with our system')}</h2>
    <div class="cx-actions"><button class="cx-button" type="button" @click=${onRetry}>${msg('Try again')}</button></div>
    <ul class="cx-contact">
      ${phone ? html`<li>${msg('Phone:')} <a href=${telHref(phone)} dir="ltr">${phone}</a></li>` : nothing}
      ${email ? html`<li>${msg('Email:')} <a href="mailto:${email}" dir="ltr">${email}</a></li>` : nothing}
    </ul>
  </div>`;
}
