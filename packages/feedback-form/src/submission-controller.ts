/**
 * Sending the journey's answers, as a reactive controller: one request at a
 * time (the Submitter), what went wrong as the resident is told it, and a
 * retry by itself when the browser comes back online. Loaded with the later
 * steps: a resident on the first question never downloads it.
 */
import type { ReactiveController } from 'lit';
import { emit, fetchWithTimeout, type CxErrorDetail } from '@cx-kit/core/element';
import type { Charter, FeedbackReceipt, FeedbackSubmission } from '@cx-kit/core';
import { newIdempotencyKey } from './drafts.js';
import { FIELD_ORDER, STEP_OF, firstIncompleteStep, type FieldId } from './journey.js';
import { fieldForPath, toSubmission } from './submission-body.js';
import type { JourneyController, JourneyHost } from './journey-controller.js';
import { receiptOf } from './receipt.js';
import { Submitter, type SubmitResult } from './submitter.js';

/** `detail` of `cx-submit`. */
export interface CxSubmitDetail {
  /** The body that is about to be sent (see `FeedbackSubmission` in `@cx-kit/core`). */
  submission: FeedbackSubmission;
}

/** `detail` of `cx-submitted`. */
export interface CxSubmittedDetail {
  reference: string;
}

/** What went wrong with the last send, as the resident is told it. */
export type Failure =
  /** The browser is offline: retried by itself when it is back online. */
  | { kind: 'offline' }
  /** Online, but the council's service did not answer (network error, CORS, timeout). */
  | { kind: 'unreachable'; timeout?: boolean }
  /** The council's service refused the request (401, 403), or has no feedback service where the page sends it (404). */
  | { kind: 'refused' }
  /** 429 or 5xx after the automatic retries. */
  | { kind: 'server' }
  /** 2xx without a receipt: we cannot be sure it arrived. */
  | { kind: 'malformed' }
  /** A 4xx the resident cannot fix on a field. `message` is the server's own. */
  | { kind: 'rejected'; message?: string }
  /** No endpoint: nothing is sent. */
  | { kind: 'preview' };

/** What the controller needs from its element. */
export interface SubmissionHost extends JourneyHost, HTMLElement {
  readonly endpoint?: string;
  readonly timeoutMs: number;
  reportFailure(detail: CxErrorDetail): void;
}

export class SubmissionController implements ReactiveController {
  sending: 'idle' | 'sending' | 'retrying' = 'idle';
  failure?: Failure;

  private readonly submitter = new Submitter<FeedbackReceipt>({
    parseReceipt: receiptOf,
    send: (url, init) => fetchWithTimeout(url, { ...init, timeoutMs: this.host.timeoutMs }),
    onRetry: () => {
      this.sending = 'retrying';
      this.host.requestUpdate();
    },
  });

  constructor(
    private readonly host: SubmissionHost,
    private readonly journey: JourneyController,
  ) {
    // Made after the element is on the page (this code loads with the later steps): lit's
    // addController calls hostConnected itself then, so calling it here too would listen twice.
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
    this.submitter.abort();
  }

  hostUpdate(): void {
    // A failure belongs to "Check your answers": leaving it clears the message.
    if (this.journey.step !== 'check') this.failure = undefined;
  }

  private readonly onOnline = (): void => {
    if (this.failure?.kind === 'offline' && this.journey.step === 'check') void this.send();
  };

  async send(): Promise<void> {
    if (this.submitter.busy) return;
    const charter = this.host.resolvedCharter;
    if (!charter) return;
    const journey = this.journey;
    // A step that still has a problem is shown with it, instead of sending.
    const blocked = firstIncompleteStep(journey.answers, journey.context(charter));
    if (blocked) {
      journey.showProblems(blocked);
      return;
    }
    journey.saveDraft();
    // The draft's identity: its key stays the same for every retry of the same answers.
    const draft = (journey.draft ??= { key: newIdempotencyKey(), startedAt: new Date().toISOString() });
    const submission = toSubmission(this.journey.answers, this.journey.context(charter), {
      startedAt: draft.startedAt,
      submittedAt: new Date().toISOString(),
    });
    this.failure = undefined;
    if (!emit<CxSubmitDetail>(this.host, 'cx-submit', { submission }, { cancelable: true })) {
      this.host.requestUpdate();
      return;
    }
    const endpoint = this.host.endpoint || charter.feedback.endpoint;
    if (!endpoint) {
      this.fail({ kind: 'preview' });
      return;
    }
    this.sending = 'sending';
    this.host.requestUpdate();
    const result = await this.submitter.submit({ endpoint, body: submission, idempotencyKey: draft.key });
    this.sending = 'idle';
    this.host.requestUpdate();
    this.settle(result, charter);
  }

  /** Accepted: the confirmation, and `cx-submitted`. */
  accept(receipt: FeedbackReceipt): void {
    this.failure = undefined;
    const journey = this.journey;
    journey.clearDraft();
    journey.receipt = receipt;
    journey.restored = false;
    journey.go('confirmation');
    emit<CxSubmittedDetail>(this.host, 'cx-submitted', { reference: receipt.reference });
  }

  private fail(failure: Failure, error?: CxErrorDetail): void {
    this.failure = failure;
    this.journey.focusNext = 'failure';
    this.host.requestUpdate();
    if (error) this.host.reportFailure(error);
  }

  private settle(result: SubmitResult<FeedbackReceipt>, _charter: Charter): void {
    if (result.ok) {
      this.accept(result.receipt);
      return;
    }
    if (result.aborted) return;
    const { code, status, message } = result;
    if (code === 'validation' && result.fields) {
      const errors: Partial<Record<FieldId, string>> = {};
      for (const [path, text] of Object.entries(result.fields)) {
        const field = fieldForPath(path);
        if (field) errors[field] ??= text;
      }
      const first = FIELD_ORDER.find((field) => errors[field]);
      if (first) {
        this.host.reportFailure({ code, message: 'The server did not accept some answers.' });
        const journey = this.journey;
        // The server could not match the review: the resident describes the complaint in full (the reference is kept).
        if (Object.keys(result.fields).some((path) => path.startsWith('review'))) journey.answers = { ...journey.answers, reviewVerifier: '' };
        // It filed nothing: the corrected draft is a new submission with its own key (showProblems keeps it).
        if (journey.draft) journey.draft = { ...journey.draft, key: newIdempotencyKey() };
        journey.showProblems(STEP_OF[first], errors);
        return;
      }
    }
    const http = status ? ` (HTTP ${status})` : '';
    switch (code) {
      case 'offline':
        return this.fail({ kind: 'offline' }, { code, message: 'The feedback could not be sent: the browser is offline.' });
      case 'unreachable':
        return this.fail({ kind: 'unreachable' }, { code, message: 'The council’s service could not be reached.' });
      case 'timeout':
        return this.fail({ kind: 'unreachable', timeout: true }, { code, message: `The server did not answer in time${http}.` });
      case 'refused':
        return this.fail({ kind: 'refused' }, { code, message: `The council’s service refused the feedback${http}.` });
      case 'not-found':
        // The page sends to an address with no feedback service: how the page is set up, as a refusal is.
        return this.fail({ kind: 'refused' }, { code, message: `The feedback endpoint was not found${http}: check the form’s endpoint or the charter’s feedback.endpoint.` });
      case 'rate-limited':
      case 'server-error':
        return this.fail({ kind: 'server' }, { code, message: `The server could not take the feedback${http}.` });
      case 'invalid-response':
        return this.fail({ kind: 'malformed' }, { code, message: 'The server’s answer was not a feedback receipt.' });
      default:
        // A 4xx the resident cannot fix on a field: the server's own words.
        return this.fail({ kind: 'rejected', message }, { code, message: `The server did not accept the feedback${http}.` });
    }
  }
}
