/**
 * The zod/mini schemas of the shared string formats, with error messages an
 * editor understands. Kept apart from the predicates so that a widget that only
 * checks a URL never downloads the validator.
 */
import * as z from 'zod/mini';
import { ISO_DATE, KEBAB_ID, isDialledNumber, isEmailAddress, isIsoDate, isLanguageTag, isWebUrl, quote, urlScheme } from './field-formats.js';

function urlMessage(value: unknown, allowRelative: boolean): string {
  const url = String(value);
  const scheme = urlScheme(url);
  const how = allowRelative
    ? 'use an address starting https:// (or a relative path such as /bins)'
    : 'use a full address starting https://';
  if (scheme !== null && scheme !== 'http' && scheme !== 'https') {
    return `${quote(url)} is not allowed: "${scheme}:" links are never followed; ${how}`;
  }
  if (/\s/.test(url)) return `${quote(url)} contains spaces or line breaks: remove them (write a space as %20)`;
  return `${quote(url)} is not a web address: ${how}`;
}

/** A non-empty string (after trimming), with a clear message when empty. */
export const nonEmptyText = z.string().check(
  z.refine((value) => value.trim().length > 0, { error: 'must not be empty' }),
);

/** A kebab-case id: lower-case letters, digits and single hyphens, e.g. `missed-bin`. */
export const kebabIdSchema = z.string().check(
  // A regex check (not a refinement) so the published JSON Schema carries the pattern.
  z.regex(KEBAB_ID, {
    error: (issue) =>
      `${quote(issue.input)} is not a valid id: use lower-case letters, digits and hyphens, such as "missed-bin"`,
  }),
);

/** A calendar date `YYYY-MM-DD` that exists. */
export const isoDateSchema = z.string().check(
  z.regex(ISO_DATE, {
    error: (issue) => `${quote(issue.input)} is not a date: write it as YYYY-MM-DD, such as "2026-12-24"`,
  }),
  // Only for the right shape, so "2026-2-3" gets one message, not two.
  z.refine((value) => !ISO_DATE.test(value) || isIsoDate(value), {
    error: (issue) => `${quote(issue.input)} is not a real date: check the month and the day`,
  }),
);

/** A URL safe to link to: http(s) or relative. */
export const webUrlSchema = z.string().check(
  z.refine((value) => isWebUrl(value, true), { error: (issue) => urlMessage(issue.input, true) }),
);

/** An absolute http(s) URL (for addresses used outside the page, such as the organisation's website). */
export const absoluteWebUrlSchema = z.string().check(
  z.refine((value) => isWebUrl(value, false), { error: (issue) => urlMessage(issue.input, false) }),
);

/** A phone number as dialled, such as `0300 123 5500`. */
export const dialledNumberSchema = z.string().check(
  z.refine(isDialledNumber, {
    error: (issue) =>
      `${quote(issue.input)} is not a phone number: write the digits as dialled, with spaces if you like, such as "01632 960000"`,
  }),
);

/** An email address. */
export const emailSchema = z.string().check(
  z.refine(isEmailAddress, {
    error: (issue) => `${quote(issue.input)} is not an email address: it should look like name@example.org`,
  }),
);

/** An ISO 8601 instant with a time zone: `2026-03-02T10:15:00Z` or `…+01:00`. */
export const isoInstantSchema = z.iso.datetime({
  offset: true,
  error: (issue) =>
    `${quote(issue.input)} is not a date and time: use ISO 8601 with a time zone, such as "2026-03-02T10:15:00Z"`,
});

/** A language tag such as `en`, `cy` or `cy-GB`. */
export const languageTagSchema = z.string().check(
  z.refine(isLanguageTag, {
    error: (issue) => `${quote(issue.input)} is not a language tag: use one such as "en", "cy" or "en-GB"`,
  }),
);
export * from './field-formats.js';
