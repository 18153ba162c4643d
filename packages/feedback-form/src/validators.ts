/**
 * The form's field checks, as small plain functions (Lion's validators in
 * spirit): the same rules as the `FeedbackSubmission` contract the server
 * runs, without shipping zod to residents. A test holds them to the contract
 * on random answers, so the form and the server never disagree.
 *
 * Each check looks at the answers as the resident typed them and says what is
 * wrong with one field as a code; the element words the codes (messages.ts).
 */
import { isEmailAddress, isUkPhoneNumber } from '@cx-kit/core';
import { CONTRACT_MAX_LENGTH, isKnownReview, typeChosen, type Answers, type Check, type FieldId } from './journey.js';

const blank = (value: string) => value.trim() === '';
const REFERENCE_MAX = 64;
const NAME_MAX = 200;
const ADDRESS_MAX = 500;

const needsReply = (answers: Answers) => answers.type === 'complaint' || answers.type === 'stage-2';

/** The one contact detail the submission carries: the one that goes with the chosen way to reply. */
function chosenDetail(answers: Answers): string {
  switch (answers.preference) {
    case 'email':
      return answers.email;
    case 'phone':
      return answers.phone;
    case 'post':
      return answers.address;
    default:
      return '';
  }
}

/** One check per field, in the order the fields are asked. */
export const CHECKS: Record<FieldId, Check> = {
  type: typeChosen,
  relatedReference: (a, { referencePattern }) => {
    if (a.type !== 'stage-2') return undefined;
    const value = a.relatedReference.trim();
    if (value === '') return 'missing';
    if (a.relatedReference.length > REFERENCE_MAX) return 'format';
    return referencePattern && !new RegExp(referencePattern).test(value) ? 'format' : undefined;
  },
  reasonNotSatisfied: (a, { maxLength }) => {
    if (a.type !== 'stage-2') return undefined;
    if (blank(a.reasonNotSatisfied)) return 'missing';
    return a.reasonNotSatisfied.trim().length > limitOf(maxLength) ? 'too-long' : undefined;
  },
  wantedOutcome: (a, { maxLength }) => (a.type === 'stage-2' && a.wantedOutcome.trim().length > limitOf(maxLength) ? 'too-long' : undefined),
  // The form's own rule: "I do not know" is an answer, no answer is not.
  service: (a) => (!a.service && !a.serviceUnknown ? 'missing' : undefined),
  details: (a, { maxLength }) => {
    if (isKnownReview(a)) return undefined;
    if (blank(a.details)) return 'missing';
    return a.details.trim().length > limitOf(maxLength) ? 'too-long' : undefined;
  },
  name: (a) => {
    if (a.name.trim().length > NAME_MAX) return 'too-long';
    return (needsReply(a) || a.preference === 'post') && blank(a.name) ? 'missing' : undefined;
  },
  preference: (a) => {
    if (a.preference === '') return 'missing';
    return a.preference === 'none' && needsReply(a) ? 'reply-needed' : undefined;
  },
  email: (a) => {
    if (a.preference !== 'email') return undefined;
    if (blank(a.email)) return 'missing';
    return isEmailAddress(a.email.trim()) ? undefined : 'format';
  },
  phone: (a) => {
    if (a.preference !== 'phone') return undefined;
    if (blank(a.phone)) return 'missing';
    return isUkPhoneNumber(a.phone.trim()) ? undefined : 'format';
  },
  address: (a) => {
    if (a.preference !== 'post') return undefined;
    if (blank(a.address)) return 'missing';
    return a.address.trim().length > ADDRESS_MAX ? 'too-long' : undefined;
  },
  consent: (a) => {
    const givesDetails = !blank(a.name) || !blank(chosenDetail(a));
    return givesDetails && !a.consent ? 'missing' : undefined;
  },
};

function limitOf(maxLength: number): number {
  return Math.min(maxLength, CONTRACT_MAX_LENGTH);
}
