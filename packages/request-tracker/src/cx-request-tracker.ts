import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Charter } from '@cx-kit/core';
import {
  CxElement,
  debugWarn,
  focusErrorSummary,
  focusField,
  formStyles,
  inLocaleOf,
  msg,
  str,
  type CharterProblem,
  type CxErrorCode,
  type FieldError,
  type ResourceTimers,
} from '@cx-kit/core/element';
import { DEFAULT_TIMEOUT_MS, chunkFailure, lookupChunks, type Lookup, type LookupConfig } from './chunks.js';
import { checkReference, checkVerifier } from './lookup-form.js';
import type { LookupSession } from './lookup-session.js';
import type { Open311Format } from './open311.js';
import { RememberedReferences, storageKey, type RememberedReference } from './remembered.js';
import type { TrackerStatusCode } from './status-words.js';
import { trackerStyles } from './cx-request-tracker.styles.js';
import { failureView, offlineText, systemProblemText } from './views/failure.js';
import { lookupForm, REFERENCE_ID, VERIFIER_ID } from './views/lookup-form.js';

/** The detail of `cx-status-loaded`. */
export interface StatusLoadedDetail {
  reference: string;
  status: TrackerStatusCode;
}

/** The detail of `cx-review-request`: the complaint a resident wants reviewed at stage 2. */
export type { CxReviewRequestDetail as ReviewRequestDetail } from '@cx-kit/core/element';

/** The shortest polling interval allowed (the session enforces it; here for the editor's warning). */
const MIN_POLL_SECONDS = 15;

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
 * This file holds the properties, the form and its checks: the first
 * download. What shows a found request (the lookup session: core's
 * `ResourceController`, the clock, the views, the dates, the API clients)
 * loads with `import()` when the form is first used or a lookup starts, with
 * a skeleton holding the place; if it cannot load, the resident gets the
 * charter's phone and email, as for a failed lookup.
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
 * @fires cx-review-request - The resident chose "Ask for a review" on a complaint answered at stage 1; `detail` is `{ reference }` ({@link ReviewRequestDetail}). Cancel it to stop the link (when there is one) and open the form yourself.
 * @fires cx-error - Something went wrong; `detail` is `{ code, message, problems? }`, `code` a `CxErrorCode`: `not-found`, `offline`, `unreachable`, `refused`, `timeout`, `rate-limited`, `server-error`, `invalid-response`, `validation`, or the base's `charter-invalid`, `charter-unreachable`, `attribute-invalid`.
 */
export class CxRequestTracker extends CxElement {
  static override styles = [...CxElement.styles, formStyles, trackerStyles];

  /** Base URL of the tracking API: `https://council.example/api/open311/v2` or `/api`. */
  @property({ reflect: true }) api?: string;

  /** Which API `api` speaks: `cx` (the cx-kit contract, the default) or `open311` (GeoReport v2). */
  @property({ attribute: 'api-kind', reflect: true }) apiKind: 'cx' | 'open311' = 'cx';

  /** A reference to show. With `api-kind="open311"` the request is looked up at once; with `cx` it fills in the form. */
  @property({ reflect: true }) reference?: string;

  /** Open311 only: `json` (the default) or `xml`, for servers that speak only XML. */
  @property({ reflect: true }) format: Open311Format = 'json';

  /** Open311 only: sent as `jurisdiction_id` when set. */
  @property({ attribute: 'jurisdiction-id', reflect: true }) jurisdictionId?: string;

  /** Seconds between checks for news while the page is visible (at least 15). Off when absent. */
  @property({ reflect: true }) poll?: string;

  /** Fixes "now" for demos and tests (ISO 8601: a date, or a date and time; without a zone it is UK time). */
  @property({ reflect: true }) now?: string;

  /** How long to wait for an answer, in milliseconds. */
  @property({ attribute: false }) timeoutMs = DEFAULT_TIMEOUT_MS;

  /** The clock that polls and Retry-After waits run on (tests replace it). */
  @property({ attribute: false }) pollTimers?: ResourceTimers;

  @state() private typedReference = '';
  @state() private typedVerifier = '';
  @state() private rememberChoice = false;
  @state() private fieldErrors: FieldError[] = [];
  @state() private remembered: RememberedReference[] = [];
  @state() private announcement = '';
  /** A lookup is waiting for the session's code to arrive. */
  @state() private starting = false;
  /** The session's code did not load: offline, or a problem on our side. */
  @state() private unavailable?: CxErrorCode;

  /** The lookups, once their code has loaded. */
  private session?: LookupSession;
  private sessionLoading?: Promise<LookupSession>;
  private store?: RememberedReferences;
  private configKey = '';
  private autoLooked = '';
  /** The last lookup asked for, to try again (the verifier lives only here, in memory). */
  private last?: Lookup;

  private get isCx(): boolean {
    return this.apiKind !== 'open311';
  }

  /** A `now` attribute waits for the session's clock to be checked (its problems, if any, are on their way). */
  private get checkingNow(): boolean {
    return Boolean(this.now && !this.session && this.sessionLoading);
  }

  private get status() {
    if (this.unavailable) return 'error';
    return this.starting ? 'pending' : (this.session?.status ?? 'initial');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('now')) {
      // Only the session's clock can tell a valid `now`, and a page that sets one (a demo) shows dates soon.
      if (this.session) this.session.clock.setNow(this.now);
      else if (this.now) this.loadSession().catch(() => undefined);
    }
    if (changed.has('api') || changed.has('apiKind') || changed.has('format') || changed.has('poll') || changed.has('now')) this.checkConfig();
    if (changed.has('api')) {
      this.store = this.api ? new RememberedReferences(storageKey(this.api)) : undefined;
      this.remembered = this.store?.list() ?? [];
    }
    if (changed.has('reference') && this.reference && this.status === 'initial') this.typedReference = this.reference;
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
    if (this.now && this.session && this.session.clock.fixed === undefined) problems.push({ path: 'now', message: `now must be a date such as "2026-03-20", or a date and time such as "2026-03-20T09:30", not "${this.now}".` });
    const key = JSON.stringify(problems);
    if (key === this.configKey) return;
    this.configKey = key;
    if (problems.length) this.fail(problems);
    else this.widgetProblems = [];
    if (!problems.length && this.poll && Number(this.poll) > 0 && Number(this.poll) < MIN_POLL_SECONDS && this.showDebug) {
      debugWarn(this.localName, `poll="${this.poll}" is too often: the tracker checks every ${MIN_POLL_SECONDS} seconds at most.`);
    }
  }

  /** The lookup session's code (once; tried again after a failure), with its styles adopted when it comes. */
  private loadSession(): Promise<LookupSession> {
    this.sessionLoading ??= lookupChunks.session().then(
      ({ LookupSession }) => {
        this.session ??= new LookupSession(this, {
          config: () => this.lookupConfig(),
          timers: () => this.pollTimers,
          onFirstFound: (request) => this.rememberFound(request.reference, request.service?.name),
          announce: (text) => (this.announcement = text),
          reportError: (detail) => this.reportError(detail),
        });
        this.session.clock.setNow(this.now);
        this.checkConfig();
        this.requestUpdate();
        return this.session;
      },
      (error: unknown) => {
        this.sessionLoading = undefined;
        this.requestUpdate();
        throw error;
      },
    );
    return this.sessionLoading;
  }

  private lookupConfig(): LookupConfig {
    return { api: this.api!, isCx: this.isCx, format: this.format, jurisdictionId: this.jurisdictionId, timeoutMs: this.timeoutMs, poll: this.poll };
  }

  /** An Open311 tracker with a reference looks it up at once (and again when the reference changes). */
  private autoLookUp(): void {
    if (this.isCx || !this.reference || !this.resolvedCharter || this.widgetProblems.length || !this.isConnected) return;
    const key = `${this.api}|${this.reference}`;
    if (key === this.autoLooked) return;
    this.autoLooked = key;
    const checked = checkReference(this.reference, this.resolvedCharter.organisation.referenceFormat);
    void this.lookUp({ reference: checked.ok ? checked.reference : this.reference.trim() }, false);
  }

  /** A lookup the resident (or the `reference` attribute) asked for: loading, then the request or what went wrong. */
  private async lookUp(lookup: Lookup, focus: boolean): Promise<void> {
    this.last = lookup;
    this.announcement = '';
    this.unavailable = undefined;
    this.starting = !this.session;
    // The API's client loads alongside the session's code, not after it.
    void (this.isCx ? lookupChunks.cx() : lookupChunks.open311()).catch(() => undefined);
    try {
      const session = await this.loadSession();
      if (this.last !== lookup) return;
      this.starting = false;
      await session.run(lookup);
    } catch (error) {
      if (this.last !== lookup) return;
      const failed = chunkFailure(error);
      this.starting = false;
      this.unavailable = failed.code;
      this.reportError({ code: failed.code, message: failed.message });
    }
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#cx-result-title')?.focus();
  }

  private rememberFound(reference: string, service: string | undefined): void {
    if (this.store && (this.rememberChoice || this.store.has(reference))) this.remembered = this.store.remember({ reference, service });
  }

  private submit(event: Event): void {
    event.preventDefault();
    // An event handler runs outside the update: messages are looked up in this widget's language explicitly.
    inLocaleOf(this, () => this.checkAndLookUp());
  }

  private checkAndLookUp(): void {
    const format = this.resolvedCharter!.organisation.referenceFormat;
    const errors: FieldError[] = [];
    const reference = checkReference(this.typedReference, format);
    if (!reference.ok) {
      errors.push({ field: REFERENCE_ID, message: reference.reason === 'empty' ? msg('Enter your reference') : msg(str`Enter your reference in the right format, like ${format.example}`) });
    }
    let verifier: string | undefined;
    if (this.isCx) {
      const checked = checkVerifier(this.typedVerifier);
      if (checked.ok) verifier = checked.value;
      else {
        errors.push({
          field: VERIFIER_ID,
          message: checked.reason === 'empty' ? msg('Enter the email address or postcode you gave us') : msg('Enter an email address like name@example.com, or a postcode like CW1 2AB'),
        });
      }
    }
    this.fieldErrors = errors;
    if (errors.length || !reference.ok) {
      void this.updateComplete.then(() => focusErrorSummary(this.shadowRoot));
      return;
    }
    this.typedReference = reference.reference;
    void this.lookUp({ reference: reference.reference, verifier }, true);
  }

  /** Back to the form, keeping what was typed, with focus on the field to check. */
  private backToForm(field: string = REFERENCE_ID): void {
    this.session?.reset();
    this.unavailable = undefined;
    this.last = undefined;
    void this.updateComplete.then(() => focusField(this.shadowRoot, field));
  }

  private checkAnother(): void {
    this.typedReference = '';
    this.typedVerifier = '';
    this.fieldErrors = [];
    this.backToForm();
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
    void this.lookUp({ reference: entry.reference }, true);
  }

  private forget(reference: string): void {
    this.remembered = this.store?.forget(reference) ?? [];
    this.announcement = inLocaleOf(this, () => msg(str`${reference} is no longer remembered on this device.`));
    void this.updateComplete.then(() => {
      const target = this.remembered.length ? this.renderRoot.querySelector<HTMLElement>('#cx-remembered-title') : this.renderRoot.querySelector<HTMLElement>(`#${REFERENCE_ID}`);
      target?.focus();
    });
  }

  protected override renderWidget(charter: Charter): TemplateResult {
    const status = this.status;
    const locale = this.locale;
    const exampleNotice = this.exampleNotice();
    const onRetry = () => this.last && void this.lookUp(this.last, true);
    const onCheckReference = () => this.backToForm();
    // The live region stays in place whatever the view, so screen readers hear every change to it;
    // aria-busy is on the result area only, never around the live region. Loading is never announced.
    return html`<div class="cx-tracker">
      ${status === 'initial'
        ? lookupForm({
            charter,
            locale,
            root: this.shadowRoot,
            needsVerifier: this.isCx,
            reference: this.typedReference,
            verifier: this.typedVerifier,
            errors: this.fieldErrors,
            canRemember: Boolean(this.store),
            remember: this.rememberChoice,
            remembered: this.remembered,
            onFirstUse: () => this.loadSession().catch(() => undefined),
            onSubmit: (e) => this.submit(e),
            onReference: (value) => (this.typedReference = value),
            onVerifier: (value) => (this.typedVerifier = value),
            onRemember: (value) => (this.rememberChoice = value),
            onUseRemembered: (entry) => this.useRemembered(entry),
            onForget: (reference) => this.forget(reference),
          })
        : nothing}
      <div class="cx-result" aria-busy=${status === 'pending' || this.checkingNow ? 'true' : 'false'}>
        ${status === 'pending'
          ? skeleton
          : this.unavailable
            ? failureView(this.unavailable === 'offline' ? offlineText() : systemProblemText(), this.last?.reference ?? '', { charter, locale, onRetry, onCheckReference, exampleNotice })
            : (this.session?.render({
                charter,
                locale,
                needsVerifier: this.isCx,
                reference: this.last?.reference ?? '',
                exampleNotice,
                onRetry,
                onCheckReference,
                onCheckAnother: () => this.checkAnother(),
              }) ?? nothing)}
      </div>
      <div class="cx-visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }
}

const skeleton = html`<div class="cx-skeleton" aria-hidden="true">
  <span class="cx-skeleton__line cx-skeleton__line--title"></span>
  <span class="cx-skeleton__line"></span>
  <span class="cx-skeleton__line cx-skeleton__line--short"></span>
  <span class="cx-skeleton__line"></span>
</div>`;
