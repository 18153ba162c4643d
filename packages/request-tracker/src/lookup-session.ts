/**
 * Everything a lookup needs once one starts, loaded with `import()` then and
 * not with the page (the form works before it arrives): core's
 * `ResourceController` that sends the lookup (abort, Retry-After, back-off,
 * polling while visible, re-armed when put back), the API clients (loaded in
 * turn), the clock that says what "today" is, the views of the answer with
 * their styles, and the words for statuses and failures.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { ombudsmanOf, type Charter } from '@cx-kit/core';
import {
  ClockController,
  CxError,
  ResourceController,
  addStyles,
  emit,
  errorSummary,
  fieldError,
  focusErrorSummary,
  focusField,
  inLocaleOf,
  msg,
  str,
  TEXT_SLOT,
  type CxErrorDetail,
  type ResourceTimers,
} from '@cx-kit/core/element';
import { MIN_POLL_SECONDS, chunkFailure, lookupChunks, type Lookup, type LookupConfig } from './chunks.js';
import type { LookupResult } from './http.js';
import { checkLookup, tidyReference } from './lookup-check.js';
import { ERROR_MESSAGES, failureText, waitText, type TrackerErrorCode } from './messages.js';
import { statusWords } from './status-words.js';
import { resultStyles } from './views/result.styles.js';
import type { TrackedRequest } from './tracked-request.js';
import { failureView } from './views/failure.js';
import { requestView } from './views/request.js';
import { showingAllText } from './views/timeline.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface SessionOptions {
  /** The attributes a lookup is sent with, read each time one is sent. */
  config: () => LookupConfig;
  /** The clock polls and Retry-After waits run on (tests give their own), read each time. */
  timers: () => ResourceTimers | undefined;
  /** A request is on screen for the first time (not a poll's refresh of it). */
  onFirstFound: (request: TrackedRequest) => void;
  /** Says something in the element's live region. */
  announce: (text: string) => void;
  reportError: (detail: CxErrorDetail) => void;
  /** Resolves when the charter has all the answer shows (the built-in default's services); never rejects. */
  charterComplete: () => Promise<void>;
}

/** What the answer's views need from the element. */
export interface ResultContext {
  charter: Charter;
  locale: string;
  needsVerifier: boolean;
  /** The reference looked up, for the failure view. */
  reference: string;
  exampleNotice: TemplateResult | typeof import('lit').nothing;
  onRetry: () => void;
  onCheckReference: () => void;
  onCheckAnother: () => void;
}

/** A client's chunk that did not load, as the failure the resident is told about. */
function chunkError(error: unknown): never {
  const { code, message } = chunkFailure(error);
  throw new CxError(code, message, { cause: error });
}

const browserTimers: ResourceTimers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** One tracker's lookups: the request on screen, its polls, and what the resident did with it. */
export class LookupSession implements ReactiveController {
  /** The form's checks and GOV.UK's error templates: they come here, as no error can show before a check. */
  readonly form = { checkLookup, tidyReference, errorSummary, fieldError, focusErrorSummary, focusField };
  readonly clock: ClockController;
  private readonly lookup: ResourceController<[Lookup], TrackedRequest>;
  private readonly timers: ResourceTimers;
  /** The request on screen, so a poll can tell what changed. */
  private shown?: TrackedRequest;
  /** The email address or postcode that found it (cx API), for "Ask for a review"; in memory only. */
  private verifiedWith?: string;
  private showAllEvents = false;
  /** A Retry-After wait was running at the last render: its end is announced. */
  private wasWaiting = false;

  constructor(
    private readonly host: Host,
    private readonly options: SessionOptions,
  ) {
    // A found request's looks come with its views.
    addStyles(host.renderRoot, [resultStyles]);
    this.clock = new ClockController(host);
    this.timers = {
      now: () => (options.timers() ?? browserTimers).now(),
      setTimeout: (callback, ms) => (options.timers() ?? browserTimers).setTimeout(callback, ms),
      clearTimeout: (handle) => (options.timers() ?? browserTimers).clearTimeout(handle),
    };
    this.lookup = new ResourceController<[Lookup], TrackedRequest>(host, {
      task: ([lookup], run) => this.send(lookup, run.signal),
      pollMs: () => this.pollMs(),
      timers: this.timers,
      onComplete: (request) => this.found(request),
      onError: (error) => options.reportError({ code: error.code, message: `${ERROR_MESSAGES[error.code as TrackerErrorCode] ?? ''} ${error.message}`.trim() }),
    });
    host.addController(this);
  }

  get status() {
    return this.lookup.status;
  }

  /** Looks a request up (a newer lookup wins); resolves when it has settled. */
  run(lookup: Lookup): Promise<void> {
    this.shown = undefined;
    this.showAllEvents = false;
    return this.lookup.run([lookup]);
  }

  /** Back to nothing looked up. */
  reset(): void {
    this.lookup.reset();
    this.shown = undefined;
    this.verifiedWith = undefined;
  }

  hostUpdate(): void {
    // The end of a Retry-After wait: "Try again" is back, and a screen reader hears so.
    if (this.wasWaiting && !this.lookup.waiting && this.lookup.status === 'error') this.options.announce(msg('You can try again now.'));
    this.wasWaiting = this.lookup.waiting;
  }

  /** The request found, or what went wrong (the element shows the skeleton while pending). */
  render(context: ResultContext): TemplateResult | undefined {
    const { charter, locale } = context;
    return this.lookup.render({
      complete: (request) =>
        requestView(request, {
          charter,
          locale,
          today: this.clock.today(),
          ombudsman: ombudsmanOf(charter),
          pollProblem: Boolean(this.lookup.error),
          showAllEvents: this.showAllEvents,
          onShowAllEvents: () => this.showAll(),
          onCheckAnother: context.onCheckAnother,
          onAskForReview: (e: Event) => this.askForReview(e),
          // The charter's feedback page, with the reference in the fragment (never sent to a server).
          reviewHref: charter.feedback.page ? `${charter.feedback.page}#cx-review=${encodeURIComponent(request.reference)}` : undefined,
          exampleNotice: context.exampleNotice,
        }),
      error: (error) => {
        const code = error.code as TrackerErrorCode;
        const waitMs = this.lookup.waiting ? Math.max(0, (this.lookup.retryAt ?? 0) - this.timers.now()) : undefined;
        return failureView(failureText(code, { needsVerifier: context.needsVerifier, organisation: TEXT_SLOT }), context.reference, {
          charter,
          locale,
          wait: waitMs === undefined ? undefined : waitText(waitMs),
          onRetry: context.onRetry,
          onCheckReference: context.onCheckReference,
          exampleNotice: context.exampleNotice,
        });
      },
    });
  }

  // Each API's client (and the answer checks it uses) loads with its first lookup.
  private async send(lookup: Lookup, signal: AbortSignal): Promise<TrackedRequest> {
    const config = this.options.config();
    const options = { signal, timeoutMs: config.timeoutMs, now: () => this.timers.now() };
    let result: LookupResult<TrackedRequest>;
    if (config.isCx) {
      const { lookUpCx } = await lookupChunks.cx().catch(chunkError);
      result = await lookUpCx(config.api, { reference: lookup.reference, verifier: lookup.verifier ?? '' }, options);
      // Kept in memory only, for "Ask for a review": the form then knows the complaint without asking again.
      this.verifiedWith = result.ok ? lookup.verifier : undefined;
    } else {
      const { lookUpOpen311 } = await lookupChunks.open311().catch(chunkError);
      result = await lookUpOpen311(config.api, lookup.reference, { ...options, format: config.format, jurisdictionId: config.jurisdictionId || undefined });
    }
    // The answer shows once the charter has what it names (a service's team), loaded alongside the request.
    await this.options.charterComplete();
    if (result.ok) return result.value;
    const { code, detail, status, retryAfterMs } = result.error;
    throw new CxError(code, detail, { status, retryAfterMs });
  }

  /** How long between polls: only while a request is on screen and not closed. */
  private pollMs(): number | undefined {
    const seconds = Number(this.options.config().poll);
    if (!(seconds > 0) || this.lookup.status !== 'complete' || this.lookup.value?.status === 'closed') return undefined;
    return Math.max(seconds, MIN_POLL_SECONDS) * 1000;
  }

  /** A lookup or a poll gave a request. */
  private found(request: TrackedRequest): void {
    const before = this.shown;
    this.shown = request;
    if (before && before.status === request.status) return;
    if (before) this.options.announce(inLocaleOf(this.host, () => msg(str`Update on ${request.reference}: ${statusWords(request.status)}.`)));
    else this.options.onFirstFound(request);
    emit(this.host, 'cx-status-loaded', { reference: request.reference, status: request.status });
  }

  /** "Show all": every event, with focus moved to the list so keyboard users carry on reading there. */
  private showAll(): void {
    const count = this.shown?.events.length ?? 0;
    this.showAllEvents = true;
    this.options.announce(inLocaleOf(this.host, () => showingAllText(count)));
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('.cx-timeline')?.focus());
  }

  /** "Ask for a review": the host page opens the feedback form (it may cancel the link to do it its own way). */
  private askForReview(event: Event): void {
    const reference = this.shown?.reference;
    if (!reference) return;
    const allowed = emit(this.host, 'cx-review-request', { reference, ...(this.verifiedWith ? { verifier: this.verifiedWith } : {}) }, { cancelable: true });
    if (!allowed) event.preventDefault();
  }
}
