/**
 * The apology when a request is late. The council's own promise comes first
 * (the charter's `ifMissed`: "If it is not possible for us to meet these
 * timeframes, we will contact you to explain why…"), then what the resident
 * can do, from the charter's timescale, and, at stage 2, the ombudsman the
 * charter names.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { localText, type LocalText } from '@cx-kit/core';
import { formatDate } from '@cx-kit/core/element';
import type { NextStep } from '../next-step.js';
import type { TrackedRequest } from '../tracked-request.js';
import { ombudsmanLink, type OmbudsmanInfo } from './ombudsman.js';

export interface OverdueOptions {
  locale: string;
  /** The council's promise for when it misses this timescale, from the charter. */
  ifMissed?: LocalText;
  ombudsman: OmbudsmanInfo;
}

export function overdueNotice(step: NextStep, request: TrackedRequest, options: OverdueOptions): TemplateResult {
  const { locale } = options;
  const actions: LocalText[] = step.overdueActions.length ? step.overdueActions : [msg('Contact the team dealing with it, quoting your reference.')];
  const stage2 = request.stage === 2 || request.status === 'escalated';
  return html`<div class="cx-overdue" part="overdue">
    <h3 id="cx-overdue-title">${msg('This is overdue. We are sorry.')}</h3>
    ${step.next ? html`<p>${msg(str`We should have done this by ${formatDate(step.next.by, locale)}.`)}</p>` : nothing}
    ${options.ifMissed ? html`<p class="cx-overdue__promise">${localText(options.ifMissed, locale)}</p>` : nothing}
    <p>${msg('What you can do:')}</p>
    <ul>
      ${actions.map((action) => html`<li>${localText(action, locale)}</li>`)}
    </ul>
    ${stage2 && request.api === 'cx' ? html`<p>${ombudsmanLink(options.ombudsman)}</p>` : nothing}
  </div>`;
}
