/**
 * A lookup that did not give a request: what went wrong in plain words (the
 * truth: offline, the council's system unreachable, refused, not found…), a
 * way on, and always the council's phone and email from the charter. Fetched
 * when the form is first used, with the lookup session's code, as it also
 * shows when that code cannot load (last-resort.ts covers it not loading either).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Charter } from '@cx-kit/core';
import { localized, msg, str, withText } from '@cx-kit/core/element';
import { contactLines, councilContact } from './contact.js';

export interface FailureText {
  title: string;
  body: string;
  /** Offer "Try again" (the same lookup), or send the resident back to check what they typed. */
  wayOn: 'retry' | 'check';
}

export interface FailureOptions {
  charter: Charter;
  locale: string;
  /** "You can try again in 2 minutes.": the server asked us to wait (still waiting). */
  wait?: string;
  onRetry: () => void;
  onCheckReference: () => void;
  /** The base element's "Example details" notice, shown beside the charter's phone and email. */
  exampleNotice: TemplateResult | typeof nothing;
}

/** The browser is offline. */
export function offlineText(): FailureText {
  return { title: msg('You seem to be offline'), body: msg('Check your internet connection, then try again.'), wayOn: 'retry' };
}

/** Something went wrong on our side. */
export function systemProblemText(): FailureText {
  return { title: msg('Sorry, there is a problem with our system'), body: msg('Try again later.'), wayOn: 'retry' };
}

/** `text` (its organisation written as `TEXT_SLOT`) for the lookup of `reference`. */
export function failureView(text: FailureText, reference: string, options: FailureOptions): TemplateResult {
  const organisation = options.charter.organisation.name;
  const contact = councilContact(options.charter);
  const canRetry = text.wayOn === 'retry' && options.wait === undefined;
  return html`<div class="cx-failure" part="failure">
    <h2 id="cx-result-title" tabindex="-1">${withText(text.title, localized(organisation, options.locale))}</h2>
    <p>${withText(text.body, localized(organisation, options.locale))}</p>
    ${options.wait !== undefined ? html`<p>${options.wait}</p>` : nothing}
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
