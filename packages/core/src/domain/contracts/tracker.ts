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

/** Where a request is. `escalated`: gone to stage 2 (or to the ombudsman). */
export const TRACKER_STATUSES = [
  'received',
  'acknowledged',
  'in-progress',
  'awaiting-information',
  'answered',
  'closed',
  'escalated',
] as const;
export type TrackerState = (typeof TRACKER_STATUSES)[number];

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

/** What the server answers a lookup with. */
export const trackerStatusSchema = z.object({
  reference: nonEmptyText,
  service: z.object({ id: z.optional(z.string()), name: nonEmptyText }),
  status: stateSchema,
  stage: z.nullable(z.literal([1, 2])),
  receivedAt: dateOrInstant,
  events: z.array(z.object({ at: isoInstantSchema, status: stateSchema, text: z.string() })),
  dueDates: z.optional(z.object({ acknowledgeBy: z.optional(isoDateSchema), respondBy: z.optional(isoDateSchema) })),
  expectedBy: z.optional(isoDateSchema),
  team: z.optional(
    z.object({ name: nonEmptyText, phone: z.optional(dialledNumberSchema), email: z.optional(emailSchema) }),
  ),
  overdue: z.optional(z.boolean()),
});

export type TrackerStatus = z.output<typeof trackerStatusSchema>;

/** Check a status; throws a `ContractError` listing every problem. */
export function parseTrackerStatus(input: unknown): TrackerStatus {
  return parseContract(trackerStatusSchema, 'tracker status', input);
}
