/** "What happens next": the promise that matters now, as a real date, or what the status means the resident can do. */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalText } from '@cx-kit/core';
import { formatByDate, localized, msg, str, TEXT_SLOT, withText } from '@cx-kit/core/element';
import type { NextStep, Promised } from '../next-step.js';
import type { TrackedRequest } from '../tracked-request.js';
import { ombudsmanLink, type OmbudsmanInfo } from './ombudsman.js';

export interface NextOptions {
  locale: string;
  ombudsman: OmbudsmanInfo;
  /** Answered at stage 1: the resident may ask for a review; the host page handles it (or the link goes to the form). */
  onAskForReview: (event: Event) => void;
  /** The page with the feedback form, when the charter names it. */
  reviewHref?: string;
  /** The charter's stage 2 promise ("If you are dissatisfied … reviewed by a second officer. At stage 2, …"), when it has one. */
  reviewPromise?: LocalText;
}

function promiseText(promised: Promised, locale: string): string {
  const date = formatByDate(promised.by, locale);
  switch (promised.what) {
    case 'acknowledge':
      return msg(str`We will acknowledge it by ${date}.`);
    case 'respond':
      return msg(str`We will send you a full response by ${date}.`);
    case 'complete':
      return msg(str`We expect to finish by ${date}.`);
  }
}

function askForReview(options: NextOptions): TemplateResult {
  const label = msg('Ask for a review');
  return options.reviewHref
    ? html`<p><a class="cx-button cx-review" href=${options.reviewHref} @click=${options.onAskForReview}>${label}</a></p>`
    : html`<p><button class="cx-button cx-review" type="button" @click=${options.onAskForReview}>${label}</button></p>`;
}

export function nextSteps(request: TrackedRequest, step: NextStep, options: NextOptions): TemplateResult {
  switch (request.status) {
    case 'closed':
      return html`<p>${msg('This request is closed. Nothing more will happen with it.')}</p>`;
    case 'answered':
      if (request.stage === 2) {
        return html`<p>${withText(msg(str`We have sent you our stage 2 response. If you are still unhappy, you can ask the ${TEXT_SLOT} to look at your complaint. It is free.`), localized(options.ombudsman.name, options.locale))}</p>
          <p>${ombudsmanLink(options.ombudsman, options.locale)}</p>`;
      }
      if (request.stage === 1) {
        // The charter's own words for stage 2, when it has them; the kit's otherwise.
        return html`${options.reviewPromise
            ? html`<p>${msg('We have sent you our response.')}</p>
                <p>${localized(options.reviewPromise, options.locale)}</p>
                <p>${msg('Your complaint keeps the same reference.')}</p>`
            : html`<p>
                ${msg('We have sent you our response. If you are not happy with it, you can ask for your complaint to be reviewed by a second officer (stage 2). Your complaint keeps the same reference.')}
              </p>`}
          ${askForReview(options)}`;
      }
      return html`<p>${msg('We have sent you our response.')}</p>`;
    case 'awaiting-information':
      return html`<p>${msg('We need more information from you before we can go on. Please reply to our last message, or contact the team below, quoting your reference.')}</p>`;
  }
  if (!step.next) {
    return html`<p>${request.api === 'open311' ? msg('The council has not published a date for this yet.') : msg('We have not set a date for this yet.')}</p>`;
  }
  const next = step.next;
  if (step.overdue) {
    // The date has passed: the apology above gives it; here, only what will still happen.
    const text =
      next.what === 'acknowledge'
        ? msg('We will acknowledge it as soon as we can.')
        : next.what === 'complete'
          ? msg('We will finish the work as soon as we can.')
          : msg('We will send you a full response as soon as we can.');
    return html`<p class="cx-next">${text}</p>`;
  }
  return html`<p class="cx-next">${promiseText(next, options.locale)}</p>
    ${step.then && step.then.by !== next.by ? html`<p>${promiseText(step.then, options.locale)}</p>` : nothing}
    ${next.source === 'charter' ? html`<p class="cx-hint">${msg('This is the date our customer charter promises, counted in working days from when we received it.')}</p>` : nothing}`;
}
