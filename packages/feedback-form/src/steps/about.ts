/** "About you": name, how to reply (with the matching detail), the privacy notice and consent; the honeypot. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@cx-kit/core/element';
import type { ContactPreference } from '@cx-kit/core';
import { checkboxes, localized, radios, textarea, textField } from '@cx-kit/core/element';
import { REPLY_WAYS, isComplaint } from '../journey.js';
import { answerField } from './answer-field.js';
import type { LaterView } from './view.js';

function reveal(view: LaterView, way: ContactPreference): TemplateResult | typeof nothing {
  if (way === 'email')
    return html`<div class="cx-conditional">
      ${textField({ ...answerField(view, 'email'), label: msg('Email address'), type: 'email', autocomplete: 'email', spellcheck: false, dir: 'ltr' })}
    </div>`;
  if (way === 'phone')
    return html`<div class="cx-conditional">
      ${textField({
        ...answerField(view, 'phone'),
        label: msg('Phone number'),
        hint: msg('For international numbers include the country code'),
        type: 'tel',
        autocomplete: 'tel',
        short: true,
        dir: 'ltr',
      })}
    </div>`;
  if (way === 'post')
    return html`<div class="cx-conditional">
      ${textarea({ ...answerField(view, 'address'), label: msg('Address, including the postcode'), rows: 4, autocomplete: 'street-address' })}
    </div>`;
  return nothing;
}

export function aboutStep(view: LaterView): TemplateResult {
  const { journey, charter } = view;
  const complaint = isComplaint(journey.answers.type);
  const nameOptional = !complaint && journey.answers.preference !== 'post';
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
    ${textField({ ...answerField(view, 'name'), label: nameOptional ? msg('Full name (optional)') : msg('Full name'), autocomplete: 'name', spellcheck: false })}
    ${radios({
      name: 'preference',
      legend: complaint ? msg('How should we reply to your complaint?') : msg('How should we contact you?'),
      error: journey.errorFor('preference'),
      items: ways.map((way) => ({ value: way, label: wayLabels[way], reveal: reveal(view, way) })),
      value: journey.answers.preference,
      onChange: (way) => journey.set('preference', way),
    })}
    <h3>${msg('How we use your information')}</h3>
    <p>
      ${localized(charter.privacy.text, view.locale)}
      <a href=${charter.privacy.url} target="_blank" rel="noopener noreferrer">${msg('Read our privacy notice (opens in a new tab)')}</a>
    </p>
    ${checkboxes({
      name: 'consent',
      error: journey.errorFor('consent'),
      items: [
        {
          value: 'consent',
          label: msg('I agree that the council can use the details I give to deal with my feedback and to contact me about it'),
          checked: journey.answers.consent,
        },
      ],
      onChange: (_, checked) => journey.set('consent', checked),
    })}
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
