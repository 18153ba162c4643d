// Secrets and verifiers compared in constant time: digests first, so the
// time taken says nothing about how much matched, nor about the lengths.
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text) => createHash('sha256').update(String(text ?? '')).digest();

/** True when the two strings are the same, in the same time whatever they hold. */
export function sameText(a, b) {
  return timingSafeEqual(digest(a), digest(b));
}
