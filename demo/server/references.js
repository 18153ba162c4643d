// References in the charter's own format (`CEC-123456`), so the tracker's
// check of the format before it asks the server passes for every reference
// this server gives out, Open311 request ids included.
import { randomInt } from 'node:crypto';

/**
 * A function making fresh references shaped like the format's example: each
 * digit of the example becomes a random digit (`CEC-123456` → `CEC-804211`).
 * Random, not counted up, so one reference tells nobody the next.
 * Throws when the example's shape does not match the format's pattern.
 * @param {{ pattern: string, example: string }} format
 * @param {(reference: string) => boolean} taken
 * @param {(max: number) => number} [random] an integer in [0, max)
 */
export function referenceMaker(format, taken, random = (max) => randomInt(max)) {
  const pattern = new RegExp(format.pattern);
  const digits = (format.example.match(/\d/g) ?? []).length;
  if (!pattern.test(format.example) || digits < 4) {
    throw new Error(`Cannot make references from the example "${format.example}": it must match ${format.pattern} and have at least 4 digits`);
  }
  return () => {
    for (let attempt = 0; attempt < 1000; attempt++) {
      const reference = format.example.replace(/\d/g, () => String(random(10)));
      if (pattern.test(reference) && !taken(reference)) return reference;
    }
    throw new Error('No free reference left in this format');
  };
}

/** A reference as typed by a resident, tidied: trimmed, spaces dropped, upper case. */
export function tidyReference(value) {
  return String(value ?? '')
    .replace(/\s+/g, '')
    .toUpperCase();
}

/**
 * The reference numbered `n` in a format: the example's digits replaced, in
 * order, by `n` padded with zeros (`CEC-123456`, 100001 → `CEC-100001`).
 * Used for the seeded examples, so they fit any charter's format.
 */
export function numberedReference(format, n) {
  const width = (format.example.match(/\d/g) ?? []).length;
  const digits = String(n).padStart(width, '0');
  if (digits.length > width) throw new RangeError(`${n} has more digits than the example ${format.example}`);
  let i = 0;
  const reference = format.example.replace(/\d/g, () => digits[i++]);
  if (!new RegExp(format.pattern).test(reference)) throw new Error(`${reference} does not match ${format.pattern}`);
  return reference;
}
