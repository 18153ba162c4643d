import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Charter } from '@cx-kit/core';
import {
  CxElement,
  addStyles,
  debugWarn,
  inLocaleOf,
  msg,
  str,
  type CharterProblem,
  type ResourceTimers,
} from '@cx-kit/core/element';
import { DEFAULT_TIMEOUT_MS, chunkFailure, lookupChunks, type LookupConfig } from './chunks.js';
import type * as FormPart from './form-part.js';
import { LookupFormController, REFERENCE_ID, VERIFIER_ID } from './lookup-form-controller.js';
import type { Open311Format } from './open311.js';
import type { RememberedReference } from './stored-references.js';
import { SessionController } from './session-controller.js';
import type { TrackerStatusCode } from './status-words.js';
import { councilChannels } from './views/council-channels.js';

/** The detail of `cx-status-loaded`. */
export interface StatusLoadedDetail {
  reference: string;
  status: TrackerStatusCode;
}

/** The detail of `cx-review-request`: the complaint a resident wants reviewed at stage 2. */
export type { CxReviewRequestDetail as ReviewRequestDetail } from '@cx-kit/core/element';

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
 * This file holds the properties: the first download. The form loads with
 * `import()` as the element connects (form-part.ts). The lookup session (the
 * form's checks, core's `ResourceController`, the clock, the views, dates and
 * words of the answer, the failure view, the API clients) loads when the form
 * is first used or a lookup starts, a skeleton holding the place; if it
 * cannot load, the resident gets the charter's phone and email, as for a
 * failed lookup.
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
 * @fires cx-review-request - The resident chose "Ask for a review" on a complaint answered at stage 1; `detail` is `{ reference, verifier? }` ({@link ReviewRequestDetail}; `verifier` is the email or postcode it was found with, for the form's `askForReview()`). Cancel it to stop the link (when there is one) and open the form yourself.
 * @fires cx-error - Something went wrong; `detail` is `{ code, message, problems? }`, `code` a `CxErrorCode`: `not-found`, `offline`, `unreachable`, `refused`, `timeout`, `rate-limited`, `server-error`, `invalid-response`, `validation`, or the base's `charter-invalid`, `charter-unreachable`, `attribute-invalid`.
 */
export class CxRequestTracker extends CxElement {
  // The form's own styles come with it (form-part.ts).
  static override styles = CxElement.styles;

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

  @state() private announcement = '';

  private readonly form = new LookupFormController(this);
  /** The form, once here; its chunk is fetched as the element connects. */
  private formPart?: typeof FormPart;
  private formLoading?: Promise<void>;
  /** The form's chunk did not load: residents get the fallback content. */
  private formProblems: CharterProblem[] = [];
  /** A lookup is on its way: the answer may name a service whose team is in the charter. */
  private needsServices = false;
  private configKey = '';
  private autoLooked = '';
  /** The lookups: their code loads when first needed. */
  private readonly lookups = new SessionController(this, {
    isCx: () => this.isCx,
    config: () => this.lookupConfig(),
    timers: () => this.pollTimers,
    onFirstFound: (request) => void this.form.found(request.reference, request.service?.name),
    announce: (text) => (this.announcement = text),
    reportError: (detail) => this.reportError(detail),
    charterComplete: () => {
      this.needsServices = true;
      return this.addDefaultServices();
    },
    onReady: (session) => {
      session.clock.setNow(this.now);
      this.checkConfig();
    },
  });

  /** The form lists no services: the built-in default charter comes without them until a request may name one. */
  protected override get listsServices(): boolean {
    return this.needsServices;
  }

  private get isCx(): boolean {
    return this.apiKind !== 'open311';
  }

  /** A `now` attribute waits for the session's clock to check it (its problem, if any, is on its way). */
  private get checkingNow(): boolean {
    return Boolean(this.now && this.lookups.loadingNow);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // In step with the charter: the form cannot show before it, so fetching both at once costs no wait.
    this.formLoading ??= lookupChunks.form().then(
      async (part) => {
        // References remembered here show below the form from its first paint, not a moment after it.
        await this.form.loading;
        addStyles(this.renderRoot, part.formPartStyles);
        this.formPart = part;
        this.checkConfig();
        this.autoLookUp();
        this.requestUpdate();
      },
      (error: unknown) => {
        this.formLoading = undefined;
        const failed = chunkFailure(error);
        this.formProblems = [{ path: '(script)', message: failed.message }];
        this.widgetProblems = this.formProblems;
        this.reportError({ ...failed, problems: this.formProblems });
      },
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('now')) {
      // Only the session's clock can tell a valid `now`, and a page that sets one (a demo) shows dates soon.
      if (this.lookups.session) this.lookups.session.clock.setNow(this.now);
      else if (this.now) this.lookups.prefetch();
    }
    if (changed.has('api') || changed.has('apiKind') || changed.has('format') || changed.has('poll') || changed.has('now')) this.checkConfig();
    if (changed.has('api')) this.form.useApi(this.api);
    if (changed.has('reference') && this.reference && this.lookups.status === 'initial') {
      this.form.set({ reference: this.reference });
      // A page that names the reference (a link in an email) is there to look it up: the lookup's code comes with
      // the form, so the answer shows as soon as the resident gives their email (Open311 looks it up as soon as
      // the form's chunk has checked the attributes).
      this.lookups.prefetch();
    }
    const any = changed as PropertyValues;
    if (['charterState', 'reference', 'api', 'apiKind', 'widgetProblems'].some((key) => any.has(key))) this.autoLookUp();
  }

  protected override charterReady(_charter: Charter): void {
    this.checkConfig();
  }

  /** Problems with the attributes, shown to editors in debug mode; residents see the fallback content. */
  private checkConfig(): void {
    // The checks come with the form, which nothing shows before.
    if (!this.formPart) return;
    const { configProblems, pollWarning } = this.formPart;
    const clock = this.lookups.session?.clock;
    const nowValid = clock ? clock.fixed !== undefined : undefined;
    const problems = configProblems({ api: this.api, apiKind: this.apiKind, format: this.format, poll: this.poll, now: this.now, nowValid });
    const key = JSON.stringify(problems);
    if (key === this.configKey) return;
    this.configKey = key;
    if (problems.length) this.fail(problems);
    else this.widgetProblems = this.formProblems;
    const warning = pollWarning(this.poll);
    if (!problems.length && warning && this.showDebug) debugWarn(this.localName, warning);
  }

  private lookupConfig(): LookupConfig {
    return { api: this.api!, isCx: this.isCx, format: this.format, jurisdictionId: this.jurisdictionId, timeoutMs: this.timeoutMs, poll: this.poll };
  }

  /** An Open311 tracker with a reference looks it up at once (and again when the reference changes). */
  private autoLookUp(): void {
    if (this.isCx || !this.reference || !this.resolvedCharter || !this.formPart || this.widgetProblems.length || !this.isConnected) return;
    const key = `${this.api}|${this.reference}`;
    if (key === this.autoLooked) return;
    this.autoLooked = key;
    const { reference } = this;
    const format = this.resolvedCharter.organisation.referenceFormat;
    void this.lookups.start(reference.trim(), (session) => ({ reference: session.form.tidyReference(reference, format) }), false);
  }

  /** Focuses a field of the form (GOV.UK's way, label in view, once the session has it). */
  private focusField(id: string): void {
    void this.updateComplete.then(() => {
      const session = this.lookups.session;
      if (session) session.form.focusField(this.shadowRoot, id);
      else this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
    });
  }

  private submit(event: Event): void {
    event.preventDefault();
    const typed = this.form.fields;
    void this.lookups.start(typed.reference, (session) => {
      const checked = session.form.checkLookup(typed, this.resolvedCharter!.organisation.referenceFormat, this.isCx);
      this.form.set(checked.ok ? { errors: [], reference: checked.lookup.reference } : { errors: checked.errors });
      if (!checked.ok) void this.updateComplete.then(() => session.form.focusErrorSummary(this.shadowRoot));
      return checked.ok ? checked.lookup : undefined;
    }, true);
  }

  /** Back to the form, keeping what was typed, with focus on the field to check. */
  private backToForm(field: string = REFERENCE_ID): void {
    this.lookups.cancel();
    this.focusField(field);
  }

  private checkAnother(): void {
    this.form.set({ reference: '', verifier: '', errors: [] });
    this.backToForm();
  }

  private useRemembered(entry: RememberedReference): void {
    // The email or postcode is never remembered: ask for it again.
    this.form.set({ reference: entry.reference, errors: [], ...(this.isCx ? { verifier: '' } : {}) });
    if (this.isCx) {
      this.focusField(VERIFIER_ID);
      return;
    }
    void this.lookups.start(entry.reference, () => ({ reference: entry.reference }), true);
  }

  private forget(reference: string): void {
    this.form.forget(reference);
    this.announcement = inLocaleOf(this, () => msg(str`${reference} is no longer remembered on this device.`));
    void this.updateComplete.then(() => {
      const target = this.form.remembered.length ? this.renderRoot.querySelector<HTMLElement>('#cx-remembered-title') : this.renderRoot.querySelector<HTMLElement>(`#${REFERENCE_ID}`);
      target?.focus();
    });
  }

  protected override renderWidget(charter: Charter): TemplateResult {
    const part = this.formPart;
    if (!part) return this.renderLoading();
    const { lookupForm, lastResort } = part;
    const { status, session, unavailable, failure } = this.lookups;
    const locale = this.locale;
    const exampleNotice = this.exampleNotice();
    const reference = this.lookups.last?.reference ?? '';
    const onRetry = () => this.lookups.retry();
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
            ...this.form.fields,
            errorViews: session?.form,
            canRemember: this.form.canRemember,
            remembered: this.form.remembered,
            rememberedList: this.form.part?.rememberedList,
            onFirstUse: () => this.lookups.prefetch(),
            onSubmit: (e) => this.submit(e),
            onReference: (reference) => this.form.set({ reference }),
            onVerifier: (verifier) => this.form.set({ verifier }),
            onRemember: (remember) => this.form.set({ remember }),
            onUseRemembered: (entry) => this.useRemembered(entry),
            onForget: (ref) => this.forget(ref),
          })
        : nothing}
      <div class="cx-result" aria-busy=${status === 'pending' || this.checkingNow ? 'true' : 'false'}>
        ${status === 'pending'
          ? skeleton
          : unavailable
            ? failure
              ? failure.failureView(unavailable === 'offline' ? failure.offlineText() : failure.systemProblemText(), reference, { charter, locale, onRetry, onCheckReference, exampleNotice })
              : lastResort(councilChannels(charter), unavailable === 'offline', onRetry)
            : (session?.render({ charter, locale, needsVerifier: this.isCx, reference, exampleNotice, onRetry, onCheckReference, onCheckAnother: () => this.checkAnother() }) ??
              nothing)}
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
