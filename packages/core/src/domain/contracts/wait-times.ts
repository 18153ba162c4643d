/**
 * Live waiting times per channel ("about 4 minutes, you would be 3rd in the
 * queue"), which a council's telephony can publish for the contact widget.
 */
import * as z from 'zod/mini';
import { isoInstantSchema, kebabIdSchema } from '../field-format-schemas.js';
import { parseContract } from './contract-error.js';

export const waitTimesSchema = z.object({
  updatedAt: isoInstantSchema,
  channels: z.array(
    z.object({
      /** A charter channel id. */
      channel: kebabIdSchema,
      minutes: z.number().check(z.gte(0)),
      queuePosition: z.optional(z.int().check(z.gte(0))),
    }),
  ),
});

export type WaitTimes = z.output<typeof waitTimesSchema>;

/** Check wait times; throws a `ContractError` listing every problem. */
export function parseWaitTimes(input: unknown): WaitTimes {
  return parseContract(waitTimesSchema, 'wait times', input);
}
