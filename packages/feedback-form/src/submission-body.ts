/**
 * What the form sends: the body built from the answers, and the field a path
 * in the server's answer belongs to. Used only when sending, so it loads with
 * the later steps.
 */
import type { ContactPreference, FeedbackSubmission, FeedbackType } from '@cx-kit/core';
import { FIELD_ORDER, isKnownReview, socialCareFor, type Answers, type FieldId, type JourneyContext } from './journey.js';

/** The fields sent inside `contact` (the others are at the top of the body, under their own names). */
const CONTACT_FIELDS: readonly FieldId[] = ['name', 'preference', 'email', 'phone', 'address'];

/** The body sent to the council, built from the answers. */
export function toSubmission(
  answers: Answers,
  context: JourneyContext,
  client: { startedAt: string; submittedAt: string },
): FeedbackSubmission & { client: { honeypot: string } } {
  const stage2 = answers.type === 'stage-2';
  const known = isKnownReview(answers);
  const preference = answers.preference;
  const socialCare = socialCareFor(answers, context);
  return {
    type: answers.type as FeedbackType,
    service: known || answers.serviceUnknown || !answers.service ? null : answers.service,
    ...(stage2 ? { relatedReference: answers.relatedReference.trim(), reasonNotSatisfied: answers.reasonNotSatisfied.trim() } : {}),
    ...(stage2 && answers.wantedOutcome.trim() ? { wantedOutcome: answers.wantedOutcome.trim() } : {}),
    ...(known ? { review: { reference: answers.relatedReference.trim(), verifier: answers.reviewVerifier.trim() } } : {}),
    // A known complaint's details stand: the review sends none of its own.
    details: known ? '' : answers.details.trim(),
    contact: {
      name: answers.name.trim(),
      preference: preference as ContactPreference,
      // Only the detail that goes with the chosen way: nothing the resident typed and then changed their mind about.
      ...(preference === 'email' ? { email: answers.email.trim() } : {}),
      ...(preference === 'phone' ? { phone: answers.phone.trim() } : {}),
      ...(preference === 'post' ? { address: answers.address.trim() } : {}),
    },
    consent: answers.consent,
    locale: context.locale,
    ...(socialCare ? { socialCare } : {}),
    client: { ...client, honeypot: answers.website },
  };
}

/** The field a submission path belongs to (`contact.email` → `email`); undefined for paths no field owns. */
export function fieldForPath(path: string): FieldId | undefined {
  // The server could not match the review's reference and verifier: the resident sees it on the reference.
  if (path.startsWith('review.') || path === 'review') return 'relatedReference';
  return FIELD_ORDER.find((field) => (CONTACT_FIELDS.includes(field) ? `contact.${field}` : field) === path);
}
