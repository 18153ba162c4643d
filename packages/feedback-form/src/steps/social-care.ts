/** A complaint about adults' or children's social care: its own statutory procedure first, then it can still be sent. */
import { html, type TemplateResult } from 'lit';
import { msg } from '@cx-kit/core/element';
import { localized } from '@cx-kit/core/element';
import { socialCareFor } from '../journey.js';
import type { LaterView } from './view.js';

export function socialCareStep(view: LaterView): TemplateResult {
  const which = socialCareFor(view.journey.answers, view.context) ?? 'adults';
  const route = view.charter.feedback.socialCare[which];
  return html`<form novalidate @submit=${view.onContinue}>
    ${view.heading(which === 'adults' ? msg('Complaints about adult social care') : msg('Complaints about children’s social care'))}
    <p>${msg('These complaints follow their own statutory procedure, with their own timescales.')}</p>
    <div class="cx-inset">
      <p>${localized(route.text, view.locale)}</p>
      <p><a href=${route.url}>${which === 'adults' ? msg('Go to adult social care complaints') : msg('Go to children’s social care complaints')}</a></p>
    </div>
    <p>${msg('You can still send your complaint using this form. We will pass it to the social care complaints team, and tell you which procedure applies and by when you will hear from us.')}</p>
    ${view.continueButton()}
  </form>`;
}
