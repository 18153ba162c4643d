/**
 * The resident's journey through the feedback form, as plain data and
 * functions: which steps there are, in what order, which fields each step
 * asks for and what each step still needs (the body that is sent is built in
 * submission-body.ts, which loads with the later steps).
 *
 * One question per page (GOV.UK): what do you want to do → (for a stage 2
 * review: which complaint, and why you are not satisfied) → which service →
 * (for a social care complaint: its own statutory procedure) → your feedback
 * → about you → check your answers → confirmation.
 *
 * Validation follows the core contract (the rules the server runs), as the
 * small checks in validators.ts; the only rule of the form's own is that the
 * service question needs an answer, "I do not know" included. Problems come
 * back as a field and a code; the element turns codes into words
 * (messages.ts), so this file has no strings a resident reads.
 */
import type { ContactPreference, FeedbackType } from '@cx-kit/core';

/**
 * The contract's choices, as the form offers them. Written here rather than
 * imported: the contract module builds its zod schemas when loaded, and zod
 * stays off the resident's path (a test checks the lists match the contract's).
 */
export const FEEDBACK_CHOICES = ['suggestion', 'compliment', 'complaint', 'stage-2'] as const satisfies readonly FeedbackType[];
export const REPLY_WAYS = ['email', 'phone', 'post', 'none'] as const satisfies readonly ContactPreference[];
/** The contract's longest feedback (`FEEDBACK_MAX_LENGTH`); a charter's `feedback.maxLength` is at most this. */
export const CONTRACT_MAX_LENGTH = 20000;

/** How long to wait for the council's answer to each attempt at sending, in milliseconds. */
export const SUBMIT_TIMEOUT_MS = 15_000;

/** Every page of the journey, in order. */
export const STEPS = ['type', 'review', 'service', 'social-care', 'details', 'about', 'check', 'confirmation'] as const;
export type StepId = (typeof STEPS)[number];

/** The steps a resident answers (and can come back to from "Check your answers"). */
export type QuestionStep = Exclude<StepId, 'check' | 'confirmation'>;

/** Everything the resident has entered. Strings stay as typed (trimmed only when sent). */
export interface Answers {
  type: FeedbackType | '';
  /** Stage 2: the reference of the complaint we answered. */
  relatedReference: string;
  /** Stage 2: why the resident is not satisfied with our response. */
  reasonNotSatisfied: string;
  /** Stage 2: what the resident wants us to do now (optional). */
  wantedOutcome: string;
  /**
   * Stage 2 asked for by the page (the tracker's "Ask for a review"): the
   * email address or postcode that proves the complaint is the resident's.
   * Set, the server matches the complaint and its service and details stand;
   * '' for a review the resident describes in full.
   */
  reviewVerifier: string;
  /** A service id, or '' */
  service: string;
  /** The resident ticked "I do not know". */
  serviceUnknown: boolean;
  details: string;
  name: string;
  preference: ContactPreference | '';
  email: string;
  phone: string;
  address: string;
  consent: boolean;
  /** The honeypot: people never see it, so it stays empty; bots fill it. The server decides what to do. */
  website: string;
}

/** A field the resident fills in; also its element id in the form. */
export type FieldId = Exclude<keyof Answers, 'serviceUnknown' | 'website' | 'reviewVerifier'>;

/** Which step asks for each field (where each is in the submission: submission-body.ts). */
export const STEP_OF: Record<FieldId, QuestionStep> = {
  type: 'type',
  relatedReference: 'review',
  reasonNotSatisfied: 'review',
  wantedOutcome: 'review',
  service: 'service',
  details: 'details',
  name: 'about',
  preference: 'about',
  email: 'about',
  phone: 'about',
  address: 'about',
  consent: 'about',
};

/** The fields in the order they are asked. */
export const FIELD_ORDER = Object.keys(STEP_OF) as FieldId[];

/** What the journey needs to know from the charter and the page. */
export interface JourneyContext {
  /** The charter's `feedback.maxLength`. */
  maxLength: number;
  /** The charter's `organisation.referenceFormat.pattern`. */
  referencePattern?: string;
  /** Whether a service's complaints follow a social care procedure. */
  socialCareOf: (serviceId: string) => 'adults' | 'children' | undefined;
  locale: string;
  /**
   * The field checks (validators.ts). They load with the later steps: until
   * then only the first question's check is known, which is all the first
   * question needs.
   */
  checks?: Partial<Record<FieldId, Check>>;
}

/** What is wrong with one field of the answers, as a code (undefined: nothing). */
export type Check = (answers: Answers, limits: { maxLength: number; referencePattern?: string }) => ProblemCode | undefined;

/** The first question's check, in the first download. */
export const typeChosen: Check = (answers) => (answers.type === '' ? 'missing' : undefined);

/**
 * What is wrong with a field, as a code the element words:
 * `missing` (empty), `format` (not in the right form), `too-long`,
 * `reply-needed` (a complaint with "do not contact me").
 */
export type ProblemCode = 'missing' | 'format' | 'too-long' | 'reply-needed';

export interface FieldProblem {
  field: FieldId;
  code: ProblemCode;
}

/** One object, copied: the bundler would otherwise write the whole literal out at every call. */
const EMPTY: Answers = {
  type: '',
  relatedReference: '',
  reasonNotSatisfied: '',
  wantedOutcome: '',
  reviewVerifier: '',
  service: '',
  serviceUnknown: false,
  details: '',
  name: '',
  preference: '',
  email: '',
  phone: '',
  address: '',
  consent: false,
  website: '',
};

export function emptyAnswers(): Answers {
  return { ...EMPTY };
}

/** Checks answers read back from storage: every field present with the right type and a known choice. */
const ADDED_LATER = new Set(['wantedOutcome', 'reviewVerifier']);

/** A stage 2 review of a complaint the page named with its verifier: the server knows its service and details. */
export function isKnownReview(answers: Answers): boolean {
  return answers.type === 'stage-2' && answers.reviewVerifier.trim() !== '';
}

export function isAnswers(value: unknown): value is Answers {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const template = EMPTY as unknown as Record<string, unknown>;
  for (const [key, empty] of Object.entries(template)) {
    // Drafts saved before a field existed lack it: it is filled in empty (openDraft), not a reason to lose the draft.
    if (typeof v[key] !== typeof empty && !(v[key] === undefined && ADDED_LATER.has(key))) return false;
  }
  return (
    (v.type === '' || (FEEDBACK_CHOICES as readonly unknown[]).includes(v.type)) &&
    (v.preference === '' || (REPLY_WAYS as readonly unknown[]).includes(v.preference))
  );
}

/** A complaint, or a review of one: these need a way to reply and follow the statutory social care route. */
export function isComplaint(type: Answers['type']): boolean {
  return type === 'complaint' || type === 'stage-2';
}

/** The social care procedure that applies, if the chosen service has one. */
export function socialCareFor(answers: Answers, context: JourneyContext): 'adults' | 'children' | undefined {
  return answers.service && !answers.serviceUnknown ? context.socialCareOf(answers.service) : undefined;
}

/** The steps this resident goes through, in order, given what they have answered so far. */
export function stepsFor(answers: Answers, context: JourneyContext): StepId[] {
  return STEPS.filter((step) => {
    if (isKnownReview(answers)) return step === 'review' || step === 'about' || step === 'check' || step === 'confirmation';
    if (step === 'review') return answers.type === 'stage-2';
    if (step === 'social-care') return isComplaint(answers.type) && socialCareFor(answers, context) !== undefined;
    return true;
  });
}

/** The fields a step asks for. */
export function fieldsOf(step: StepId): FieldId[] {
  return FIELD_ORDER.filter((field) => STEP_OF[field] === step);
}

/**
 * Every problem with the answers, in the order the fields are asked: the
 * contract's rules and the form's own. A field only counts on a step this
 * resident goes through (the stage 2 fields on the stage 2 journey).
 */
export function problemsWith(answers: Answers, context: JourneyContext): FieldProblem[] {
  const steps = stepsFor(answers, context);
  const problems: FieldProblem[] = [];
  for (const field of FIELD_ORDER) {
    const code = (context.checks ?? { type: typeChosen })[field]?.(answers, context);
    if (code && steps.includes(STEP_OF[field])) problems.push({ field, code });
  }
  return problems;
}

/** The problems on one step: what stops the resident going on from it. */
export function validateStep(step: StepId, answers: Answers, context: JourneyContext): FieldProblem[] {
  return problemsWith(answers, context).filter((problem) => STEP_OF[problem.field] === step);
}

/** The first step with a problem, for "Check your answers" to send the resident back to; undefined when all is well. */
export function firstIncompleteStep(answers: Answers, context: JourneyContext): QuestionStep | undefined {
  const first = problemsWith(answers, context)[0];
  return first ? STEP_OF[first.field] : undefined;
}

/**
 * Where "Continue" goes from `step`. When the resident came from "Check your
 * answers" to change something (`returning`), it goes back there, unless the
 * change opened a step they have not seen (the social care notice after
 * choosing a social care service) or left a step incomplete (a stage 2
 * review needs its reference).
 */
export function nextStep(step: StepId, answers: Answers, context: JourneyContext, returning = false): StepId {
  const steps = stepsFor(answers, context);
  const natural = steps[steps.indexOf(step) + 1] ?? 'check';
  if (!returning || natural === 'check' || natural === 'confirmation') return natural;
  if (natural === 'social-care' && step === 'service') return natural;
  return firstIncompleteStep(answers, context) ?? 'check';
}

/** Where "Back" goes from `step`; undefined on the first step and after sending. */
export function previousStep(step: StepId, answers: Answers, context: JourneyContext): StepId | undefined {
  if (step === 'confirmation') return undefined;
  const steps = stepsFor(answers, context);
  const index = steps.indexOf(step);
  return index > 0 ? steps[index - 1] : undefined;
}

/** A step the resident may be shown, given their answers: a saved step that no longer applies falls back to the first. */
export function reachableStep(step: string, answers: Answers, context: JourneyContext): StepId {
  const steps = stepsFor(answers, context);
  return (steps as string[]).includes(step) && step !== 'confirmation' ? (step as StepId) : 'type';
}
