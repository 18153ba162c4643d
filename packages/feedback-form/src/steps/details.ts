/** "What happened?" (or the suggestion, the compliment, what the complaint was about), with the character count. */
import { html, type TemplateResult } from 'lit';
import { msg, textarea } from '@cx-kit/core/element';
import { answerField, countOf } from './answer-field.js';
import type { LaterView } from './view.js';

export function detailsStep(view: LaterView): TemplateResult {
  const type = view.journey.answers.type;
  const label =
    type === 'suggestion'
      ? msg('What is your suggestion?')
      : type === 'compliment'
        ? msg('What would you like to tell us?')
        : type === 'stage-2'
          ? msg('What was your complaint about?')
          : msg('What happened?');
  const hint =
    type === 'suggestion'
      ? msg('Tell us what we could do better, and how it would help you or others.')
      : type === 'compliment'
        ? msg('Tell us who helped you, if you know their name or team, and what they did well.')
        : type === 'stage-2'
          ? msg('A short summary helps the officer who reviews it. Do not include bank or card details.')
          : html`${msg('To help us deal with your complaint, tell us:')}
              <ul class="cx-hint-list">
                <li>${msg('what happened, and when and where it happened')}</li>
                <li>${msg('who you dealt with, if you know')}</li>
                <li>${msg('any reference numbers you have')}</li>
                <li>${msg('what you would like us to do to put it right')}</li>
              </ul>
              ${msg('Do not include bank or card details.')}`;
  return html`<form novalidate @submit=${view.onContinue}>
    ${textarea({ ...answerField(view, 'details'), label, hint, rows: 10, heading: view.heading, count: countOf(view, view.charter.feedback.maxLength) })}
    ${view.continueButton()}
  </form>`;
}
