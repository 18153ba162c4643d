/**
 * Stage 2, the review: why the resident is not satisfied and what they want
 * done. For a review the page asked for with its verifier (a known
 * complaint), the reference is shown, not asked; otherwise the resident gives
 * it, in the charter's format.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { localized, msg, textarea, textField } from '@cx-kit/core/element';
import { isKnownReview } from '../journey.js';
import { answerField, countOf } from './answer-field.js';
import type { LaterView } from './view.js';

export function reviewStep(view: LaterView): TemplateResult {
  const { charter, journey } = view;
  const format = charter.organisation.referenceFormat;
  const known = isKnownReview(journey.answers);
  // The stage 2 promise ("At stage 2, we will provide a full response within 20 working days").
  const stage2 = charter.timescales.find((t) => t.id === 'complaint-stage-2');
  return html`<form novalidate @submit=${view.onContinue}>
    ${view.heading(known ? msg('Why you are asking for a review') : msg('The complaint you want us to review'))}
    ${stage2 ? html`<p>${localized(stage2.description, view.locale)}</p>` : nothing}
    ${known
      ? html`<p>${msg('Complaint reference')}: <strong class="cx-reference-inline" dir="ltr">${journey.answers.relatedReference}</strong></p>`
      : textField({
          ...answerField(view, 'relatedReference'),
          label: msg('Reference of the complaint we answered'),
          hint: localized(format.description, view.locale),
          short: true,
          spellcheck: false,
          dir: 'ltr',
        })}
    ${textarea({
      ...answerField(view, 'reasonNotSatisfied'),
      label: msg('Why are you not satisfied with our response?'),
      hint: msg('Tell us which parts of our response you disagree with and why.'),
      count: countOf(view, charter.feedback.maxLength),
    })}
    ${textarea({ ...answerField(view, 'wantedOutcome'), label: msg('What would you like us to do now? (optional)'), count: countOf(view, charter.feedback.maxLength) })}
    ${view.continueButton()}
  </form>`;
}
