/**
 * What every view template needs from the element, and the small helpers
 * they share (dates as text and as `<time>`, a milestone's title).
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDate, localized, type DateForm } from '@cx-kit/core/element';
import type { Charter, DateInputPart, DateInputValue, ISODate, Timescale } from '@cx-kit/core';
import type { DateQuestion } from './text.js';

export interface ViewContext {
  charter: Charter;
  locale: string;
  /** What the date boxes hold (what the resident typed, or the date shown). */
  fields: DateInputValue;
  /** The date input's error: GOV.UK's message and the boxes at fault. */
  dateError?: { message: string; fields: DateInputPart[] };
  root: ShadowRoot | null;
  onSubmit(event: SubmitEvent, question: DateQuestion): void;
}

/** "Thursday 21 January 2027" in the resident's language; `form` 'by' where it follows "by" (Polish "do" takes the genitive). */
export const dateText = (iso: ISODate, ctx: ViewContext, form: DateForm = 'plain') => formatDate(iso, ctx.locale, { form });

export function timeOf(iso: ISODate, ctx: ViewContext, part?: string, form: DateForm = 'plain'): TemplateResult {
  return html`<time datetime=${iso} part=${ifDefined(part)}>${dateText(iso, ctx, form)}</time>`;
}

/** The title of the timescale this one counts from (stage 1 from the acknowledgement), if any, marked with its language. */
export function milestoneTitle(timescale: Timescale, ctx: ViewContext): TemplateResult | string | undefined {
  const from = timescale.rule.kind === 'duration' ? undefined : timescale.rule.from;
  const milestone = from ? ctx.charter.timescales.find((t) => t.id === from) : undefined;
  return milestone ? localized(milestone.title, ctx.locale) : undefined;
}
