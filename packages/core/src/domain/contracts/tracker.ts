/**
 * The request tracker's cx-kit JSON API: the lookup it POSTs (a reference and
 * something only the resident knows) and the status the server answers with.
 */
import * as z from 'zod/mini';
import {
  dialledNumberSchema,
  emailSchema,
  isEmailAddress,
  isIsoDate,
  isoDateSchema,
  isoInstantSchema,
  isUkPostcode,
  nonEmptyText,
  quote,
} from '../field-format-schemas.js';
import { parseContract } from './contract-error.js';
import { TRACKER_STATUSES } from '../tracker-statuses.js';

export { TRACKER_STATUSES, type TrackerState } from '../tracker-statuses.js';

/** What the tracker POSTs: the reference, and the email address or postcode given with the request. */
export const trackerLookupSchema = z.object({
  reference: z.string({ error: 'Enter your reference' }).check(
    z.refine((value) => value.trim() !== '', { error: 'Enter your reference' }),
    z.maxLength(64, { error: 'Enter a reference of 64 characters or fewer' }),
  ),
  verifier: z.string({ error: 'Enter the email address or postcode you gave us' }).check(
    z.refine((value) => isEmailAddress(value.trim()) || isUkPostcode(value), {
      error: 'Enter the email address or postcode you gave us, like name@example.com or CW1 2AB',
    }),
  ),
});

export type TrackerLookup = z.output<typeof trackerLookupSchema>;

/** Check a lookup; throws a `ContractError` listing every problem. */
export function parseTrackerLookup(input: unknown): TrackerLookup {
  return parseContract(trackerLookupSchema, 'tracker lookup', input);
}

// Servers may know only the day something arrived, or the moment.
const dateOrInstant = z.string().check(
  z.refine((value) => isIsoDate(value) || isoInstantSchema.safeParse(value).success, {
    error: (issue) => `${quote(issue.input)} is not a date: use "YYYY-MM-DD" or an ISO 8601 date and time with a time zone`,
  }),
);

const stateSchema = z.enum(TRACKER_STATUSES);

const stageNumber = z.literal([1, 2]);

/**
 * One stage of a complaint: when it started (stage 1: the complaint was
 * received; stage 2: the review was asked for), the dates the charter
 * promises for it, and when it was answered, if it has been.
 */
const complaintStageSchema = z.object({
  stage: stageNumber,
  receivedAt: dateOrInstant,
  acknowledgeBy: z.optional(isoDateSchema),
  respondBy: z.optional(isoDateSchema),
  answeredAt: z.optional(dateOrInstant),
});

export type ComplaintStage = z.output<typeof complaintStageSchema>;

/**
 * What the server answers a lookup with.
 *
 * A complaint keeps one reference through both stages. `stage` is the stage
 * it is at now (null for what is not a complaint); `stages` lists each stage
 * it has reached, in order (stage 1, then stage 2 once a review was asked
 * for), each with its own dates, so the tracker shows one timeline; events
 * may say which stage they belong to. `receivedAt` stays the day the
 * complaint itself arrived, and `dueDates` are those of the current stage.
 * Over Open311 the same `service_request_id` stands for both stages; a
 * server that says the stage puts it in `extended_attributes.stage` (1 or 2).
 */
export const trackerStatusSchema = z.object({
  reference: nonEmptyText,
  service: z.object({ id: z.optional(z.string()), name: nonEmptyText }),
  status: stateSchema,
  stage: z.nullable(stageNumber),
  stages: z.optional(
    z.array(complaintStageSchema).check(
      z.refine((stages) => stages.every((s, i) => s.stage === i + 1), {
        error: 'must list stage 1, then stage 2, each once and in order',
      }),
    ),
  ),
  receivedAt: dateOrInstant,
  events: z.array(z.object({ at: isoInstantSchema, status: stateSchema, text: z.string(), stage: z.optional(stageNumber) })),
  dueDates: z.optional(z.object({ acknowledgeBy: z.optional(isoDateSchema), respondBy: z.optional(isoDateSchema) })),
  expectedBy: z.optional(isoDateSchema),
  team: z.optional(
    z.object({ name: nonEmptyText, phone: z.optional(dialledNumberSchema), email: z.optional(emailSchema) }),
  ),
  overdue: z.optional(z.boolean()),
}).check(
  z.refine((status) => !status.stages?.length || status.stage === status.stages.at(-1)!.stage, {
    error: 'must be the last of the stages listed',
    path: ['stage'],
  }),
);

export type TrackerStatus = z.output<typeof trackerStatusSchema>;

/** Check a status; throws a `ContractError` listing every problem. */
export function parseTrackerStatus(input: unknown): TrackerStatus {
  return parseContract(trackerStatusSchema, 'tracker status', input);
}
