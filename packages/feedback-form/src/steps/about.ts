/** "About you": name, how to reply (with the matching detail), the privacy notice and consent; the honeypot. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@cx-kit/core/element';
import type { ContactPreference } from '@cx-kit/core';
import { fieldError, localized } from '@cx-kit/core/element';
import { REPLY_WAYS, isComplaint } from '../journey.js';
import { describedBy, group, radios } from './fields.js';
import { textArea, textInput } from './text-fields.js';
import type { LaterView } from './view.js';

function reveal(view: LaterView, way: ContactPreference): TemplateResult | typeof nothing {
  if (way === 'email')
    return html`<div class="cx-conditional">${textInput(view, 'email', msg('Email address'), { type: 'email', autocomplete: 'email', spellcheck: false, ltr: true })}</div>`;
  if (way === 'phone')
    return html`<div class="cx-conditional">
      ${textInput(view, 'phone', msg('Phone number'), { type: 'tel', autocomplete: 'tel', short: true, ltr: true, hint: msg('For international numbers include the country code') })}
    </div>`;
  if (way === 'post')
    return html`<div class="cx-conditional">${textArea(view, 'address', msg('Address, including the postcode'), undefined, { rows: 4, autocomplete: 'street-address' })}</div>`;
  return nothing;
}

export function aboutStep(view: LaterView): TemplateResult {
  const { journey, charter } = view;
  const complaint = isComplaint(journey.answers.type);
  const nameOptional = !complaint && journey.answers.preference !== 'post';
  const consentError = journey.errorFor('consent');
  const wayLabels: Record<ContactPreference, string> = {
    email: msg('Email'),
    phone: msg('Phone'),
    post: msg('Post'),
    none: msg('I do not want a reply'),
  };
  const ways = complaint ? REPLY_WAYS.filter((w) => w !== 'none') : REPLY_WAYS;
  return html`<form novalidate @submit=${view.onContinue}>
    ${view.heading(msg('About you'))}
    ${complaint
      ? html`<p>${msg('We need your name and a way to reply to your complaint.')}</p>`
      : html`<p>${msg('You do not have to tell us who you are. If you do not give any contact details, we cannot reply to you.')}</p>`}
    ${textInput(view, 'name', nameOptional ? msg('Full name (optional)') : msg('Full name'), { autocomplete: 'name', spellcheck: false })}
    ${radios(
      view,
      'preference',
      html`<legend>${complaint ? msg('How should we reply to your complaint?') : msg('How should we contact you?')}</legend>`,
      ways.map((way) => ({ value: way, label: wayLabels[way], reveal: reveal(view, way) })),
      journey.answers.preference,
      (way) => journey.set('preference', way),
    )}
    <h3>${msg('How we use your information')}</h3>
    <p>
      ${localized(charter.privacy.text, view.locale)}
      <a href=${charter.privacy.url} target="_blank" rel="noopener noreferrer">${msg('Read our privacy notice (opens in a new tab)')}</a>
    </p>
    ${group(
      view,
      'consent',
      html`${fieldError('consent', consentError)}
        <div class="cx-choice">
          <input
            type="checkbox"
            id="consent"
            name="consent"
            aria-describedby=${describedBy(consentError && 'consent-error')}
            aria-invalid=${consentError ? 'true' : nothing}
            .checked=${live(journey.answers.consent)}
            @change=${(e: Event) => journey.set('consent', (e.target as HTMLInputElement).checked)}
          />
          <label for="consent">${msg('I agree that the council can use the details I give to deal with my feedback and to contact me about it')}</label>
        </div>`,
    )}
    <div class="cx-trap" aria-hidden="true">
      <label for="website">${msg('Leave this box empty')}</label>
      <input
        id="website"
        name="website"
        type="text"
        tabindex="-1"
        autocomplete="off"
        .value=${live(journey.answers.website)}
        @input=${(e: Event) => journey.set('website', (e.target as HTMLInputElement).value)}
      />
    </div>
    ${view.continueButton()}
  </form>`;
}
