/** "Check your answers before sending", each answer with a Change link; Send; what went wrong, if anything. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@cx-kit/core/element';
import { localized } from '@cx-kit/core/element';
import { isComplaint, isKnownReview, socialCareFor, stepsFor, type Answers, type QuestionStep } from '../journey.js';
import { failureNotice } from './failure.js';
import type { LaterView } from './view.js';

export function typeName(type: Answers['type']): string {
  switch (type) {
    case 'suggestion':
      return msg('Suggestion');
    case 'compliment':
      return msg('Compliment');
    case 'complaint':
      return msg('Complaint');
    case 'stage-2':
      return msg('Review of a complaint we answered (stage 2)');
    default:
      return '';
  }
}

type Row = [key: string, value: string | TemplateResult, step: QuestionStep | undefined, hidden: string];

export function checkStep(view: LaterView): TemplateResult {
  const { journey, charter, submission } = view;
  const a = journey.answers;
  const steps = stepsFor(a, view.context);
  const service =
    a.serviceUnknown || !a.service ? msg('I do not know') : localized(journey.servicesOf(charter).get(a.service)?.name ?? a.service, view.locale);
  const contact =
    a.preference === 'email'
      ? msg(str`By email: ${a.email.trim()}`)
      : a.preference === 'phone'
        ? msg(str`By phone: ${a.phone.trim()}`)
        : a.preference === 'post'
          ? msg(str`By post: ${a.address.trim()}`)
          : msg('Do not contact me');
  const known = isKnownReview(a);
  const rows: Row[] = [
    [msg('What you want to do'), typeName(a.type), known ? undefined : 'type', msg('what you want to do')],
    ...(a.type === 'stage-2'
      ? ([
          [msg('Complaint reference'), a.relatedReference.trim(), known ? undefined : 'review', msg('the complaint reference')],
          [msg('Why you are not satisfied'), a.reasonNotSatisfied.trim(), 'review', msg('why you are not satisfied')],
          ...(a.wantedOutcome.trim() ? [[msg('What you want us to do'), a.wantedOutcome.trim(), 'review', msg('what you want us to do')]] : []),
        ] as Row[])
      : []),
    ...(steps.includes('service') ? ([[msg('Service'), service, 'service', msg('the service')]] as Row[]) : []),
    ...(steps.includes('details') ? ([[msg('Your feedback'), a.details.trim(), 'details', msg('your feedback')]] as Row[]) : []),
    [msg('Name'), a.name.trim() || msg('Not given'), 'about', msg('your name')],
    [msg('How to contact you'), contact, 'about', msg('how to contact you')],
  ];
  const busy = submission.sending !== 'idle';
  const sendLabel = a.type === 'stage-2' ? msg('Ask for a review') : isComplaint(a.type) ? msg('Send complaint') : msg('Send feedback');
  return html`<form novalidate @submit=${(event: Event) => {
      event.preventDefault();
      void submission.send();
    }}>
    ${view.heading(msg('Check your answers before sending'))}
    <dl class="cx-summary-list">
      ${rows.map(
        ([key, value, step, hidden]) => html`<div class="cx-summary-list__row">
          <dt class="cx-summary-list__key">${key}</dt>
          <dd class="cx-summary-list__value">${value}</dd>
          <dd class="cx-summary-list__actions">
            ${step
              ? html`<button type="button" class="cx-link-button" @click=${() => journey.change(step)}>
                  ${msg('Change')}<span class="cx-visually-hidden"> ${hidden}</span>
                </button>`
              : nothing}
          </dd>
        </div>`,
      )}
    </dl>
    ${socialCareFor(a, view.context) && isComplaint(a.type)
      ? html`<p class="cx-inset">${msg('Your complaint is about social care, so we will pass it to the social care complaints team.')}</p>`
      : nothing}
    <h3>${a.type === 'stage-2' ? msg('Now send your request for a review') : msg('Now send your feedback')}</h3>
    <p>${msg('By sending this you confirm that, to the best of your knowledge, the details you are giving are correct.')}</p>
    ${failureNotice(view)}
    <div class="cx-button-group">
      <button class="cx-button" type="submit" aria-disabled=${busy ? 'true' : 'false'}>${sendLabel}</button>
    </div>
    ${busy
      ? html`<p class="cx-secondary" data-send-status>
          ${submission.sending === 'sending' ? msg('Sending your feedback…') : msg('Still sending: we are trying again…')}
        </p>`
      : nothing}
  </form>`;
}
