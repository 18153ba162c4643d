/**
 * The apology when a request is late. The council's own promise comes first
 * (the charter's `ifMissed`: "If it is not possible for us to meet these
 * timeframes, we will contact you to explain why…"), then what the resident
 * can do, from the charter's timescale, and, at stage 2, the ombudsman the
 * charter names.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalText } from '@cx-kit/core';
import { formatByDate, localized, msg, overdueNotice, str } from '@cx-kit/core/element';
import type { NextStep } from '../next-step.js';
import type { TrackedRequest } from '../tracked-request.js';
import { ombudsmanLink, type OmbudsmanInfo } from './ombudsman.js';

export interface OverdueOptions {
  locale: string;
  /** The council's promise for when it misses this timescale, from the charter. */
  ifMissed?: LocalText;
  ombudsman: OmbudsmanInfo;
}

/** A late request's apology: core's overdue notice, headed under the request's title. */
export function requestOverdue(step: NextStep, request: TrackedRequest, options: OverdueOptions): TemplateResult {
  const { locale } = options;
  const stage2 = request.stage === 2 || request.status === 'escalated';
  return overdueNotice({
    title: html`<h3 id="cx-overdue-title">${msg('This is overdue. We are sorry.')}</h3>`,
    when: step.next ? msg(str`We should have done this by ${formatByDate(step.next.by, locale)}.`) : undefined,
    promise: options.ifMissed ? localized(options.ifMissed, locale) : undefined,
    // The charter's actions are charter text (marked with their language when it is not the widget's); the fallback is the kit's own.
    actions: step.overdueActions.map((action) => localized(action, locale)),
    fallback: msg('Contact the team dealing with it, quoting your reference.'),
    after: stage2 && request.api === 'cx' ? html`<p>${ombudsmanLink(options.ombudsman, locale)}</p>` : nothing,
  });
}
