/**
 * Checks what a resident typed before anything is sent: the reference
 * against the charter's format, and the detail that proves the request is
 * theirs (the email address or postcode they gave). Pure functions: the
 * element turns the reasons into GOV.UK error messages.
 */

/** The parts of the charter's `organisation.referenceFormat` the check reads. */
export interface ReferenceRule {
  pattern: string;
}

export type ReferenceCheck = { ok: true; reference: string } | { ok: false; reason: 'empty' | 'format' };

const MAX_REFERENCE = 64;

function compile(pattern: string): RegExp | undefined {
  for (const flags of ['u', '']) {
    try {
      return new RegExp(pattern, flags);
    } catch {
      // try without Unicode mode, then give up
    }
  }
  return undefined;
}

/**
 * Tidies a reference as people type it (spaces around it, lower case where
 * the format wants capitals, a space where it wants a hyphen) and checks it
 * against the charter's pattern. A pattern that does not compile accepts
 * any reference up to 64 characters: the server is the judge then.
 */
export function checkReference(input: string, rule: ReferenceRule | undefined): ReferenceCheck {
  const typed = input.trim().replace(/\s+/g, ' ');
  if (!typed) return { ok: false, reason: 'empty' };
  const pattern = rule ? compile(rule.pattern) : undefined;
  if (!pattern) return typed.length <= MAX_REFERENCE ? { ok: true, reference: typed } : { ok: false, reason: 'format' };
  const candidates = [typed, typed.toUpperCase(), typed.replace(/ /g, '-'), typed.toUpperCase().replace(/ /g, '-'), typed.replace(/ /g, '')];
  const match = candidates.find((c) => pattern.test(c));
  return match ? { ok: true, reference: match } : { ok: false, reason: 'format' };
}

export type VerifierCheck = { ok: true; kind: 'email' | 'postcode'; value: string } | { ok: false; reason: 'empty' | 'format' };

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/;
const POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})$/;

/**
 * Checks the email address or UK postcode the resident gave with their
 * request. Postcodes are tidied to capitals with one space (`cw11hz` →
 * `CW1 1HZ`), emails only trimmed.
 */
export function checkVerifier(input: string): VerifierCheck {
  const typed = input.trim();
  if (!typed) return { ok: false, reason: 'empty' };
  if (typed.includes('@')) return EMAIL.test(typed) ? { ok: true, kind: 'email', value: typed } : { ok: false, reason: 'format' };
  const postcode = POSTCODE.exec(typed.toUpperCase().replace(/\s+/g, ''));
  if (postcode) return { ok: true, kind: 'postcode', value: `${postcode[1]} ${postcode[2]}` };
  return { ok: false, reason: 'format' };
}
