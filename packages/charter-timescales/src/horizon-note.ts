/**
 * Dates after the last year of GOV.UK's published bank holidays come from
 * the rules: a bank holiday announced later could move them, so say so
 * beside them (the README's "how far ahead dates are certain").
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@cx-kit/core/element';
import { HOLIDAYS_CERTAIN_UNTIL, mayChangeWithNewHolidays, type ISODate } from '@cx-kit/core';
import { dateText, type ViewContext } from './view-context.js';

export function horizonNote(dates: readonly (ISODate | undefined)[], ctx: ViewContext): TemplateResult | typeof nothing {
  if (!dates.some((date) => date !== undefined && mayChangeWithNewHolidays(date))) return nothing;
  const until = dateText(HOLIDAYS_CERTAIN_UNTIL, ctx);
  return html`<p class="cx-secondary" part="horizon-note">${msg(str`Dates after ${until} may change if new bank holidays are announced.`)}</p>`;
}
