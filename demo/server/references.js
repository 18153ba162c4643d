// References in the charter's own format (`CEC-1234-5678`), so the tracker's
// check of the format before it asks the server passes for every reference
// this server gives out, Open311 request ids included.
import { randomInt } from 'node:crypto';

/** Formats with this many digits or more end in a check digit (still 10 million references and more). */
export const CHECK_DIGIT_FROM = 8;

// Damm's quasigroup: its check digit catches every single wrong digit and
// every swap of two neighbouring digits, the mistakes made reading aloud.
const DAMM = ['0317598642', '7092154863', '4206871359', '1750983426', '6123045978', '3674209581', '5869720134', '8945362017', '9438617205', '2581436790'].map((row) => [...row].map(Number));

/** The Damm check digit of a string of digits. */
export function checkDigit(digits) {
  let interim = 0;
  for (const digit of digits) interim = DAMM[interim][Number(digit)];
  return String(interim);
}

/** True when a reference's digits end in their check digit (formats with CHECK_DIGIT_FROM digits or more), or the format has none. */
export function hasValidCheckDigit(reference) {
  const digits = String(reference).replace(/\D/g, '');
  return digits.length < CHECK_DIGIT_FROM || checkDigit(digits) === '0';
}

/**
 * A function making fresh references shaped like the format's example: each
 * digit of the example becomes a random digit (`CEC-123456` → `CEC-804211`),
 * the last one a check digit when the format has CHECK_DIGIT_FROM digits or
 * more (`CEC-1234-5678`). Random, not counted up, so one reference tells
 * nobody the next. Whether it is free is the database's to say (a unique key).
 * Throws when the example's shape does not match the format's pattern.
 * @param {{ pattern: string, example: string }} format
 * @param {(max: number) => number} [random] an integer in [0, max)
 */
export function referenceMaker(format, random = (max) => randomInt(max)) {
  const pattern = new RegExp(format.pattern);
  const digits = (format.example.match(/\d/g) ?? []).length;
  if (!pattern.test(format.example) || digits < 4) {
    throw new Error(`Cannot make references from the example "${format.example}": it must match ${format.pattern} and have at least 4 digits`);
  }
  return () => {
    const chosen = Array.from({ length: digits }, () => String(random(10)));
    if (digits >= CHECK_DIGIT_FROM) chosen[digits - 1] = checkDigit(chosen.slice(0, -1).join(''));
    let i = 0;
    const reference = format.example.replace(/\d/g, () => chosen[i++]);
    if (!pattern.test(reference)) throw new Error(`${reference} does not match ${format.pattern}`);
    return reference;
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
 * order, by `n` padded with zeros (`CEC-123456`, 100001 → `CEC-100001`),
 * followed by its check digit when the format has one (`CEC-1234-5678`,
 * 100001 → `CEC-0100-0015`). Used for the seeded examples, so they fit any
 * charter's format.
 */
export function numberedReference(format, n) {
  const width = (format.example.match(/\d/g) ?? []).length;
  const checked = width >= CHECK_DIGIT_FROM;
  let digits = String(n).padStart(checked ? width - 1 : width, '0');
  if (digits.length > (checked ? width - 1 : width)) throw new RangeError(`${n} has more digits than the example ${format.example} has room for`);
  if (checked) digits += checkDigit(digits);
  let i = 0;
  const reference = format.example.replace(/\d/g, () => digits[i++]);
  if (!new RegExp(format.pattern).test(reference)) throw new Error(`${reference} does not match ${format.pattern}`);
  return reference;
}
