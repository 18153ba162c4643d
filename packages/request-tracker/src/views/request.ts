/**
 * A request, found: its summary (service, status tag, stage, dates), the
 * apology when it is late, what happens next, who is dealing with it, the
 * stages of a complaint and its history.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Charter, ISODate } from '@cx-kit/core';
import { formatDate, localized, msg, str, TEXT_SLOT, withText } from '@cx-kit/core/element';
import { COMPLAINT_TIMESCALES, nextStep } from '../next-step.js';
import { outcomeWords, statusTone, statusWords } from '../status-words.js';
import type { TrackedRequest } from '../tracked-request.js';
import { londonDate } from '../when.js';
import { contactFor, contactLines } from './contact.js';
import { nextSteps } from './next-steps.js';
import type { OmbudsmanInfo } from './ombudsman.js';
import { requestOverdue } from './overdue.js';
import { complaintStages } from './stages.js';
import { timeline } from './timeline.js';

export interface RequestViewOptions {
  charter: Charter;
  locale: string;
  today: ISODate;
  ombudsman: OmbudsmanInfo;
  /** A poll failed: the request shown may be out of date. */
  pollProblem: boolean;
  showAllEvents: boolean;
  onShowAllEvents: () => void;
  onCheckAnother: () => void;
  onAskForReview: (event: Event) => void;
  reviewHref?: string;
  /** The base element's "Example details" notice, shown beside the charter's phone and email. */
  exampleNotice: TemplateResult | typeof nothing;
}

function team(request: TrackedRequest, options: RequestViewOptions): TemplateResult {
  const contact = contactFor(request, options.charter);
  const reach = contact.phone || contact.email;
  return html`<h3>${msg('Who is dealing with it')}</h3>
    <p>${localized(contact.name, options.locale)}</p>
    ${reach && contact.general ? html`<p>${withText(msg(str`To ask about it, contact ${TEXT_SLOT}, quoting your reference:`), localized(options.charter.organisation.name, options.locale))}</p>` : nothing}
    ${contactLines(contact)} ${reach && contact.fromCharter ? options.exampleNotice : nothing}`;
}

export function requestView(request: TrackedRequest, options: RequestViewOptions): TemplateResult {
  const { charter, locale } = options;
  const step = nextStep(request, charter, options.today);
  const received = londonDate(request.receivedAt);
  const timescaleId = step.next?.timescaleId;
  const ifMissed = timescaleId ? charter.timescales.find((t) => t.id === timescaleId)?.ifMissed : undefined;
  return html`<div class="cx-request" part="request">
    <h2 id="cx-result-title" tabindex="-1">${msg(str`Request ${request.reference}`)}</h2>
    <dl class="cx-summary">
      ${request.service ? html`<div class="cx-summary__row"><dt>${msg('Service')}</dt><dd>${localized(request.service.name, locale)}</dd></div>` : nothing}
      <div class="cx-summary__row">
        <dt>${msg('Status')}</dt>
        <dd>
          <strong class="cx-tag cx-tag--${statusTone(request.status)}" part="status">${statusWords(request.status)}</strong>
          ${step.overdue ? html`<strong class="cx-tag cx-tag--overdue">${msg('Overdue')}</strong>` : nothing}
        </dd>
      </div>
      ${request.stage
        ? html`<div class="cx-summary__row">
            <dt>${msg('Complaint stage')}</dt>
            <dd>${request.stage === 2 ? msg('Stage 2: review by a second officer') : msg('Stage 1')}</dd>
          </div>`
        : nothing}
      ${received ? html`<div class="cx-summary__row"><dt>${msg('Received')}</dt><dd>${formatDate(received, locale)}</dd></div>` : nothing}
      ${request.address ? html`<div class="cx-summary__row"><dt>${msg('Location')}</dt><dd>${localized(request.address, locale)}</dd></div>` : nothing}
    </dl>
    ${request.outcome ? html`<p>${outcomeWords(request.outcome)}</p>` : nothing}
    ${request.statusNotes && request.api === 'open311' ? html`<p class="cx-inset">${localized(request.statusNotes, locale)}</p>` : nothing}
    ${step.overdue ? requestOverdue(step, request, { locale, ifMissed, ombudsman: options.ombudsman }) : nothing}
    <h3>${msg('What happens next')}</h3>
    ${nextSteps(request, step, {
      locale,
      ombudsman: options.ombudsman,
      onAskForReview: options.onAskForReview,
      reviewHref: options.reviewHref,
      reviewPromise: charter.timescales.find((t) => t.id === COMPLAINT_TIMESCALES.stage2)?.description,
    })}
    ${team(request, options)}
    ${complaintStages(request, locale)}
    ${timeline(request, { locale, showAll: options.showAllEvents, onShowAll: options.onShowAllEvents })}
    ${options.pollProblem ? html`<p class="cx-secondary cx-small">${msg('We could not check for updates just now. We will keep trying.')}</p>` : nothing}
    <p><button class="cx-button cx-button--secondary" type="button" @click=${options.onCheckAnother}>${msg('Check another request')}</button></p>
  </div>`;
}
