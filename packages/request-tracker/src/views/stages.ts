/**
 * A complaint keeps one reference through stage 1 and stage 2: this lists
 * both stages in order, each with its own dates (when it started, what the
 * council promised, when it was answered), so the resident reads one story.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, msg } from '@cx-kit/core/element';
import type { ComplaintStageDates, TrackedRequest } from '../tracked-request.js';
import { londonDate } from '../when.js';

const stageName = (stage: 1 | 2) => (stage === 2 ? msg('Stage 2: review by a second officer') : msg('Stage 1'));

function row(label: string, value: string | undefined, locale: string): TemplateResult | typeof nothing {
  const date = londonDate(value);
  return date ? html`<div class="cx-summary__row"><dt>${label}</dt><dd>${formatDate(date, locale)}</dd></div>` : nothing;
}

function stageItem(stage: ComplaintStageDates, locale: string): TemplateResult {
  return html`<li class="cx-stages__item">
    <p class="cx-stages__title">${stageName(stage.stage)}</p>
    <dl class="cx-summary cx-summary--compact">
      ${row(stage.stage === 2 ? msg('Review asked for') : msg('Received'), stage.receivedAt, locale)}
      ${row(msg('Acknowledge by'), stage.acknowledgeBy, locale)}
      ${row(msg('Full response by'), stage.respondBy, locale)}
      ${stage.answeredAt ? row(msg('Answered'), stage.answeredAt, locale) : html`<div class="cx-summary__row"><dt>${msg('Answered')}</dt><dd>${msg('Not yet')}</dd></div>`}
    </dl>
  </li>`;
}

/** Both stages of a complaint, when the server lists them. */
export function complaintStages(request: TrackedRequest, locale: string): TemplateResult | typeof nothing {
  if (!request.stages?.length) return nothing;
  return html`<h3 id="cx-stages-title">${msg('Your complaint, stage by stage')}</h3>
    <ol class="cx-stages" aria-labelledby="cx-stages-title">
      ${request.stages.map((stage) => stageItem(stage, locale))}
    </ol>`;
}
