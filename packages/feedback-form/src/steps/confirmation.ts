/** The confirmation: the reference, the dates from the receipt, the council's promises, what happens next. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@cx-kit/core/element';
import { formatDate, localized } from '@cx-kit/core/element';
import type { Timescale } from '@cx-kit/core';
import { isComplaint, socialCareFor } from '../journey.js';
import type { LaterView } from './view.js';

/** The charter's timescale for this stage of a complaint (the default charter's ids, else the first complaint timescale that says what happens when it is missed). */
function complaintTimescale(view: LaterView, stage2: boolean): Timescale | undefined {
  const { timescales } = view.charter;
  return timescales.find((t) => t.id === (stage2 ? 'complaint-stage-2' : 'complaint-stage-1')) ?? timescales.find((t) => t.appliesTo === 'complaint' && t.ifMissed);
}

export function confirmationStep(view: LaterView): TemplateResult {
  const { journey, charter } = view;
  const receipt = journey.receipt!;
  const a = journey.answers;
  const type = a.type;
  const title =
    type === 'complaint'
      ? msg('Complaint sent')
      : type === 'stage-2'
        ? msg('Review request sent')
        : type === 'compliment'
          ? msg('Compliment sent')
          : msg('Suggestion sent');
  const socialCare = isComplaint(type) ? socialCareFor(a, view.context) : undefined;
  const date = (iso: string) => formatDate(iso, view.locale);
  const trackUrl = receipt.trackUrl ?? charter.organisation.trackerUrl;
  const next: TemplateResult[] = [];
  if (a.preference === 'none') {
    next.push(html`<p>${msg('You chose not to give contact details, so we will not reply to you. Thank you for taking the time to tell us.')}</p>`);
  } else {
    next.push(html`<p>${msg(str`We will acknowledge it by ${date(receipt.acknowledgeBy)}.`)}</p>`);
    if (socialCare) {
      next.push(
        html`<p>
          ${socialCare === 'adults'
            ? msg('Complaints about adult social care follow their own statutory procedure. We will tell you which procedure applies and by when you will get a full response.')
            : msg('Complaints about children’s social care follow their own statutory procedure. We will tell you which procedure applies and by when you will get a full response.')}
        </p>`,
      );
    } else if (isComplaint(type)) {
      next.push(html`<p>${msg(str`You will get a full response by ${date(receipt.respondBy)}.`)}</p>`);
    }
    // The council's promise when it cannot keep these dates, before anything the resident can do.
    const timescale = isComplaint(type) && !socialCare ? complaintTimescale(view, type === 'stage-2') : undefined;
    if (timescale?.ifMissed) next.push(html`<p>${localized(timescale.ifMissed, view.locale)}</p>`);
    if (isComplaint(type) && !socialCare && charter.feedback.socialCareNote) next.push(html`<p>${localized(charter.feedback.socialCareNote, view.locale)}</p>`);
    if (type === 'stage-2') next.push(html`<p>${msg('A second officer, who was not involved in your complaint before, will review it.')}</p>`);
    if (type === 'complaint' && !socialCare)
      next.push(html`<p>${msg('If you are not satisfied with our response, you can ask for a second officer to review your complaint (stage 2).')}</p>`);
    if (type === 'suggestion') next.push(html`<p>${msg('We will pass your suggestion to the team that runs the service.')}</p>`);
    if (type === 'compliment') next.push(html`<p>${msg('We will pass your compliment on to the people involved.')}</p>`);
  }
  return html`<div class="cx-panel" part="panel">
      ${view.heading(title)}
      <p>${msg('Your reference is')} <strong class="cx-reference" dir="ltr">${receipt.reference}</strong></p>
    </div>
    <p>${msg('Keep your reference. You will need it if you contact us about this.')}</p>
    <h3>${msg('What happens next')}</h3>
    ${next}
    ${trackUrl
      ? html`<p>${msg('You can check its progress at any time with your reference.')} <a href=${trackUrl}>${msg('Track your feedback')}</a></p>`
      : nothing}`;
}
