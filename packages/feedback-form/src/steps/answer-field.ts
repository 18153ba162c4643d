/** What core's field templates need to show and change one of the journey's text answers. */
import type { CharacterCountController } from '@cx-kit/core/element';
import type { FieldId } from '../journey.js';
import type { FormView, LaterView } from './view.js';

/** The answers typed in a box. */
type TextAnswer = Extract<FieldId, 'relatedReference' | 'reasonNotSatisfied' | 'wantedOutcome' | 'details' | 'name' | 'email' | 'phone' | 'address'>;

/** The id, error, value and `onInput` of the box for `field`. */
export function answerField(view: FormView, field: TextAnswer) {
  const { journey } = view;
  return { id: field, error: journey.errorFor(field), value: journey.answers[field], onInput: (value: string) => journey.set(field, value) };
}

/** GOV.UK's character count for a box whose answer may be `limit` characters long. */
export function countOf(view: LaterView, limit: number): { limit: number; counter: CharacterCountController; locale: string } {
  return { limit, counter: view.counts, locale: view.locale };
}
