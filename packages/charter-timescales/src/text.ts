/**
 * The widget's words: how long a promise is, the promise as a sentence, and
 * GOV.UK's date-input error messages. Every string goes through `msg()` so
 * it can be translated; counts go through `plural()`, a message per CLDR
 * category (Welsh has six, Polish four).
 */
import { html, type TemplateResult } from 'lit';
import { msg, plural, str } from '@cx-kit/core/element';
import type { DateInputResult, TimescaleRule } from '@cx-kit/core';

/** "20 working days", "1 month", "2 minutes". */
export function ruleLength(rule: TimescaleRule): string {
  switch (rule.kind) {
    case 'working-days': {
      const n = rule.days;
      return plural(n, {
        zero: () => msg(str`${n} working days`, { id: 'working-days-zero' }),
        one: () => msg(str`${n} working day`, { id: 'working-days-one' }),
        two: () => msg(str`${n} working days`, { id: 'working-days-two' }),
        few: () => msg(str`${n} working days`, { id: 'working-days-few' }),
        many: () => msg(str`${n} working days`, { id: 'working-days-many' }),
        other: () => msg(str`${n} working days`, { id: 'working-days-other' }),
      });
    }
    case 'calendar-months': {
      const n = rule.months;
      return plural(n, {
        zero: () => msg(str`${n} months`, { id: 'months-zero' }),
        one: () => msg(str`${n} month`, { id: 'months-one' }),
        two: () => msg(str`${n} months`, { id: 'months-two' }),
        few: () => msg(str`${n} months`, { id: 'months-few' }),
        many: () => msg(str`${n} months`, { id: 'months-many' }),
        other: () => msg(str`${n} months`, { id: 'months-other' }),
      });
    }
    case 'duration': {
      const n = rule.minutes;
      return plural(n, {
        zero: () => msg(str`${n} minutes`, { id: 'minutes-zero' }),
        one: () => msg(str`${n} minute`, { id: 'minutes-one' }),
        two: () => msg(str`${n} minutes`, { id: 'minutes-two' }),
        few: () => msg(str`${n} minutes`, { id: 'minutes-few' }),
        many: () => msg(str`${n} minutes`, { id: 'minutes-many' }),
        other: () => msg(str`${n} minutes`, { id: 'minutes-other' }),
      });
    }
  }
}

/**
 * "20 working days", or "10 working days, counted from the date for “Acknowledge your complaint”"
 * for a rule that counts from a milestone (its title marked with its language).
 */
export function howLong(rule: TimescaleRule, milestoneTitle?: TemplateResult | string): TemplateResult | string {
  const length = ruleLength(rule);
  return milestoneTitle ? msg(html`${length}, counted from the date for “${milestoneTitle}”`) : length;
}

/**
 * The promise with its date: "We will respond by Thursday 21 January 2027".
 * The charter's own promises get their own verbs; any other timescale
 * "will respond".
 */
export function promiseSentence(id: string, date: TemplateResult): TemplateResult {
  if (id.endsWith('acknowledgement')) return msg(html`We will acknowledge it by ${date}`);
  if (id.startsWith('complaint-stage-')) return msg(html`We will send you a full response by ${date}`);
  if (id === 'letter-more-information') return msg(html`If we need more information from you, we will contact you by ${date}`);
  return msg(html`We will respond by ${date}`);
}

/** A calendar month's rule in words (a SAR's), for the answer and the table. */
export const calendarMonthRule = () =>
  msg(
    'This is counted in calendar months, not working days: it ends on the same date a month later, or on the last day of that month if it is shorter. If that is a weekend, a bank holiday or a day the council is closed, it moves to the next working day.',
  );

/**
 * Which question the date input asks: when the council received it (the day
 * the count starts from, not the day it was sent), or (a SAR) when identity
 * was confirmed.
 */
export type DateQuestion = 'received' | 'verified';

export function dateLegend(question: DateQuestion): string {
  return question === 'verified' ? msg('When did we confirm your identity?') : msg('When did we receive it?');
}

/** GOV.UK's message for each date-input problem, naming the question in the resident's words. */
export function dateErrorMessage(result: Exclude<DateInputResult, { ok: true }>, question: DateQuestion): string {
  const verified = question === 'verified';
  switch (result.problem) {
    case 'empty':
      return verified ? msg('Enter the date we confirmed your identity') : msg('Enter the date we received it');
    case 'missing':
      return missingMessage(result.fields.join(' '), verified);
    case 'year-digits':
      return msg('Year must include 4 numbers');
    case 'not-real':
      return verified ? msg('Date we confirmed your identity must be a real date') : msg('Date we received it must be a real date');
    case 'out-of-range': {
      const { min, max } = result;
      return verified
        ? msg(str`Date we confirmed your identity must be between ${min} and ${max}`)
        : msg(str`Date we received it must be between ${min} and ${max}`);
    }
  }
}

function missingMessage(fields: string, verified: boolean): string {
  // Whole sentences, not glued fragments, so translators can reorder them.
  switch (fields) {
    case 'day':
      return verified ? msg('Date we confirmed your identity must include a day') : msg('Date we received it must include a day');
    case 'month':
      return verified ? msg('Date we confirmed your identity must include a month') : msg('Date we received it must include a month');
    case 'year':
      return verified ? msg('Date we confirmed your identity must include a year') : msg('Date we received it must include a year');
    case 'day month':
      return verified ? msg('Date we confirmed your identity must include a day and month') : msg('Date we received it must include a day and month');
    case 'day year':
      return verified ? msg('Date we confirmed your identity must include a day and year') : msg('Date we received it must include a day and year');
    default:
      return verified ? msg('Date we confirmed your identity must include a month and year') : msg('Date we received it must include a month and year');
  }
}
