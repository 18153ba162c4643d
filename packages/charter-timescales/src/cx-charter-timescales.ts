import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@cx-kit/core/element';
import {
  CxElement,
  emit,
  errorSummary,
  fieldError,
  focusErrorSummary,
  formatDate,
  formatList,
  formStyles,
  type CharterProblem,
} from '@cx-kit/core/element';
import { isISODate, localText, type Charter, type CountedDay, type ISODate, type Timescale } from '@cx-kit/core';
import { EARLIEST_YEAR, LATEST_YEAR, parseDateParts, partsOf, type DatePart, type DateParts } from './date-parts.js';
import { monthsBetween, type MonthGrid } from './month-grid.js';
import { answerFor, findTimescale, promiseTable, type PromiseTable, type TimescaleAnswer } from './timescale-answer.js';
import { dateErrorMessage, dateLegend, howLong, promiseSentence, ruleLength, type DateQuestion } from './text.js';
import { todayFrom } from './today.js';
import { timescalesStyles } from './cx-charter-timescales.styles.js';

/** How the widget shows its answer. */
export type TimescaleLayout = 'sentence' | 'table' | 'calendar';

const LAYOUTS: readonly TimescaleLayout[] = ['sentence', 'table', 'calendar'];

/** The detail of `cx-timescale-change`. */
export interface CxTimescaleChangeDetail {
  /** The timescale id shown, or `null` for the table of every promise. */
  timescale: string | null;
  /** The day the request was received (or identity verified, for a SAR), `YYYY-MM-DD`. */
  received: ISODate;
  /** The due date, `YYYY-MM-DD`; `null` for the table, or for a promise of minutes. */
  dueDate: ISODate | null;
}

/** Everything the template needs, worked out once per change of input. */
interface View {
  layout: TimescaleLayout;
  today: ISODate;
  received: ISODate;
  /** The one timescale asked for. */
  answer?: TimescaleAnswer;
  /** The months of the calendar picture (`null`: the window is too long for a small picture). */
  months?: MonthGrid[] | null;
  /** Every promise, for the table and the list of sentences. */
  table?: PromiseTable;
}

type Computed = { view: View } | { problems: CharterProblem[] };

const DATE_FIELDS: DatePart[] = ['day', 'month', 'year'];
/** How long the live region stays empty before the new answer goes in. */
const ANNOUNCE_DELAY_MS = 150;
const WEEKEND_REASONS = new Set(['Saturday', 'Sunday']);

/**
 * @tag cx-charter-timescales
 * @summary The charter's promises as real dates ("We will respond by Thursday 21 January 2027"), with what counts as a working day.
 *
 * With `timescale`, the widget answers "by when will I hear back?" for one
 * promise: the date, how long that is, a small calendar of the days counted
 * and skipped, which weekends, bank holidays and closures do not count, and
 * a GOV.UK date input so residents can say when they sent it. When today is
 * past the date, it says how late it is and what to do next, from the charter.
 * Without `timescale`, it shows a table of every dated promise (as if
 * received today) and the promises that are not dates, in words.
 *
 * The calendar picture is a visual table hidden from assistive technology
 * (`aria-hidden`), with one sentence that says the same for screen readers;
 * the list under "What counts as a working day?" names every skipped day.
 *
 * @slot - Fallback content for residents, shown when the charter or the attributes are not usable (a phone number and a link, say).
 *
 * @csspart answer - The answer for one timescale: the promise, its date and how long.
 * @csspart due-date - The `<time>` element holding the due date.
 * @csspart overdue - The "This is overdue" warning and what to do next.
 * @csspart calendar - The calendar picture (the one to three months from receipt to the due date).
 * @csspart working-days - The "What counts as a working day?" `details` element.
 * @csspart table - The table of every promise.
 * @csspart date-form - The form with the date input.
 * @csspart error-summary - The GOV.UK error summary above the date input.
 * @csspart problems - The editor's error panel (debug mode only).
 *
 * @cssprop --cx-color-brand - The due date's fill in the calendar.
 * @cssprop --cx-color-brand-text - Text on the due date's fill.
 * @cssprop --cx-color-surface - Counted days in the calendar.
 * @cssprop --cx-color-border - Table rules and the disclosure's edge.
 * @cssprop --cx-color-text - Text, and the mark for the day received.
 * @cssprop --cx-color-text-secondary - Days that do not count, secondary text.
 * @cssprop --cx-color-warning - The overdue warning's border.
 * @cssprop --cx-color-error - Date input errors.
 * @cssprop --cx-color-button - The update button.
 * @cssprop --cx-color-focus - The focus ring.
 * @cssprop --cx-font-family - All text.
 * @cssprop --cx-space-1 - Spacing, smallest; `--cx-space-2` to `--cx-space-5` the larger steps.
 *
 * @fires cx-timescale-change - The answer was worked out, or changed (new attributes, or a date the resident entered). `detail` is `CxTimescaleChangeDetail`: `{ timescale, received, dueDate }`.
 * @fires cx-error - The charter or an attribute is not usable; `detail` is `{ code, message, problems? }` (`code` is `attribute-invalid` for this widget's own attributes).
 */
export class CxCharterTimescales extends CxElement {
  static override styles = [...CxElement.styles, formStyles, timescalesStyles];

  /** The id of a charter timescale (`foi`, `sar`, `complaint-stage-1` …). Without it, the widget shows every promise. */
  @property({ reflect: true }) timescale?: string;

  /** The day the request was received (for a SAR: the day identity was verified), `YYYY-MM-DD`. Default: today in UK time. */
  @property({ reflect: true }) received?: string;

  /** `calendar` (the default with `timescale`): the answer with a calendar picture; `sentence`: the answer in words only; `table` (the default without `timescale`): every promise in a table. */
  @property({ reflect: true }) layout?: TimescaleLayout;

  /** Fixes "today" for demos and tests: a date (`2027-01-25`) or an instant with its offset (`2027-01-25T09:00:00Z`). Default: the clock, in UK time. */
  @property({ reflect: true }) now?: string;

  /** A date the resident entered; wins over `received` until `received` changes. */
  @state() private residentReceived?: ISODate;

  /** The date input's error: GOV.UK's message and the boxes at fault. */
  @state() private dateError?: { message: string; fields: DatePart[] };

  /** What the polite live region says after the resident changes the date. */
  @state() private announcement = '';

  /** What the date boxes hold (what the resident typed, or the date shown). */
  private fields: DateParts = { day: '', month: '', year: '' };

  private view?: View;
  private lastChange = '';
  private announcePending = false;
  private announceTimer?: ReturnType<typeof setTimeout>;

  /** The due date shown (`YYYY-MM-DD`), or `null` (no timescale, a promise of minutes, or not ready yet). */
  get dueDate(): ISODate | null {
    return this.view?.answer?.due ?? null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('received') && this.hasUpdated) {
      this.residentReceived = undefined;
      this.dateError = undefined;
    }
    const inputs = ['charterState', 'timescale', 'received', 'layout', 'now', 'residentReceived'];
    if (this.view && !inputs.some((name) => (changed as Map<PropertyKey, unknown>).has(name))) return;
    const charter = this.resolvedCharter;
    if (!charter) {
      this.view = undefined;
      return;
    }
    const computed = this.compute(charter);
    if ('problems' in computed) {
      this.view = undefined;
      if (JSON.stringify(computed.problems) !== JSON.stringify(this.widgetProblems)) this.fail(computed.problems);
      return;
    }
    if (this.widgetProblems.length) this.widgetProblems = [];
    const shownBefore = this.view?.received;
    this.view = computed.view;
    if (computed.view.received !== shownBefore && !this.dateError) this.fields = partsOf(computed.view.received);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const view = this.view;
    if (!view) return;
    const detail: CxTimescaleChangeDetail = { timescale: view.answer?.timescale.id ?? null, received: view.received, dueDate: view.answer?.due ?? null };
    const key = JSON.stringify(detail);
    if (key !== this.lastChange) {
      this.lastChange = key;
      emit(this, 'cx-timescale-change', detail);
    }
    if (this.announcePending) {
      this.announcePending = false;
      const said = Array.from(this.renderRoot.querySelectorAll('[data-announce]'), (node) => node.textContent ?? '');
      const text = said.join(' ').replace(/\s+/g, ' ').trim();
      // The region was emptied by the submit; filling it a moment later makes screen readers notice, even for the same words.
      clearTimeout(this.announceTimer);
      this.announceTimer = setTimeout(() => (this.announcement = text), ANNOUNCE_DELAY_MS);
    }
  }

  /** Checks the attributes and works out the answer; problems for editors when an attribute is unusable. */
  private compute(charter: Charter): Computed {
    const problems: CharterProblem[] = [];
    const today = todayFrom(this.now);
    if (today === null) {
      problems.push({
        path: 'now',
        message: msg(str`"${this.now}" is not a date or an instant. Write a date as YYYY-MM-DD, or an instant with its time zone, for example 2026-12-18T09:00:00Z.`),
      });
    }
    const id = this.timescale?.trim() || undefined;
    if (id !== undefined && !findTimescale(charter, id)) {
      const known = charter.timescales.map((t) => t.id).join(', ');
      problems.push({ path: 'timescale', message: msg(str`There is no timescale "${id}" in the charter. Use one of: ${known}.`) });
    }
    const given = this.received?.trim() || undefined;
    if (given !== undefined) {
      if (!isISODate(given)) {
        problems.push({ path: 'received', message: msg(str`"${given}" is not a real date. Write it as YYYY-MM-DD, for example 2026-12-18.`) });
      } else if (Number(given.slice(0, 4)) < EARLIEST_YEAR || Number(given.slice(0, 4)) > LATEST_YEAR) {
        problems.push({ path: 'received', message: msg(str`"${given}" is outside the years the working-day calendar covers (${EARLIEST_YEAR} to ${LATEST_YEAR}).`) });
      }
    }
    if (this.layout !== undefined && this.layout !== null && !LAYOUTS.includes(this.layout)) {
      problems.push({ path: 'layout', message: msg(str`"${this.layout}" is not a layout. Use sentence, table or calendar.`) });
    }
    if (problems.length || today === null) return { problems };

    const received = this.residentReceived ?? given ?? today;
    const layout = this.layout ?? (id ? 'calendar' : 'table');
    try {
      const view: View = { layout, today, received };
      if (id) {
        view.answer = answerFor(charter, id, received, today);
        const days = view.answer.days;
        if (layout === 'calendar' && days.length) view.months = monthsBetween(days[0]!.date, days.at(-1)!.date);
      }
      if (!id || layout === 'table') view.table = promiseTable(charter, received, today);
      return { view };
    } catch (error) {
      // A charter whose timescales count from each other in a circle, or a date the calendar cannot reach.
      return { problems: [{ path: id ? `timescales (${id})` : 'timescales', message: (error as Error).message }] };
    }
  }

  protected override renderWidget(_charter: Charter): TemplateResult | typeof nothing {
    const view = this.view;
    if (!view) return this.renderLoading();
    const answer = view.answer;
    const body =
      answer && view.layout !== 'table'
        ? html`${this.renderAnswer(answer, view)}
          ${answer.due && view.layout === 'calendar' && view.months ? this.renderCalendar(answer, view.months) : nothing}
          ${answer.due ? this.renderWorkingDays(answer) : nothing}
          ${answer.due ? this.renderDateForm(answer.timescale.appliesTo === 'sar' ? 'verified' : 'sent') : nothing}`
        : html`${view.layout === 'sentence' ? this.renderSentences(view.table!, view) : this.renderTable(view.table!, view)}
          ${this.renderTableWorkingDays(view.table!, view)} ${this.renderDateForm('sent')}`;
    return html`${body}
      <div class="cx-visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }

  // ---------------------------------------------------------------------------
  // One timescale
  // ---------------------------------------------------------------------------

  private date(iso: ISODate): string {
    return formatDate(iso, this.locale);
  }

  private time(iso: ISODate, part?: string): TemplateResult {
    return html`<time datetime=${iso} part=${ifDefined(part)}>${this.date(iso)}</time>`;
  }

  private renderAnswer(answer: TimescaleAnswer, view: View): TemplateResult {
    const { timescale, due } = answer;
    const title = localText(timescale.title, this.locale);
    if (due === null) {
      return html`<section class="cx-answer" part="answer" aria-labelledby="cx-answer-title">
        <h2 id="cx-answer-title">${title}</h2>
        <p class="cx-answer__lead" data-announce>${localText(timescale.description, this.locale)}</p>
      </section>`;
    }
    const sar = timescale.appliesTo === 'sar';
    const dueTime = html`<strong class="cx-answer__date">${this.time(due, 'due-date')}</strong>`;
    const lead = answer.state === 'overdue' ? msg(html`The date we promised was ${dueTime}`) : promiseSentence(timescale.id, dueTime);
    const length = howLong(timescale.rule, this.milestoneTitle(timescale));
    const from = this.date(view.received);
    return html`<section class="cx-answer" part="answer" aria-labelledby="cx-answer-title">
      <h2 id="cx-answer-title">${title}</h2>
      <p class="cx-answer__lead" data-announce>${lead} <span class="cx-answer__length">(${length})</span></p>
      <p class="cx-secondary">
        ${sar ? msg(str`Counted from ${from}, the day we verified your identity.`) : msg(str`Counted from ${from}, the day we received it.`)}
      </p>
      ${sar ? html`<p>${msg('The month starts once we have verified your identity, not on the day you first asked.')}</p>` : nothing}
      ${answer.state === 'due-today' ? html`<p><strong class="cx-tag">${msg('Due today')}</strong></p>` : nothing}
      ${answer.extendedDue && answer.state !== 'overdue' ? this.renderExtension(answer, answer.extendedDue) : nothing}
      ${answer.state === 'overdue' ? this.renderOverdue(answer) : nothing}
    </section>`;
  }

  private milestoneTitle(timescale: Timescale): string | undefined {
    const from = timescale.rule.kind === 'duration' ? undefined : timescale.rule.from;
    const milestone = from ? findTimescale(this.resolvedCharter!, from) : undefined;
    return milestone ? localText(milestone.title, this.locale) : undefined;
  }

  private renderExtension(answer: TimescaleAnswer, extendedDue: ISODate): TemplateResult {
    const rule = answer.timescale.rule;
    const total = rule.kind === 'calendar-months' ? ruleLength({ kind: 'calendar-months', months: rule.extendedMonths ?? rule.months }) : '';
    const latest = this.time(extendedDue);
    return html`<p>
      ${msg(
        html`If your request is complex, or you have sent us several, the law lets us take up to ${total} in all. If we need longer, we will tell you within the first month, and respond by ${latest} at the latest.`,
      )}
    </p>`;
  }

  private renderOverdue(answer: TimescaleAnswer): TemplateResult {
    const n = answer.overdueBy;
    const headline =
      n === 0
        ? msg('The date we promised has passed.')
        : n === 1
          ? msg('This is overdue by 1 working day.')
          : msg(str`This is overdue by ${n} working days.`);
    const steps = answer.timescale.overdue?.map((text) => localText(text, this.locale)) ?? [];
    return html`<div class="cx-warning cx-overdue" part="overdue">
      <p class="cx-overdue__title" data-announce><strong>${headline}</strong> ${msg('We are sorry.')}</p>
      <p>${msg('What you can do:')}</p>
      ${steps.length
        ? html`<ol class="cx-overdue__steps">
            ${steps.map((step) => html`<li>${step}</li>`)}
          </ol>`
        : html`<p>${msg('Contact us, quoting your reference, and we will tell you what is happening.')}</p>`}
    </div>`;
  }

  /** "weekends, Christmas Day and Boxing Day (substitute day)": each reason once, in order. */
  private reasonsList(days: CountedDay[]): string {
    const weekendDays = days.filter((day) => this.isWeekend(day)).length;
    const reasons: string[] = [];
    for (const day of days) {
      const reason = this.isWeekend(day) ? (weekendDays === 1 ? msg('a weekend day') : msg('weekends')) : day.reason!;
      if (!reasons.includes(reason)) reasons.push(reason);
    }
    return formatList(reasons, this.locale);
  }

  private isWeekend(day: CountedDay): boolean {
    return !day.reason || WEEKEND_REASONS.has(day.reason);
  }

  private reason(day: CountedDay): string {
    return this.isWeekend(day) ? msg('weekend') : day.reason!;
  }

  private renderCalendar(answer: TimescaleAnswer, months: MonthGrid[]): TemplateResult {
    const byDate = new Map(answer.days.map((day) => [day.date, day]));
    const sar = answer.timescale.appliesTo === 'sar';
    const from = this.date(answer.received);
    const to = this.date(answer.due!);
    const marks = sar
      ? msg(str`A calendar marks ${from}, the day we verified your identity, and ${to}, the due date.`)
      : msg(str`A calendar marks ${from}, the day we received it, and ${to}, the due date.`);
    const skipped = answer.notCounted.length
      ? answer.notCounted.length === 1
        ? msg(str`It crosses out 1 day that does not count: ${this.reasonsList(answer.notCounted)}.`)
        : msg(str`It crosses out ${answer.notCounted.length} days that do not count: ${this.reasonsList(answer.notCounted)}.`)
      : '';
    return html`<div class="cx-calendar" part="calendar">
      <p class="cx-visually-hidden">${marks} ${skipped}</p>
      <div class="cx-calendar__picture" aria-hidden="true">
        <div class="cx-calendar__months">${months.map((month) => this.renderMonth(month, byDate))}</div>
        <ul class="cx-legend">
          <li><span class="cx-day cx-day--received">1</span> ${sar ? msg('Identity verified') : msg('Received')}</li>
          <li><span class="cx-day cx-day--counted">2</span> ${msg('Counted')}</li>
          <li><span class="cx-day cx-day--not-counted">3</span> ${msg('Not counted')}</li>
          <li><span class="cx-day cx-day--due">4</span> ${msg('Due date')}</li>
        </ul>
      </div>
    </div>`;
  }

  private renderMonth(month: MonthGrid, byDate: Map<ISODate, CountedDay>): TemplateResult {
    const title = new Intl.DateTimeFormat(this.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month.first}T12:00:00Z`));
    const weekday = new Intl.DateTimeFormat(this.locale, { weekday: 'narrow', timeZone: 'UTC' });
    // 5 January 1970 was a Monday.
    const heads = Array.from({ length: 7 }, (_, i) => weekday.format(new Date(Date.UTC(1970, 0, 5 + i))));
    const dayNumber = new Intl.NumberFormat(this.locale);
    return html`<table class="cx-month">
      <caption>
        ${title}
      </caption>
      <thead>
        <tr>
          ${heads.map((head) => html`<th scope="col">${head}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${month.weeks.map(
          (week) =>
            html`<tr>
              ${week.map((date) => {
                if (date === null) return html`<td></td>`;
                const status = byDate.get(date)?.status;
                const shown = status === 'milestone' ? 'counted' : status;
                return html`<td><span class="cx-day ${shown ? `cx-day--${shown}` : ''}">${dayNumber.format(Number(date.slice(8)))}</span></td>`;
              })}
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderWorkingDays(answer: TimescaleAnswer): TemplateResult {
    const rule = answer.timescale.rule;
    const unitedKingdom = rule.kind === 'working-days' && rule.calendar === 'united-kingdom';
    const explanation =
      rule.kind === 'calendar-months'
        ? msg(
            'This is counted in calendar months, not working days: it ends on the same date a month later, or on the last day of that month if it is shorter. If that is a weekend, a bank holiday or a day the council is closed, it moves to the next working day.',
          )
        : unitedKingdom
          ? msg(
              'Working days are Monday to Friday. For this request, weekends and bank holidays in any part of the UK do not count. Day 1 is the first working day after the day we receive it.',
            )
          : msg(
              'Working days are Monday to Friday. Weekends, bank holidays and days the council is closed do not count. Day 1 is the first working day after the day we receive it.',
            );
    const from = this.date(answer.received);
    const to = this.date(answer.due!);
    return html`<details class="cx-details" part="working-days">
      <summary>${msg('What counts as a working day?')}</summary>
      <div class="cx-details__text">
        <p>${explanation}</p>
        ${answer.notCounted.length
          ? html`<p>${msg(str`Between ${from} and ${to}, these days do not count:`)}</p>
              <ul class="cx-skipped">
                ${answer.notCounted.map((day) => html`<li>${this.time(day.date)}: ${this.reason(day)}</li>`)}
              </ul>`
          : rule.kind === 'calendar-months'
            ? nothing
            : html`<p>${msg(str`Every day from ${from} to ${to}, apart from the day we received it, is a working day.`)}</p>`}
      </div>
    </details>`;
  }

  // ---------------------------------------------------------------------------
  // Every promise
  // ---------------------------------------------------------------------------

  private tableCaption(view: View): string {
    const day = this.date(view.received);
    return view.received === view.today
      ? msg(str`Our promises if we receive your request today, ${day}`)
      : msg(str`Our promises for a request we received on ${day}`);
  }

  private renderTable(table: PromiseTable, view: View): TemplateResult {
    // On a narrow screen or with large text the table scrolls inside its own region (WCAG 1.4.10 allows
    // it for data tables), which keyboard users can scroll too: the page itself never scrolls sideways.
    return html`<div class="cx-table-scroll" role="region" tabindex="0" aria-labelledby="cx-table-caption">
      <table class="cx-table" part="table">
        <caption id="cx-table-caption">
          ${this.tableCaption(view)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('What')}</th>
            <th scope="col">${msg('How long')}</th>
            <th scope="col">${msg('By when')}</th>
          </tr>
        </thead>
        <tbody>
          ${table.dated.map(
            ({ timescale, due, overdue }) =>
              html`<tr class=${timescale.id === view.answer?.timescale.id ? 'cx-table__row--chosen' : ''}>
                <th scope="row">${localText(timescale.title, this.locale)}</th>
                <td>
                  ${howLong(timescale.rule, this.milestoneTitle(timescale))}
                  ${timescale.appliesTo === 'sar' ? html`<span class="cx-secondary cx-small cx-block">${msg('from the day we verify your identity')}</span>` : nothing}
                </td>
                <td>${this.time(due)} ${overdue ? html`<strong class="cx-tag cx-tag--overdue">${msg('Overdue')}</strong>` : nothing}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      </div>
      <span class="cx-visually-hidden" data-announce>${this.tableCaption(view)}.</span>
      ${this.renderUndated(table)}`;
  }

  private renderSentences(table: PromiseTable, view: View): TemplateResult {
    return html`<section class="cx-sentences" part="answer" aria-labelledby="cx-sentences-title">
      <h2 id="cx-sentences-title" data-announce>${this.tableCaption(view)}</h2>
      <ul class="cx-sentences__list">
        ${table.dated.map(
          ({ timescale, due }) =>
            html`<li>
              <strong>${localText(timescale.title, this.locale)}:</strong>
              ${promiseSentence(timescale.id, this.time(due))} (${howLong(timescale.rule, this.milestoneTitle(timescale))}).
            </li>`,
        )}
      </ul>
      ${this.renderUndated(table)}
    </section>`;
  }

  private renderUndated(table: PromiseTable): TemplateResult | typeof nothing {
    if (!table.undated.length) return nothing;
    return html`<div class="cx-undated">
      ${table.undated.map((timescale) => html`<p>${localText(timescale.description, this.locale)}</p>`)}
    </div>`;
  }

  private renderTableWorkingDays(table: PromiseTable, view: View): TemplateResult {
    const from = this.date(view.received);
    const to = this.date(table.until);
    const note = (day: PromiseTable['holidays'][number]) =>
      !table.usesUnitedKingdom
        ? nothing
        : !day.council
          ? html` <span class="cx-secondary">${msg('(a bank holiday in another part of the UK: only Freedom of Information requests skip it)')}</span>`
          : !day.unitedKingdom
            ? html` <span class="cx-secondary">${msg('(Freedom of Information requests still count this day)')}</span>`
            : nothing;
    return html`<details class="cx-details" part="working-days">
      <summary>${msg('What counts as a working day?')}</summary>
      <div class="cx-details__text">
        <p>
          ${msg(
            'Working days are Monday to Friday. Weekends, bank holidays and days the council is closed do not count. Day 1 is the first working day after the day we receive your request.',
          )}
        </p>
        ${table.usesUnitedKingdom
          ? html`<p>${msg('For Freedom of Information requests, a bank holiday in any part of the UK does not count.')}</p>`
          : nothing}
        ${table.holidays.length
          ? html`<p>${msg(str`Between ${from} and ${to}, these bank holidays and closures do not count, as well as weekends:`)}</p>
              <ul class="cx-skipped">
                ${table.holidays.map((day) => html`<li>${this.time(day.date)}: ${day.title}${note(day)}</li>`)}
              </ul>`
          : html`<p>${msg(str`Between ${from} and ${to}, only weekends do not count.`)}</p>`}
      </div>
    </details>`;
  }

  // ---------------------------------------------------------------------------
  // The date input (GOV.UK pattern)
  // ---------------------------------------------------------------------------

  private renderDateForm(question: DateQuestion): TemplateResult {
    const error = this.dateError;
    const inError = (part: DatePart) => Boolean(error?.fields.includes(part));
    const labels: Record<DatePart, string> = { day: msg('Day'), month: msg('Month'), year: msg('Year') };
    const example = partsOf(this.view?.received ?? '2026-12-18');
    const describedBy = error ? 'cx-received-hint cx-received-error' : 'cx-received-hint';
    return html`<form class="cx-date-form" part="date-form" novalidate @submit=${(event: SubmitEvent) => this.onSubmit(event, question)}>
      ${errorSummary(error ? [{ field: `cx-received-${error.fields[0] ?? 'day'}`, message: error.message }] : [], this.shadowRoot)}
      <div class="cx-form-group ${error ? 'cx-form-group--error' : ''}">
        <fieldset role="group" aria-describedby=${describedBy}>
          <legend>${dateLegend(question)}</legend>
          <p id="cx-received-hint" class="cx-hint">${msg(str`For example, ${example.day} ${example.month} ${example.year}`)}</p>
          ${fieldError('cx-received', error?.message)}
          <div class="cx-date-input">
            ${DATE_FIELDS.map(
              (part) =>
                html`<div class="cx-date-input__item">
                  <label class="cx-label cx-date-input__label" for="cx-received-${part}">${labels[part]}</label>
                  <input
                    class="cx-input cx-date-input__input cx-date-input__input--${part} ${inError(part) ? 'cx-input--error' : ''}"
                    id="cx-received-${part}"
                    name=${part}
                    type="text"
                    inputmode="numeric"
                    spellcheck="false"
                    aria-invalid=${inError(part) ? 'true' : 'false'}
                    .value=${this.fields[part]}
                  />
                </div>`,
            )}
          </div>
        </fieldset>
      </div>
      <button class="cx-button" type="submit">${msg('Update the date')}</button>
    </form>`;
  }

  private async onSubmit(event: SubmitEvent, question: DateQuestion): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const read = (name: DatePart) => (form.elements.namedItem(name) as HTMLInputElement).value;
    this.fields = { day: read('day'), month: read('month'), year: read('year') };
    const result = parseDateParts(this.fields);
    if (!result.ok) {
      clearTimeout(this.announceTimer);
      this.dateError = { message: dateErrorMessage(result, question), fields: result.fields };
      this.announcement = '';
      await this.updateComplete;
      focusErrorSummary(this.shadowRoot);
      return;
    }
    this.dateError = undefined;
    this.fields = partsOf(result.date);
    this.residentReceived = result.date;
    // Empty the live region first, so even the same answer again is announced again.
    this.announcement = '';
    this.announcePending = true;
    this.requestUpdate();
  }
}
