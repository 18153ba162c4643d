import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@cx-kit/core/element';
import { localText, todayInLondon, type Charter, type ISODate, type LocalText } from '@cx-kit/core';
import {
  CxElement,
  debugWarn,
  emit,
  errorSummary,
  fieldError,
  focusErrorSummary,
  focusField,
  formStyles,
  formatDate,
  formatTime,
  groupPhone,
  telHref,
  type CharterProblem,
  type FieldError,
} from '@cx-kit/core/element';
import { DEFAULT_TIMEOUT_MS, LookupAborted, type LookupError, type LookupResult } from './http.js';
import { checkReference, checkVerifier } from './lookup-form.js';
import { ERROR_MESSAGES, failureText, waitText } from './messages.js';
import { nextStep, type NextStep, type Promised } from './next-step.js';
import type { Open311Format } from './open311.js';
import { Poller, type PageVisibility, type PollOutcome, type PollTimers } from './poller.js';
import { RememberedReferences, storageKey, type RememberedReference } from './remembered.js';
import { outcomeWords, statusTone, statusWords, type TrackerStatusCode } from './status-words.js';
import type { TrackedRequest, TrackerTeam } from './tracked-request.js';
import { trackerStyles } from './cx-request-tracker.styles.js';
import { londonDate, readWhen } from './when.js';

/** The detail of `cx-status-loaded`. */
export interface StatusLoadedDetail {
  reference: string;
  status: TrackerStatusCode;
}

type View =
  | { kind: 'form' }
  | { kind: 'loading' }
  | { kind: 'found'; request: TrackedRequest }
  | { kind: 'failed'; error: LookupError; reference: string };

/** The shortest polling interval allowed, so a typo cannot hammer the server. */
const MIN_POLL_SECONDS = 15;
const LGSCO_URL = 'https://www.lgo.org.uk/';

const REFERENCE_ID = 'cx-reference';
const VERIFIER_ID = 'cx-verifier';
const REMEMBER_ID = 'cx-remember';

/**
 * The resident types their reference (checked against the charter's
 * `organisation.referenceFormat` before anything is sent) and, for the
 * cx-kit API, the email address or postcode they gave us, which is POSTed in
 * the body and never put in a URL. The tracker shows the service, the status
 * in plain words, a timeline, the next promise as a real date (the server's,
 * or counted from the charter's timescales), who is dealing with it, and an
 * apology with what to do when it is late.
 *
 * Two APIs: `api-kind="open311"` reads Open311 GeoReport v2
 * (`GET {api}/requests/{id}.json`, or `.xml` with `format="xml"`); with
 * `reference` set it looks the request up at once. `api-kind="cx"` (the
 * default) speaks the cx-kit contract: `POST {api}/track` with a
 * `TrackerLookup` body, answered by a `TrackerStatus`.
 *
 * @tag cx-request-tracker
 * @summary Where a resident's request or complaint is, what happens next, and by when.
 *
 * @slot - Fallback content for residents when the widget cannot run (a phone number and a link, say).
 *
 * @csspart form - The lookup form.
 * @csspart request - The request's details, once found.
 * @csspart status - The status tag.
 * @csspart timeline - The ordered list of what has happened.
 * @csspart overdue - The apology and what to do, when a request is late.
 * @csspart failure - The message shown when a lookup fails.
 * @csspart remembered - The references remembered on this device.
 * @csspart error-summary - The GOV.UK error summary above the form.
 * @csspart problems - The editor's error panel (debug mode only).
 *
 * @cssprop --cx-color-brand - Background of "acknowledged" and "being worked on" tags.
 * @cssprop --cx-color-warning - Background of "waiting for your information" and "escalated" tags.
 * @cssprop --cx-color-success - Background of "answered" tags.
 * @cssprop --cx-color-error - Border of the overdue warning.
 * @cssprop --cx-color-surface - Background of "received" and "closed" tags and of the loading skeleton.
 *
 * @fires cx-status-loaded - A request was found (and when polling finds its status changed); `detail` is `{ reference, status }` ({@link StatusLoadedDetail}).
 * @fires cx-error - Something went wrong; `detail` is `{ code, message, problems? }`, `code` one of `not-found`, `network`, `timeout`, `rate-limited`, `server-error`, `bad-response`, `bad-request`, or the base's `charter-invalid`, `charter-unreachable`, `attribute-invalid`.
 */
export class CxRequestTracker extends CxElement {
  static override styles = [...CxElement.styles, formStyles, trackerStyles];

  /** Base URL of the tracking API: `https://council.example/api/open311/v2` or `/api`. */
  @property({ reflect: true }) api?: string;

  /** Which API `api` speaks: `cx` (the cx-kit contract, the default) or `open311` (GeoReport v2). */
  @property({ attribute: 'api-kind', reflect: true }) apiKind: string = 'cx';

  /** A reference to show. With `api-kind="open311"` the request is looked up at once; with `cx` it fills in the form. */
  @property({ reflect: true }) reference?: string;

  /** Open311 only: `json` (the default) or `xml`, for servers that speak only XML. */
  @property({ reflect: true }) format: string = 'json';

  /** Open311 only: sent as `jurisdiction_id` when set. */
  @property({ attribute: 'jurisdiction-id', reflect: true }) jurisdictionId?: string;

  /** Seconds between checks for news while the page is visible (at least 15). Off when absent. */
  @property({ reflect: true }) poll?: string;

  /** Fixes "today" (an ISO date, or date and time) for demos and tests; otherwise today in the UK. */
  @property({ reflect: true }) now?: string;

  /** How long to wait for an answer, in milliseconds. */
  @property({ attribute: false }) timeoutMs = DEFAULT_TIMEOUT_MS;

  /** Timers and page visibility for polling (tests replace them). */
  @property({ attribute: false }) pollTimers?: PollTimers;
  @property({ attribute: false }) pollVisibility?: PageVisibility;

  @state() private view: View = { kind: 'form' };
  @state() private typedReference = '';
  @state() private typedVerifier = '';
  @state() private rememberChoice = false;
  @state() private fieldErrors: FieldError[] = [];
  @state() private remembered: RememberedReference[] = [];
  @state() private announcement = '';
  @state() private retryBlocked = false;
  @state() private pollProblem = false;

  private inFlight?: AbortController;
  private poller?: Poller;
  private retryTimer?: ReturnType<typeof setTimeout>;
  /** The last lookup, to try again or to poll (the verifier lives only here, in memory). */
  private lastLookup?: { reference: string; verifier?: string };
  private store?: RememberedReferences;
  private configKey = '';
  private autoLooked = '';

  private get isCx(): boolean {
    return this.apiKind !== 'open311';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after being moved: pick polling up again where it was.
    if (this.view.kind === 'found' && this.hasUpdated) this.startPolling(this.view.request);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.inFlight?.abort();
    this.inFlight = undefined;
    this.poller?.stop();
    this.poller = undefined;
    clearTimeout(this.retryTimer);
    if (this.view.kind === 'loading') this.view = { kind: 'form' };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('api') || changed.has('apiKind') || changed.has('format') || changed.has('poll') || changed.has('now')) this.checkConfig();
    if (changed.has('api')) {
      this.store = this.api ? new RememberedReferences(storageKey(this.api)) : undefined;
      this.remembered = this.store?.list() ?? [];
    }
    if (changed.has('reference') && this.reference && this.view.kind === 'form') this.typedReference = this.reference;
    const any = changed as PropertyValues;
    if (['charterState', 'reference', 'api', 'apiKind', 'widgetProblems'].some((key) => any.has(key))) this.autoLookUp();
  }

  protected override charterReady(_charter: Charter): void {
    this.checkConfig();
  }

  /** Problems with the attributes, shown to editors in debug mode; residents see the fallback content. */
  private checkConfig(): void {
    const problems: CharterProblem[] = [];
    if (!this.api?.trim()) problems.push({ path: 'api', message: 'Set api to the base URL of the tracking API, such as "/api" or "https://council.example/open311/v2".' });
    if (this.apiKind !== 'cx' && this.apiKind !== 'open311') problems.push({ path: 'api-kind', message: `api-kind must be "cx" or "open311", not "${this.apiKind}".` });
    if (this.format !== 'json' && this.format !== 'xml') problems.push({ path: 'format', message: `format must be "json" or "xml", not "${this.format}".` });
    if (this.poll !== undefined && this.poll !== null && !(Number(this.poll) >= 0)) problems.push({ path: 'poll', message: `poll must be a number of seconds, such as "60", not "${this.poll}".` });
    if (this.now && !londonDate(this.now)) problems.push({ path: 'now', message: `now must be a date such as "2026-03-20", not "${this.now}".` });
    const key = JSON.stringify(problems);
    if (key === this.configKey) return;
    this.configKey = key;
    if (problems.length) this.fail(problems);
    else this.widgetProblems = [];
    if (!problems.length && this.poll && Number(this.poll) > 0 && Number(this.poll) < MIN_POLL_SECONDS && this.showDebug) {
      debugWarn(this.localName, `poll="${this.poll}" is too often: the tracker checks every ${MIN_POLL_SECONDS} seconds at most.`);
    }
  }

  private get pollMs(): number {
    const seconds = Number(this.poll);
    return Number.isFinite(seconds) && seconds > 0 ? Math.max(seconds, MIN_POLL_SECONDS) * 1000 : 0;
  }

  private get today(): ISODate {
    return londonDate(this.now) ?? todayInLondon();
  }

  /** An Open311 tracker with a reference looks it up at once (and again when the reference changes). */
  private autoLookUp(): void {
    if (this.isCx || !this.reference || !this.resolvedCharter || this.widgetProblems.length) return;
    const key = `${this.api}|${this.reference}`;
    if (key === this.autoLooked) return;
    this.autoLooked = key;
    const checked = checkReference(this.reference, this.resolvedCharter.organisation.referenceFormat);
    void this.lookUp(checked.ok ? checked.reference : this.reference.trim(), undefined, { focus: false });
  }

  // ---------------------------------------------------------------------------
  // Looking up
  // ---------------------------------------------------------------------------

  // The API clients (and the response validator they use) load with the first
  // lookup, not with the page: the form is usable before they arrive.
  private async send(reference: string, verifier: string | undefined, signal: AbortSignal): Promise<LookupResult<TrackedRequest>> {
    const options = { signal, timeoutMs: this.timeoutMs };
    if (this.isCx) {
      const { lookUpCx } = await import('./cx-api.js');
      return lookUpCx(this.api!, { reference, verifier: verifier ?? '' }, options);
    }
    const { lookUpOpen311 } = await import('./open311.js');
    return lookUpOpen311(this.api!, reference, { ...options, format: this.format as Open311Format, jurisdictionId: this.jurisdictionId || undefined });
  }

  /** A lookup the resident asked for: shows loading, then the request or what went wrong. */
  private async lookUp(reference: string, verifier: string | undefined, options: { focus: boolean }): Promise<void> {
    this.inFlight?.abort();
    const controller = new AbortController();
    this.inFlight = controller;
    this.poller?.stop();
    clearTimeout(this.retryTimer);
    this.retryBlocked = false;
    this.pollProblem = false;
    this.lastLookup = { reference, verifier };
    this.view = { kind: 'loading' };
    this.announcement = msg(str`Looking up ${reference}…`);
    let result: LookupResult<TrackedRequest>;
    try {
      result = await this.send(reference, verifier, controller.signal);
    } catch (error) {
      if (error instanceof LookupAborted) return;
      result = { ok: false, error: { code: 'network', detail: 'The lookup failed unexpectedly.' } };
    }
    if (this.inFlight !== controller) return;
    this.inFlight = undefined;
    this.announcement = '';
    if (result.ok) this.found(result.value);
    else this.failed(result.error, reference);
    if (options.focus) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#cx-result-title')?.focus();
    }
  }

  private found(request: TrackedRequest): void {
    this.view = { kind: 'found', request };
    if (this.store && (this.rememberChoice || this.store.has(request.reference))) {
      this.remembered = this.store.remember({ reference: request.reference, service: request.service?.name });
    }
    emit<StatusLoadedDetail>(this, 'cx-status-loaded', { reference: request.reference, status: request.status });
    this.startPolling(request);
  }

  private failed(error: LookupError, reference: string): void {
    this.view = { kind: 'failed', error, reference };
    this.reportError({ code: error.code, message: `${ERROR_MESSAGES[error.code]} ${error.detail}` });
    if (error.retryAfterMs) this.blockRetry(error.retryAfterMs);
  }

  /** Honours Retry-After: "Try again" comes back, with an announcement, once the wait is over. */
  private blockRetry(ms: number): void {
    this.retryBlocked = true;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryBlocked = false;
      this.announcement = msg('You can try again now.');
    }, ms);
  }

  private startPolling(request: TrackedRequest): void {
    this.poller?.stop();
    this.poller = undefined;
    if (!this.pollMs || request.status === 'closed' || !this.lastLookup || !this.isConnected) return;
    this.poller = new Poller({ intervalMs: this.pollMs, check: () => this.pollOnce(), timers: this.pollTimers, visibility: this.pollVisibility });
    this.poller.start();
  }

  /** One quiet check for news: the page stays as it is unless the status changed. */
  private async pollOnce(): Promise<PollOutcome> {
    const last = this.lastLookup;
    if (!last || this.view.kind !== 'found' || this.inFlight) return { ok: true };
    const controller = new AbortController();
    this.inFlight = controller;
    let result: LookupResult<TrackedRequest>;
    try {
      result = await this.send(last.reference, last.verifier, controller.signal);
    } catch {
      return { ok: true }; // cancelled: the element left the page or a new lookup began
    } finally {
      if (this.inFlight === controller) this.inFlight = undefined;
    }
    if (this.view.kind !== 'found' || this.lastLookup !== last) return { ok: true };
    if (!result.ok) {
      this.pollProblem = true;
      this.reportError({ code: result.error.code, message: `${ERROR_MESSAGES[result.error.code]} ${result.error.detail}` });
      return { ok: false, retryAfterMs: result.error.retryAfterMs };
    }
    this.pollProblem = false;
    const before = this.view.request;
    const after = result.value;
    this.view = { kind: 'found', request: after };
    if (after.status !== before.status) {
      this.announcement = msg(str`Update: the status of ${after.reference} is now ${statusWords(after.status)}.`);
      emit<StatusLoadedDetail>(this, 'cx-status-loaded', { reference: after.reference, status: after.status });
      if (after.status === 'closed') queueMicrotask(() => this.poller?.stop());
    }
    return { ok: true };
  }

  // ---------------------------------------------------------------------------
  // The form
  // ---------------------------------------------------------------------------

  private submit(event: Event): void {
    event.preventDefault();
    const charter = this.resolvedCharter!;
    const format = charter.organisation.referenceFormat;
    const errors: FieldError[] = [];
    const reference = checkReference(this.typedReference, format);
    if (!reference.ok) {
      errors.push({
        field: REFERENCE_ID,
        message: reference.reason === 'empty' ? msg('Enter your reference') : msg(str`Enter your reference in the right format, like ${format.example}`),
      });
    }
    let verifier: string | undefined;
    if (this.isCx) {
      const checked = checkVerifier(this.typedVerifier);
      if (checked.ok) verifier = checked.value;
      else {
        errors.push({
          field: VERIFIER_ID,
          message:
            checked.reason === 'empty'
              ? msg('Enter the email address or postcode you gave us')
              : msg('Enter an email address like name@example.com, or a postcode like CW1 2AB'),
        });
      }
    }
    this.fieldErrors = errors;
    if (errors.length || !reference.ok) {
      void this.updateComplete.then(() => focusErrorSummary(this.shadowRoot));
      return;
    }
    this.typedReference = reference.reference;
    void this.lookUp(reference.reference, verifier, { focus: true });
  }

  /** Back to the form, keeping what was typed, with focus on the field to check. */
  private backToForm(field: string = REFERENCE_ID): void {
    this.inFlight?.abort();
    this.inFlight = undefined;
    this.poller?.stop();
    this.poller = undefined;
    clearTimeout(this.retryTimer);
    this.view = { kind: 'form' };
    void this.updateComplete.then(() => focusField(this.shadowRoot, field));
  }

  private checkAnother(): void {
    this.typedReference = '';
    this.typedVerifier = '';
    this.fieldErrors = [];
    this.lastLookup = undefined;
    this.backToForm();
  }

  private retry(): void {
    const last = this.lastLookup;
    if (last) void this.lookUp(last.reference, last.verifier, { focus: true });
  }

  private useRemembered(entry: RememberedReference): void {
    this.typedReference = entry.reference;
    this.fieldErrors = [];
    if (this.isCx) {
      // The email or postcode is never remembered: ask for it again.
      this.typedVerifier = '';
      void this.updateComplete.then(() => focusField(this.shadowRoot, VERIFIER_ID));
      return;
    }
    void this.lookUp(entry.reference, undefined, { focus: true });
  }

  private forget(reference: string): void {
    this.remembered = this.store?.forget(reference) ?? [];
    this.announcement = msg(str`${reference} is no longer remembered on this device.`);
    void this.updateComplete.then(() => {
      const target = this.remembered.length ? this.renderRoot.querySelector<HTMLElement>('#cx-remembered-title') : this.renderRoot.querySelector<HTMLElement>(`#${REFERENCE_ID}`);
      target?.focus();
    });
  }

  // ---------------------------------------------------------------------------
  // Rendering
  // ---------------------------------------------------------------------------

  protected override renderWidget(charter: Charter): TemplateResult {
    const view = this.view;
    // The live region stays in place whatever the view, so screen readers hear every change to it;
    // aria-busy is on the result area only, never around the live region.
    return html`<div class="cx-tracker">
      ${view.kind === 'form' ? this.renderForm(charter) : nothing}
      <div class="cx-result" aria-busy=${view.kind === 'loading' ? 'true' : 'false'}>
        ${view.kind === 'loading' ? this.renderSkeleton() : nothing}
        ${view.kind === 'found' ? this.renderRequest(view.request, charter) : nothing}
        ${view.kind === 'failed' ? this.renderFailure(view.error, view.reference, charter) : nothing}
      </div>
      <div class="cx-visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  private renderForm(charter: Charter): TemplateResult {
    const format = charter.organisation.referenceFormat;
    const errorFor = (field: string) => this.fieldErrors.find((e) => e.field === field)?.message;
    const referenceError = errorFor(REFERENCE_ID);
    const verifierError = errorFor(VERIFIER_ID);
    const describedBy = (id: string, error: string | undefined) => [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`${errorSummary(this.fieldErrors, this.shadowRoot)}
      <form part="form" novalidate @submit=${this.submit}>
        <h2>${msg('Check the progress of your request')}</h2>
        <div class="cx-form-group ${referenceError ? 'cx-form-group--error' : ''}">
          <label class="cx-label" for=${REFERENCE_ID}>${msg('Your reference')}</label>
          <p class="cx-hint" id="${REFERENCE_ID}-hint">${localText(format.description, this.locale)}</p>
          ${fieldError(REFERENCE_ID, referenceError)}
          <input
            class="cx-input cx-input--reference ${referenceError ? 'cx-input--error' : ''}"
            id=${REFERENCE_ID}
            name="reference"
            type="text"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            aria-describedby=${describedBy(REFERENCE_ID, referenceError)}
            aria-invalid=${referenceError ? 'true' : 'false'}
            .value=${this.typedReference}
            @input=${(e: Event) => (this.typedReference = (e.target as HTMLInputElement).value)}
          />
        </div>
        ${this.isCx
          ? html`<div class="cx-form-group ${verifierError ? 'cx-form-group--error' : ''}">
              <label class="cx-label" for=${VERIFIER_ID}>${msg('Email address or postcode')}</label>
              <p class="cx-hint" id="${VERIFIER_ID}-hint">${msg('The one you gave us with your request. We use it to check the request is yours.')}</p>
              ${fieldError(VERIFIER_ID, verifierError)}
              <input
                class="cx-input ${verifierError ? 'cx-input--error' : ''}"
                id=${VERIFIER_ID}
                name="verifier"
                type="text"
                autocomplete="off"
                spellcheck="false"
                aria-describedby=${describedBy(VERIFIER_ID, verifierError)}
                aria-invalid=${verifierError ? 'true' : 'false'}
                .value=${this.typedVerifier}
                @input=${(e: Event) => (this.typedVerifier = (e.target as HTMLInputElement).value)}
              />
            </div>`
          : nothing}
        ${this.store
          ? html`<div class="cx-form-group">
              <div class="cx-choice">
                <input
                  id=${REMEMBER_ID}
                  type="checkbox"
                  aria-describedby="${REMEMBER_ID}-hint"
                  .checked=${this.rememberChoice}
                  @change=${(e: Event) => (this.rememberChoice = (e.target as HTMLInputElement).checked)}
                />
                <label for=${REMEMBER_ID}>${msg('Remember this reference on this device')}</label>
              </div>
              <p class="cx-hint cx-choice-hint" id="${REMEMBER_ID}-hint">
                ${this.isCx
                  ? msg('We keep only the reference and the name of the service, never your email address or postcode. Do not choose this on a shared computer.')
                  : msg('We keep only the reference and the name of the service. Do not choose this on a shared computer.')}
              </p>
            </div>`
          : nothing}
        <button class="cx-button" type="submit">${msg('Check progress')}</button>
      </form>
      ${this.renderRemembered()}`;
  }

  private renderRemembered(): TemplateResult | typeof nothing {
    if (!this.remembered.length) return nothing;
    return html`<section class="cx-remembered" part="remembered" aria-labelledby="cx-remembered-title">
      <h3 id="cx-remembered-title" tabindex="-1">${msg('References remembered on this device')}</h3>
      <ul class="cx-remembered__list">
        ${this.remembered.map(
          (entry) => html`<li class="cx-remembered__item">
            <button class="cx-link-button cx-remembered__use" type="button" @click=${() => this.useRemembered(entry)}>
              ${msg(str`Check ${entry.reference}`)}${entry.service ? html`<span class="cx-secondary"> (${entry.service})</span>` : nothing}
            </button>
            <button class="cx-link-button cx-remembered__forget" type="button" @click=${() => this.forget(entry.reference)}>
              ${msg('Forget')}<span class="cx-visually-hidden"> ${entry.reference}</span>
            </button>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderSkeleton(): TemplateResult {
    return html`<div class="cx-skeleton" aria-hidden="true">
      <span class="cx-skeleton__line cx-skeleton__line--title"></span>
      <span class="cx-skeleton__line"></span>
      <span class="cx-skeleton__line cx-skeleton__line--short"></span>
      <span class="cx-skeleton__line"></span>
    </div>`;
  }

  private capitalise(text: string): string {
    return text.charAt(0).toLocaleUpperCase(this.locale) + text.slice(1);
  }

  private when(value: string): string {
    const when = readWhen(value);
    if (!when) return value;
    const date = formatDate(when.date, this.locale);
    return when.time ? msg(str`${date} at ${formatTime(when.time, this.locale)}`) : date;
  }

  private renderRequest(request: TrackedRequest, charter: Charter): TemplateResult {
    const step = nextStep(request, charter, this.today);
    const received = londonDate(request.receivedAt);
    const tone = statusTone(request.status);
    return html`<section class="cx-request" part="request" aria-labelledby="cx-result-title">
      <h2 id="cx-result-title" tabindex="-1">${msg(str`Request ${request.reference}`)}</h2>
      <dl class="cx-summary">
        ${request.service
          ? html`<div class="cx-summary__row"><dt>${msg('Service')}</dt><dd>${request.service.name}</dd></div>`
          : nothing}
        <div class="cx-summary__row">
          <dt>${msg('Status')}</dt>
          <dd>
            <strong class="cx-tag cx-tag--${tone}" part="status">${statusWords(request.status)}</strong>
            ${step.overdue ? html`<strong class="cx-tag cx-tag--overdue">${msg('overdue')}</strong>` : nothing}
          </dd>
        </div>
        ${request.stage
          ? html`<div class="cx-summary__row">
              <dt>${msg('Complaint stage')}</dt>
              <dd>${request.stage === 2 ? msg('Stage 2: review by a second officer') : msg('Stage 1')}</dd>
            </div>`
          : nothing}
        ${received
          ? html`<div class="cx-summary__row"><dt>${msg('Received')}</dt><dd>${formatDate(received, this.locale)}</dd></div>`
          : nothing}
        ${request.address ? html`<div class="cx-summary__row"><dt>${msg('Location')}</dt><dd>${request.address}</dd></div>` : nothing}
      </dl>
      ${request.outcome ? html`<p>${outcomeWords(request.outcome)}</p>` : nothing}
      ${request.statusNotes && request.api === 'open311' ? html`<p class="cx-inset">${request.statusNotes}</p>` : nothing}
      ${step.overdue ? this.renderOverdue(step, request) : nothing}
      <h3>${msg('What happens next')}</h3>
      ${this.renderNext(request, step)}
      ${this.renderTeam(request, charter)}
      ${this.renderTimeline(request)}
      ${this.pollProblem ? html`<p class="cx-secondary cx-small">${msg('We could not check for updates just now. We will keep trying.')}</p>` : nothing}
      <p><button class="cx-button cx-button--secondary" type="button" @click=${this.checkAnother}>${msg('Check another request')}</button></p>
    </section>`;
  }

  private promiseText(promised: Promised): string {
    const date = formatDate(promised.by, this.locale);
    switch (promised.what) {
      case 'acknowledge':
        return msg(str`We will acknowledge it by ${date}.`);
      case 'respond':
        return msg(str`We will send you a full response by ${date}.`);
      case 'complete':
        return msg(str`We expect to finish by ${date}.`);
    }
  }

  private renderNext(request: TrackedRequest, step: NextStep): TemplateResult {
    switch (request.status) {
      case 'closed':
        return html`<p>${msg('This request is closed. Nothing more will happen with it.')}</p>`;
      case 'answered':
        return request.stage === 2
          ? html`<p>${msg('We have sent you our stage 2 response. If you are still unhappy, you can ask the Local Government and Social Care Ombudsman to look at your complaint. It is free.')}</p>
              <p><a href=${LGSCO_URL} rel="noopener">${msg('Contact the Local Government and Social Care Ombudsman')}</a></p>`
          : request.stage === 1
            ? html`<p>${msg('We have sent you our response. If you are not happy with it, you can ask for your complaint to be reviewed by a second officer (stage 2). Contact the team below, quoting your reference.')}</p>`
            : html`<p>${msg('We have sent you our response.')}</p>`;
      case 'awaiting-information':
        return html`<p>${msg('We need more information from you before we can go on. Please reply to our last message, or contact the team below, quoting your reference.')}</p>`;
    }
    if (!step.next) {
      return html`<p>${request.api === 'open311' ? msg('The council has not published a date for this yet.') : msg('We have not set a date for this yet.')}</p>`;
    }
    const next = step.next;
    if (step.overdue) {
      // The date has passed: the apology above gives it; here, only what will still happen.
      return html`<p class="cx-next">${next.what === 'acknowledge' ? msg('We will acknowledge it as soon as we can.') : next.what === 'complete' ? msg('We will finish the work as soon as we can.') : msg('We will send you a full response as soon as we can.')}</p>`;
    }
    return html`<p class="cx-next">${this.promiseText(next)}</p>
      ${step.then && step.then.by !== next.by ? html`<p>${this.promiseText(step.then)}</p>` : nothing}
      ${next.source === 'charter' ? html`<p class="cx-hint">${msg('This is the date our customer charter promises, counted in working days from when we received it.')}</p>` : nothing}`;
  }

  private renderOverdue(step: NextStep, request: TrackedRequest): TemplateResult {
    const actions: LocalText[] = step.overdueActions.length
      ? step.overdueActions
      : [msg('Contact the team dealing with it, quoting your reference.')];
    const stage2 = request.stage === 2 || request.status === 'escalated';
    return html`<div class="cx-overdue" part="overdue" role="region" aria-labelledby="cx-overdue-title">
      <h3 id="cx-overdue-title">${msg('This is overdue. We are sorry.')}</h3>
      ${step.next ? html`<p>${msg(str`We should have done this by ${formatDate(step.next.by, this.locale)}.`)}</p>` : nothing}
      <p>${msg('What you can do:')}</p>
      <ul>
        ${actions.map((action) => html`<li>${localText(action, this.locale)}</li>`)}
      </ul>
      ${stage2 && request.api === 'cx' ? html`<p><a href=${LGSCO_URL} rel="noopener">${msg('Contact the Local Government and Social Care Ombudsman')}</a></p>` : nothing}
    </div>`;
  }

  /**
   * Who is dealing with it and how to reach them: the team the server names,
   * else the service's team in the charter; failing both, the council's own
   * phone and email channels (`general`).
   */
  private contactFor(request: TrackedRequest | undefined, charter: Charter): TrackerTeam & { general?: boolean } {
    if (request?.team) return request.team;
    const service = request?.service?.id ? charter.services.find((s) => s.id === request.service!.id) : undefined;
    if (service?.team) {
      return { name: localText(service.team.name, this.locale), phone: service.team.phone, email: service.team.email };
    }
    const phone = charter.channels.find((c) => c.kind === 'phone' && c.phone)?.phone;
    const email = charter.channels.find((c) => c.kind === 'email' && c.email)?.email;
    return { name: request?.agency ?? localText(charter.organisation.name, this.locale), phone, email, general: true };
  }

  private renderContactLines(team: TrackerTeam): TemplateResult {
    return html`<ul class="cx-contact">
      ${team.phone
        ? html`<li>${msg('Phone:')} <a href=${telHref(team.phone)} dir="ltr">${groupPhone(team.phone)}</a></li>`
        : nothing}
      ${team.email ? html`<li>${msg('Email:')} <a href="mailto:${team.email}" dir="ltr">${team.email}</a></li>` : nothing}
    </ul>`;
  }

  private renderTeam(request: TrackedRequest, charter: Charter): TemplateResult {
    const team = this.contactFor(request, charter);
    const reach = team.phone || team.email;
    return html`<h3>${msg('Who is dealing with it')}</h3>
      <p>${team.name}</p>
      ${reach && team.general ? html`<p>${msg(str`To ask about it, contact ${localText(charter.organisation.name, this.locale)}, quoting your reference:`)}</p>` : nothing}
      ${reach ? this.renderContactLines(team) : nothing}`;
  }

  private renderTimeline(request: TrackedRequest): TemplateResult | typeof nothing {
    if (!request.events.length) return nothing;
    return html`<h3>${msg('What has happened')}</h3>
      <ol class="cx-timeline" part="timeline">
        ${request.events.map(
          (event) => html`<li class="cx-timeline__item">
            <p class="cx-timeline__title">${event.status ? this.capitalise(statusWords(event.status)) : msg('Update')}</p>
            <p class="cx-timeline__when cx-secondary"><time datetime=${event.at}>${this.when(event.at)}</time></p>
            ${event.text ? html`<p class="cx-timeline__text">${event.text}</p>` : nothing}
          </li>`,
        )}
      </ol>`;
  }

  private renderFailure(error: LookupError, reference: string, charter: Charter): TemplateResult {
    const text = failureText(error.code, this.isCx);
    const contact = this.contactFor(undefined, charter);
    return html`<section class="cx-failure" part="failure" aria-labelledby="cx-result-title">
      <h2 id="cx-result-title" tabindex="-1">${text.title}</h2>
      <p>${text.body}</p>
      ${error.code === 'rate-limited' || error.code === 'server-error'
        ? this.retryBlocked && error.retryAfterMs
          ? html`<p>${waitText(error.retryAfterMs)}</p>`
          : nothing
        : nothing}
      <p class="cx-secondary">${msg(str`Reference: ${reference}`)}</p>
      <div class="cx-actions">
        ${text.wayOn === 'retry' && !this.retryBlocked
          ? html`<button class="cx-button" type="button" @click=${this.retry}>${msg('Try again')}</button>`
          : nothing}
        <button class="cx-button ${text.wayOn === 'retry' ? 'cx-button--secondary' : ''}" type="button" @click=${() => this.backToForm()}>
          ${msg('Check the reference')}
        </button>
      </div>
      <h3>${msg('Contact us instead')}</h3>
      <p>${contact.name}</p>
      ${this.renderContactLines(contact)}
    </section>`;
  }
}
