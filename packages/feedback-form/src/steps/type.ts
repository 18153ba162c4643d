/** Step 1, "What do you want to do?": the only step in the form's first download, and shown before the charter (it needs none). */
import { html, type TemplateResult } from 'lit';
import { msg, radios } from '@cx-kit/core/element';
import { FEEDBACK_CHOICES } from '../journey.js';
import type { FirstView } from './view.js';

/** The first question's only problem: nothing chosen. */
export const typeProblemMessage = (): string => msg('Select what you want to do');

export function typeStep(view: FirstView): TemplateResult {
  const labels: Record<(typeof FEEDBACK_CHOICES)[number], [string, string]> = {
    suggestion: [msg('Make a suggestion'), msg('Tell us how we could do things better.')],
    compliment: [msg('Pay a compliment'), msg('Tell us about a person or a service that did well.')],
    complaint: [msg('Make a complaint'), msg('Tell us when something has gone wrong, so we can put it right.')],
    'stage-2': [
      msg('Ask for a review of a complaint we have already answered'),
      msg('This is stage 2 of our complaints procedure: a second officer looks at your complaint again.'),
    ],
  };
  const { journey } = view;
  return html`<form novalidate @submit=${view.onContinue}>
    ${radios({
      name: 'type',
      legend: view.heading(msg('What do you want to do?')),
      error: journey.errorFor('type'),
      items: FEEDBACK_CHOICES.map((value) => ({ value, label: labels[value][0], hint: labels[value][1] })),
      value: journey.answers.type,
      onChange: (value) => journey.set('type', value),
    })}
    ${view.continueButton()}
  </form>`;
}
