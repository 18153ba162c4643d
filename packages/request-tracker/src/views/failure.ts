/**
 * A lookup that did not give a request: what went wrong in plain words (the
 * truth: offline, the council's system unreachable, refused, not found…), a
 * way on, and always the council's phone and email from the charter.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Charter } from '@cx-kit/core';
import { localized, msg, str } from '@cx-kit/core/element';
import { failureText, waitText, type TrackerErrorCode } from '../messages.js';
import { contactLines, councilContact } from './contact.js';
import { NAME_SLOT, withName } from './marked-name.js';

export interface FailureOptions {
  charter: Charter;
  locale: string;
  needsVerifier: boolean;
  /** The server asked us to wait this long before trying again (still waiting). */
  waitMs?: number;
  onRetry: () => void;
  onCheckReference: () => void;
  /** The base element's "Example details" notice, shown beside the charter's phone and email. */
  exampleNotice: TemplateResult | typeof nothing;
}

export function failureView(code: TrackerErrorCode, reference: string, options: FailureOptions): TemplateResult {
  const organisation = options.charter.organisation.name;
  const text = failureText(code, { needsVerifier: options.needsVerifier, organisation: NAME_SLOT });
  const contact = councilContact(options.charter);
  const canRetry = text.wayOn === 'retry' && options.waitMs === undefined;
  return html`<div class="cx-failure" part="failure">
    <h2 id="cx-result-title" tabindex="-1">${withName(text.title, organisation, options.locale)}</h2>
    <p>${withName(text.body, organisation, options.locale)}</p>
    ${options.waitMs !== undefined ? html`<p>${waitText(options.waitMs)}</p>` : nothing}
    <p class="cx-secondary">${msg(str`Reference: ${reference}`)}</p>
    <div class="cx-actions">
      ${canRetry ? html`<button class="cx-button" type="button" @click=${options.onRetry}>${msg('Try again')}</button>` : nothing}
      <button class="cx-button ${text.wayOn === 'retry' ? 'cx-button--secondary' : ''}" type="button" @click=${options.onCheckReference}>${msg('Check the reference')}</button>
    </div>
    <h3>${msg('Contact us instead')}</h3>
    <p>${localized(options.charter.organisation.name, options.locale)}</p>
    ${contactLines(contact)} ${options.exampleNotice}
  </div>`;
}
