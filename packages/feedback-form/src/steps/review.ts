/** Stage 2, "The complaint you want us to review": its reference and why the resident is not satisfied. */
import { html, type TemplateResult } from 'lit';
import { msg } from '@cx-kit/core/element';
import { localText } from '@cx-kit/core';
import { textArea, textInput } from './text-fields.js';
import type { LaterView } from './view.js';

export function reviewStep(view: LaterView): TemplateResult {
  const { charter } = view;
  const format = charter.organisation.referenceFormat;
  // A review the page asked for, matched by the server: the reference is known, only the reasons are asked.
  const known = view.reviewMatched;
  return html`<form novalidate @submit=${view.onContinue}>
    ${view.heading(known ? msg('Why you are asking for a review') : msg('The complaint you want us to review'))}
    ${known
      ? html`<p>${msg('Complaint reference')}: <strong class="cx-reference" dir="ltr">${view.journey.answers.relatedReference}</strong></p>`
      : textInput(view, 'relatedReference', msg('Reference of the complaint we answered'), {
          hint: localText(format.description, view.locale),
          short: true,
          spellcheck: false,
          ltr: true,
        })}
    ${textArea(view, 'reasonNotSatisfied', msg('Why are you not satisfied with our response?'), charter.feedback.maxLength, {
      hint: msg('Tell us which parts of our response you disagree with and why, and what you would like us to do now.'),
    })}
    ${view.continueButton()}
  </form>`;
}
