import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { addStyles, CxElement, downloadFailure, emit } from '@cx-kit/core/element';
import type { Charter, DateInputPart, DateInputValue, ISODate } from '@cx-kit/core';
import type { TimescaleLayout, View } from './compute.js';
import type { DateQuestion } from './text.js';
import type { ViewContext } from './view-context.js';

export type { TimescaleLayout } from './compute.js';

/** The detail of `cx-timescale-change`. */
export interface CxTimescaleChangeDetail {
  /** The timescale id shown, or `null` for the table of every promise. */
  timescale: string | null;
  /** The day the request was received (or identity verified, for a SAR), `YYYY-MM-DD`. */
  received: ISODate;
  /** The due date, `YYYY-MM-DD`; `null` for the table, or for a promise of minutes. */
  dueDate: ISODate | null;
}

/** One layout's templates and styles with the counting behind them (both modules export the same names). */
type Views = typeof import('./table-views.js');

/** What shows: one timescale's answer, or the table of every promise. */
type LayoutName = 'answer' | 'table';

/** The answer shows with `timescale`, unless `layout="table"` (as computeView decides). */
const layoutName = (timescale: string | undefined, layout: string | undefined): LayoutName =>
  timescale?.trim() && layout !== 'table' ? 'answer' : 'table';

/**
 * Each layout's views: loaded on demand (once a page: the browser keeps a
 * module), the one the attributes ask for while the charter loads. Exported
 * for tests only (not from index.ts), to watch and fail the downloads.
 */
export const loadViews: Record<LayoutName, () => Promise<Views>> = {
  answer: () => import('./answer-views.js'),
  table: () => import('./table-views.js'),
};

/** How long the status under the button stays empty before the new answer goes in, so it is read even when the words repeat. */
const ANNOUNCE_DELAY_MS = 150;

/**
 * @tag cx-charter-timescales
 * @summary The charter's promises as real dates ("We will respond by Thursday 21 January 2027"), with what counts as a working day.
 *
 * With `timescale`, the widget answers "by when will I hear back?" for one
 * promise: the date, how long that is, a small calendar of the days counted
 * and skipped, which weekends, bank holidays and closures do not count, and
 * a GOV.UK date input so residents can say when the council received it. When today is
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
 * @csspart table - The table of every promise (stacked rows on a narrow screen or with large text).
 * @csspart notes - Notes several promises share: what happens if the council cannot meet them, social care.
 * @csspart date-form - The form with the date input, and the new answer under its button.
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
  @state() private dateError?: { message: string; fields: DateInputPart[] };

  /** Whether the status under the button shows the answer to the resident's last date. */
  @state() private showResult = false;

  /** The layouts' views that have arrived; any of them computes the view (the counting is shared). */
  @state() private views: Partial<Record<LayoutName, Views>> = {};

  /** The layouts on their way. */
  private readonly loading = new Map<LayoutName, Promise<void>>();

  /** What the widget last showed, kept while another layout's views load (the page changed `timescale` or `layout`). */
  private shown?: TemplateResult;

  /** What the date boxes hold (what the resident typed, or the date shown). */
  private fields: DateInputValue = { day: '', month: '', year: '' };

  private view?: View;
  private lastChange = '';
  private resultTimer?: ReturnType<typeof setTimeout>;

  /** Promises only: the default charter comes without its services. */
  protected override get listsServices(): boolean {
    return false;
  }

  /** The due date shown (`YYYY-MM-DD`), or `null` (no timescale, a promise of minutes, or not ready yet). */
  get dueDate(): ISODate | null {
    return this.view?.answer?.due ?? null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // In step with the charter: the views the attributes ask for download while it does.
    this.wantViews(layoutName(this.timescale, this.layout));
  }

  /** A layout's views, or undefined while they load (the widget updates when they arrive). */
  private wantViews(name: LayoutName): Views | undefined {
    const views = this.views[name];
    if (views || this.loading.has(name)) return views;
    const loading = loadViews[name]().then(
      (module) => {
        // The views' styles go in before the views first render.
        addStyles(this.renderRoot, module.styles);
        this.views = { ...this.views, [name]: module };
      },
      (error: unknown) => this.viewsFailed(error),
    );
    this.loading.set(name, loading);
    void loading.finally(() => this.loading.delete(name));
    return undefined;
  }

  /** The views could not be downloaded: residents get the fallback (the charter's phone and email, or the editor's). */
  private viewsFailed(error: unknown): void {
    if (!this.isConnected || this.widgetProblems.length) return;
    const { code, message } = downloadFailure(error, 'Part of the widget');
    const problems = [{ path: '(script)', message }];
    this.widgetProblems = problems;
    this.reportError({ code, message, problems });
  }

  /** Also waits for views on their way, so `updateComplete` means "it is on screen". */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.loading.size) {
      await Promise.allSettled([...this.loading.values()]);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.resultTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('received') && this.hasUpdated) {
      this.residentReceived = undefined;
      this.dateError = undefined;
      this.showResult = false;
    }
    const inputs = ['charterState', 'timescale', 'received', 'layout', 'now', 'residentReceived', 'views'];
    if (this.view && !inputs.some((name) => (changed as Map<PropertyKey, unknown>).has(name))) return;
    const charter = this.resolvedCharter;
    const views = this.views.answer ?? this.views.table;
    if (!charter || !views) {
      this.view = undefined;
      return;
    }
    const { now, timescale, received, layout, residentReceived } = this;
    const computed = views.computeView(charter, { now, timescale, received, layout, residentReceived });
    if ('problems' in computed) {
      this.view = undefined;
      if (JSON.stringify(computed.problems) !== JSON.stringify(this.widgetProblems)) this.fail(computed.problems);
      return;
    }
    if (this.widgetProblems.length) this.widgetProblems = [];
    const shownBefore = this.view?.received;
    this.view = computed.view;
    if (computed.view.received !== shownBefore && !this.dateError) this.fields = views.dateInputValue(computed.view.received);
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
  }

  private context(charter: Charter): ViewContext {
    return {
      charter,
      locale: this.locale,
      fields: this.fields,
      dateError: this.dateError,
      root: this.shadowRoot,
      onSubmit: (event, question) => void this.onSubmit(event, question),
    };
  }

  protected override renderWidget(charter: Charter): TemplateResult | typeof nothing {
    const view = this.view;
    if (!view) return this.renderLoading();
    const views = this.wantViews(view.answer && view.layout !== 'table' ? 'answer' : 'table');
    // Until another layout's views arrive, what showed stays: no flash of "Loading…".
    if (!views) return this.shown ?? this.renderLoading();
    const ctx = this.context(charter);
    return (this.shown = views.renderView(view, this.showResult ? views.updatedAnswer(view, ctx) : '', ctx));
  }

  private async onSubmit(event: SubmitEvent, question: DateQuestion): Promise<void> {
    event.preventDefault();
    const views = (this.views.answer ?? this.views.table)!;
    const form = event.currentTarget as HTMLFormElement;
    const read = (name: DateInputPart) => (form.elements.namedItem(name) as HTMLInputElement).value;
    this.fields = { day: read('day'), month: read('month'), year: read('year') };
    const result = views.parseReceived(this.fields);
    clearTimeout(this.resultTimer);
    // Empty the status first, so even the same answer again is read again.
    this.showResult = false;
    if (!result.ok) {
      this.dateError = { message: views.dateErrorMessage(result, question), fields: result.fields };
      await this.updateComplete;
      views.focusErrorSummary(this.shadowRoot);
      return;
    }
    this.dateError = undefined;
    this.fields = views.dateInputValue(result.date);
    this.residentReceived = result.date;
    this.requestUpdate();
    this.resultTimer = setTimeout(() => (this.showResult = true), ANNOUNCE_DELAY_MS);
  }
}
