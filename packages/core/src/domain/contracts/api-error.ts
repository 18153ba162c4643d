/**
 * The error body every cx-kit API answers with when it cannot do what was
 * asked: `{ "error": { "code", "message", "fields"? } }`. A 422 from the
 * feedback endpoint names each field it rejected, so the form can show the
 * message beside the field, as GOV.UK's error summary does.
 */
import * as z from 'zod/mini';
import { nonEmptyText } from '../field-format-schemas.js';
import type { Problem } from '../problems.js';
import { parseContract } from './contract-error.js';

/** Field path (`contact.email`) to the message to show beside that field. */
export type FeedbackFieldErrors = Record<string, string>;

/** The codes the reference server uses; others are allowed. */
export const API_ERROR_CODES = ['invalid', 'not-found', 'not-verified', 'rate-limited', 'unavailable', 'server-error'] as const;

export const apiErrorSchema = z.object({
  error: z.object({
    code: nonEmptyText,
    message: nonEmptyText,
    fields: z.optional(z.record(z.string(), z.string())),
  }),
});

export type ApiError = z.output<typeof apiErrorSchema>;

/** Check an error body; throws a `ContractError` listing every problem. */
export function parseApiError(input: unknown): ApiError {
  return parseContract(apiErrorSchema, 'API error', input);
}

/**
 * The 422 body for a request that failed its contract: one entry in `fields`
 * per path (the first problem at each), and a summary message.
 */
export function apiErrorFromProblems(problems: readonly Problem[], message = 'Check the highlighted fields and try again.'): ApiError {
  const fields: FeedbackFieldErrors = {};
  for (const problem of problems) fields[problem.path] ??= problem.message;
  return { error: { code: 'invalid', message, fields } };
}
