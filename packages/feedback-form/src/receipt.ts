/**
 * The server's answer to a submission, checked without zod: a receipt is only
 * trusted (the draft deleted, a confirmation shown) when it has everything the
 * confirmation says. The rules are the `FeedbackReceipt` contract's; a test
 * holds this check to `parseFeedbackReceipt`.
 */
import { isIsoDate, urlScheme, type FeedbackReceipt } from '@cx-kit/core';

// ISO 8601 with a time and a zone, as the contract's `receivedAt`.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isDate = (value: unknown): value is string => typeof value === 'string' && isIsoDate(value);
/** A link safe to follow: relative, or http(s) with a host (never `javascript:`). */
const isLink = (value: unknown): value is string => {
  if (typeof value !== 'string' || value === '' || /[\s\u0000-\u001f\u007f]/.test(value)) return false;
  const scheme = urlScheme(value);
  if (scheme === null) return true;
  return (scheme === 'http' || scheme === 'https') && URL.canParse(value);
};

/** The receipt in `json`, or undefined when it is not one. Unknown keys are dropped. */
export function receiptOf(json: unknown): FeedbackReceipt | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const { reference, receivedAt, acknowledgeBy, respondBy, trackUrl } = json as Record<string, unknown>;
  if (!isText(reference) || typeof receivedAt !== 'string' || !INSTANT.test(receivedAt) || !isIsoDate(receivedAt.slice(0, 10))) return undefined;
  if (!isDate(acknowledgeBy) || !isDate(respondBy) || respondBy < acknowledgeBy) return undefined;
  if (trackUrl !== undefined && !isLink(trackUrl)) return undefined;
  return { reference, receivedAt, acknowledgeBy, respondBy, ...(trackUrl === undefined ? {} : { trackUrl }) };
}
