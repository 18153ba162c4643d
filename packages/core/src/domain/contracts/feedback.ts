/**
 * The feedback form's API: the JSON body it POSTs (with an `Idempotency-Key`
 * header) and the receipt the server answers with. Messages are written for
 * residents (GOV.UK style) because a server may show them back field by field.
 *
 * One complaint, two stages, one reference. A stage 2 review request
 * (`type: "stage-2"`) names the complaint it reviews in `review`: its
 * reference and the verifier the tracker uses (the email address or postcode
 * given with the complaint). When the server finds that complaint and the
 * verifier matches, the complaint's own service and details stand: the form
 * sends only why the resident is not satisfied (`reasonNotSatisfied`,
 * required) and what they want done (`wantedOutcome`), with `service: null`
 * and `details` left out or empty. The server answers with a receipt for the
 * SAME reference (`stage: 2`, and the stage 2 dates), and the tracker shows
 * both stages of that reference (see `TrackerStatus.stages`). When they do
 * not match, the server answers 422 with a problem at `review.verifier`
 * (or `review.reference`), so no one can attach a review to someone else's
 * complaint. Older clients' `relatedReference` is still read as
 * `review.reference` without a verifier (the server then files the review
 * with its own details, as before).
 */
import * as z from 'zod/mini';
import {
  isEmailAddress,
  isoDateSchema,
  isoInstantSchema,
  isUkPhoneNumber,
  kebabIdSchema,
  languageTagSchema,
  nonEmptyText,
  webUrlSchema,
} from '../field-format-schemas.js';
import { checkContract, parseContract, type ContractResult } from './contract-error.js';
import { trackerLookupSchema, type TrackerLookup } from './tracker.js';

/** What a resident is telling the council. `stage-2` asks for a review of an earlier complaint. */
export const FEEDBACK_TYPES = ['suggestion', 'compliment', 'complaint', 'stage-2'] as const;
export type FeedbackType = (typeof FEEDBACK_TYPES)[number];

/** How a resident wants to hear back. */
export const CONTACT_PREFERENCES = ['email', 'phone', 'post', 'none'] as const;
export type ContactPreference = (typeof CONTACT_PREFERENCES)[number];

/** The most characters any charter may allow in the feedback box (`feedback.maxLength` is at most this). */
export const FEEDBACK_MAX_LENGTH = 20000;

/** What the server knows from its charter and the schema cannot guess. */
export interface FeedbackSubmissionOptions {
  /** The charter's `feedback.maxLength`. Default: `FEEDBACK_MAX_LENGTH`. */
  maxLength?: number;
  /** The charter's `organisation.referenceFormat.pattern`, checked on `relatedReference`. */
  referencePattern?: string;
}

const isBlank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

// Empty strings are allowed in optional contact fields because forms send them
// for boxes left empty; whether a field is needed is decided below, once.
const optionalEmail = z.optional(
  z.string().check(
    z.refine((value) => value.trim() === '' || isEmailAddress(value.trim()), {
      error: 'Enter an email address in the correct format, like name@example.com',
    }),
  ),
);
const optionalPhone = z.optional(
  z.string().check(
    z.refine((value) => value.trim() === '' || isUkPhoneNumber(value.trim()), {
      error: 'Enter a UK phone number, like 01632 960 001 or +44 1632 960 001',
    }),
  ),
);
const boundedText = (max: number, error: string) => z.optional(z.string().check(z.maxLength(max, { error })));

const contactSchema = z.object({
  name: boundedText(200, 'Your name must be 200 characters or fewer'),
  preference: z.enum(CONTACT_PREFERENCES, { error: 'Choose how you would like us to contact you' }),
  email: optionalEmail,
  phone: optionalPhone,
  address: boundedText(500, 'Your address must be 500 characters or fewer'),
});

type Contact = z.output<typeof contactSchema>;

/**
 * The complaint a stage 2 review is about, and what proves it is the
 * resident's: what the tracker asks for (the reference, and the email
 * address or postcode given with the complaint).
 */
const reviewSchema = trackerLookupSchema;

/** `review` in a stage 2 request. */
export type Review = TrackerLookup;

/** The checks that involve more than one field. */
function crossFieldIssues(value: Record<string, unknown>): { path: string[]; message: string }[] {
  const issues: { path: string[]; message: string }[] = [];
  const contact = (typeof value.contact === 'object' && value.contact !== null ? value.contact : {}) as Partial<Contact>;
  const needsReply = value.type === 'complaint' || value.type === 'stage-2';
  const review = (typeof value.review === 'object' && value.review !== null ? value.review : undefined) as Partial<Review> | undefined;
  if (value.type === 'stage-2') {
    if (!review && isBlank(value.relatedReference)) {
      issues.push({ path: ['relatedReference'], message: 'Enter the reference of the complaint you want us to review' });
    }
    if (review && !isBlank(value.relatedReference) && typeof review.reference === 'string' && String(value.relatedReference).trim() !== review.reference.trim()) {
      issues.push({ path: ['relatedReference'], message: 'must be the same as review.reference' });
    }
    if (isBlank(value.reasonNotSatisfied)) {
      issues.push({ path: ['reasonNotSatisfied'], message: 'Tell us why you are not satisfied with our response' });
    }
  }
  if (review && value.type !== 'stage-2') {
    issues.push({ path: ['review'], message: 'only a request to review a complaint (type "stage-2") names a complaint to review' });
  }
  // A review of a known complaint keeps that complaint's details; everything else needs them.
  if (!(value.type === 'stage-2' && review) && isBlank(value.details)) {
    issues.push({ path: ['details'], message: 'Enter your feedback' });
  }
  if (needsReply && contact.preference === 'none') {
    issues.push({ path: ['contact', 'preference'], message: 'Choose how you would like us to reply to your complaint' });
  }
  if (contact.preference === 'email' && isBlank(contact.email)) {
    issues.push({ path: ['contact', 'email'], message: 'Enter your email address' });
  }
  if (contact.preference === 'phone' && isBlank(contact.phone)) {
    issues.push({ path: ['contact', 'phone'], message: 'Enter your phone number' });
  }
  if (contact.preference === 'post' && isBlank(contact.address)) {
    issues.push({ path: ['contact', 'address'], message: 'Enter your postal address' });
  }
  if ((needsReply || contact.preference === 'post') && isBlank(contact.name)) {
    issues.push({ path: ['contact', 'name'], message: 'Enter your name' });
  }
  const givesDetails = [contact.name, contact.email, contact.phone, contact.address].some((field) => !isBlank(field));
  if (givesDetails && value.consent === false) {
    issues.push({ path: ['consent'], message: 'Confirm that we can use your contact details to reply to you' });
  }
  const client = (typeof value.client === 'object' && value.client !== null ? value.client : {}) as Record<string, unknown>;
  if (typeof client.startedAt === 'string' && typeof client.submittedAt === 'string') {
    if (Date.parse(client.submittedAt) < Date.parse(client.startedAt)) {
      issues.push({ path: ['client', 'submittedAt'], message: 'must not be before client.startedAt' });
    }
  }
  return issues;
}

/**
 * The schema of a feedback submission for a charter's limits. The shape is
 * always the same; `maxLength` and `referencePattern` tighten two fields.
 */
export function createFeedbackSubmissionSchema(options: FeedbackSubmissionOptions = {}) {
  const maxLength = Math.min(options.maxLength ?? FEEDBACK_MAX_LENGTH, FEEDBACK_MAX_LENGTH);
  const tooLong = `must be ${maxLength} characters or fewer`;
  const reference = options.referencePattern ? new RegExp(options.referencePattern) : null;
  return z
    .object({
      type: z.enum(FEEDBACK_TYPES, {
        error: 'Choose whether this is a suggestion, a compliment, a complaint, or a request to review a complaint',
      }),
      service: z.nullable(kebabIdSchema),
      relatedReference: z.optional(
        z.string().check(
          z.maxLength(64, { error: 'Enter a reference of 64 characters or fewer' }),
          z.refine((value) => value.trim() === '' || !reference || reference.test(value.trim()), {
            error: 'Enter the reference exactly as it appears on our email or letter',
          }),
        ),
      ),
      // Required (checked below) except in a review of a known complaint, which may leave it out.
      details: z._default(z.string({ error: 'Enter your feedback' }).check(z.maxLength(maxLength, { error: `Your feedback ${tooLong}` })), ''),
      review: z.optional(reviewSchema),
      reasonNotSatisfied: z.optional(z.string().check(z.maxLength(maxLength, { error: `Your reason ${tooLong}` }))),
      wantedOutcome: z.optional(z.string().check(z.maxLength(maxLength, { error: `What you want us to do ${tooLong}` }))),
      contact: contactSchema,
      consent: z.boolean(),
      locale: languageTagSchema,
      socialCare: z.optional(z.enum(['adults', 'children'])),
      // honeypot: a field people never see; anything in it marks a robot (the server decides what to do).
      client: z.object({ startedAt: isoInstantSchema, submittedAt: isoInstantSchema, honeypot: z.optional(z.string()) }),
    })
    .check(
      z.superRefine(
        (value, ctx) => {
          for (const issue of crossFieldIssues(value as Record<string, unknown>)) {
            ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, input: value });
          }
        },
        // Run even when single fields failed, so a resident hears about every field at once.
        { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
      ),
    );
}

/** A feedback submission with no charter limits beyond `FEEDBACK_MAX_LENGTH`. */
export const feedbackSubmissionSchema = createFeedbackSubmissionSchema();

/** The body the feedback form POSTs. */
export type FeedbackSubmission = z.output<typeof feedbackSubmissionSchema>;

/**
 * Schemas already built, by their options: building one costs about ten
 * times checking with it (zod compiles a schema on first use), and a server
 * checks every submission with its one charter's options.
 */
const schemasByOptions = new Map<string, typeof feedbackSubmissionSchema>();

function schemaFor(options?: FeedbackSubmissionOptions) {
  if (!options) return feedbackSubmissionSchema;
  const key = `${options.maxLength ?? ''}\n${options.referencePattern ?? ''}`;
  let schema = schemasByOptions.get(key);
  if (!schema) {
    if (schemasByOptions.size >= 16) schemasByOptions.clear(); // a few charters at most: stay small
    schemasByOptions.set(key, (schema = createFeedbackSubmissionSchema(options)));
  }
  return schema;
}

/** Check a submission without throwing (a server turns `problems` into a 422 with `apiErrorFromProblems`). */
export function checkFeedbackSubmission(input: unknown, options?: FeedbackSubmissionOptions): ContractResult<FeedbackSubmission> {
  return checkContract(schemaFor(options), input);
}

/** Check a submission; throws a `ContractError` listing every problem. */
export function parseFeedbackSubmission(input: unknown, options?: FeedbackSubmissionOptions): FeedbackSubmission {
  return parseContract(schemaFor(options), 'feedback submission', input);
}

/**
 * What the server answers a submission with (201): the reference and the
 * dates it will be answered by. For a complaint, `stage` says which stage
 * the dates are for: 1 for a new complaint; 2 for a review, whose
 * `reference` is the reviewed complaint's own (one reference through both
 * stages) and whose dates are the stage 2 dates.
 */
export const feedbackReceiptSchema = z
  .object({
    reference: nonEmptyText,
    receivedAt: isoInstantSchema,
    acknowledgeBy: isoDateSchema,
    respondBy: isoDateSchema,
    trackUrl: z.optional(webUrlSchema),
    stage: z.optional(z.literal([1, 2])),
  })
  .check(
    z.refine((receipt) => receipt.respondBy >= receipt.acknowledgeBy, {
      error: 'must not be before acknowledgeBy',
      path: ['respondBy'],
    }),
  );

export type FeedbackReceipt = z.output<typeof feedbackReceiptSchema>;

/** Check a receipt; throws a `ContractError` listing every problem. */
export function parseFeedbackReceipt(input: unknown): FeedbackReceipt {
  return parseContract(feedbackReceiptSchema, 'feedback receipt', input);
}
