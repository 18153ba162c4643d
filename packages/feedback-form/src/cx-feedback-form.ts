import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@cx-kit/core/element';
import {
  CxElement,
  emit,
  errorSummary,
  fetchWithTimeout,
  fieldError,
  focusErrorSummary,
  formatDate,
  formStyles,
  renderServiceCombobox,
  serviceComboboxStyles,
  ServiceSearchController,
  type FieldError,
} from '@cx-kit/core/element';
import { checkContract, feedbackReceiptSchema, localText, type Charter, type FeedbackReceipt, type FeedbackSubmission, type Service } from '@cx-kit/core';
import { feedbackFormStyles } from './cx-feedback-form.styles.js';
import { CharacterCountController, countMessage } from './character-count.js';
import { DRAFT_VERSION, DraftStore, draftKey, newIdempotencyKey } from './drafts.js';
import {
  FIELDS,
  emptyAnswers,
  fieldForPath,
  fieldsOf,
  firstIncompleteStep,
  isAnswers,
  isComplaint,
  nextStep,
  previousStep,
  reachableStep,
  socialCareFor,
  toSubmission,
  validateStep,
  type Answers,
  type FieldId,
  type JourneyContext,
  type QuestionStep,
  type StepId,
} from './journey.js';
import { problemMessage } from './messages.js';
import { SUBMIT_TIMEOUT_MS, Submitter, type SubmitResult } from './submitter.js';

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
type Failure =
  /** No connection or a timeout: retry by hand, or by itself when the browser is back online. */
  | { kind: 'connection' }
  /** 429 or 5xx after the automatic retries. */
  | { kind: 'server' }
  /** 2xx without a receipt: we cannot be sure it arrived. */
  | { kind: 'malformed' }
  /** A 4xx the resident cannot fix on a field. `message` is the server's own. */
  | { kind: 'rejected'; message?: string }
  /** No endpoint: nothing is sent. */
  | { kind: 'preview' };

const parseReceipt = (json: unknown): FeedbackReceipt | undefined => {
  const result = checkContract(feedbackReceiptSchema, json);
  return result.ok ? result.value : undefined;
};

const isEmpty = (answers: Answers) => JSON.stringify(answers) === JSON.stringify(emptyAnswers());

const CHOICES = ['suggestion', 'compliment', 'complaint', 'stage-2'] as const;
const WAYS = ['email', 'phone', 'post', 'none'] as const;

/**
 * @tag cx-feedback-form
 * @summary Suggestions, compliments and complaints, one question at a time, with nothing ever lost.
 *
 * A GOV.UK-style journey inside the element: what the resident wants to do
 * (a suggestion, a compliment, a complaint, or a stage 2 review of a
 * complaint already answered), which service, their feedback (with a
 * character count), how to contact them, check your answers, and a
 * confirmation with the reference and the real dates from the charter.
 * Complaints about adults' or children's social care are told about their own
 * statutory procedure and its route first, and can still be sent (flagged).
 *
 * Nothing is lost: every change is kept in `sessionStorage` for this page and
 * this form (and in `localStorage` only when the resident ticks "Remember my
 * answers on this device"); a reload restores it. Sending is one request at a
 * time, with a 15 second timeout and an `Idempotency-Key` that stays the same
 * for every retry of the same draft; it retries 429 and 5xx answers by
 * itself, and retries by itself when the browser comes back online.
 *
 * Without `endpoint` (or the charter's `feedback.endpoint`) the form says it
 * is a preview and sends nothing. An editor's plain `<form>` inside the tag
 * is the no-JavaScript fallback; the widget takes its place.
 *
 * @slot - Fallback content for residents when the widget cannot run: a plain `<form>` that posts to the same endpoint, or a phone number and a link.
 * @csspart base - The wrapper around every step.
 * @csspart error-summary - The GOV.UK error summary shown after a failed step.
 * @csspart panel - The confirmation panel with the reference.
 * @cssprop --cx-color-success - The confirmation panel's border.
 * @cssprop --cx-color-error - Error messages, the error summary and the "could not send" box.
 * @fires cx-submit - Cancelable. About to send; `detail` is `{ submission }` (a `FeedbackSubmission`). Call `preventDefault()` to send it yourself: the form then sends nothing and stays on "Check your answers"; call `showConfirmation(receipt)` once you have a receipt.
 * @fires cx-submitted - The council accepted it; `detail` is `{ reference }`.
 * @fires cx-error - Something went wrong; `detail` is `{ code, message }`: codes `offline`, `network`, `timeout`, `server`, `invalid`, `rejected`, `bad-response`, or a charter problem.
 */
export class CxFeedbackForm extends CxElement {
  static override styles = [...CxElement.styles, formStyles, serviceComboboxStyles, feedbackFormStyles];

  /** The URL the form POSTs to (the `FeedbackSubmission` contract). Falls back to the charter's `feedback.endpoint`; without either, the form is a preview. */
  @property({ reflect: true }) endpoint?: string;

  /** How long to wait for the server on each attempt, in milliseconds. */
  @property({ attribute: false }) timeoutMs = SUBMIT_TIMEOUT_MS;

  @state() private step: StepId = 'type';
  @state() private answers: Answers = emptyAnswers();
  @state() private summary: FieldError[] = [];
  @state() private clientErrors: Partial<Record<FieldId, string>> = {};
  @state() private serverErrors: Partial<Record<FieldId, string>> = {};
  @state() private returning = false;
  @state() private restored = false;
  @state() private remember = false;
  @state() private sending: 'idle' | 'sending' | 'retrying' = 'idle';
  @state() private failure?: Failure;
  @state() private receipt?: FeedbackReceipt;

  /** Steps the resident has tried to leave once: from then on their errors follow what they type. */
  private checkedSteps = new Set<StepId>();
  /** The draft's idempotency key and start time, once the resident has changed something. */
  private draft?: { key: string; startedAt: string };
  private store?: DraftStore<Answers>;
  private draftLoaded = false;
  /** When the current step was shown (for the double-click guard). */
  private stepShownAt = -Infinity;
  private focusNext?: 'heading' | 'summary' | 'failure';
  private servicesById = new WeakMap<Charter, Map<string, Service>>();

  private readonly counts = new CharacterCountController(this);

  private readonly search = new ServiceSearchController<Service>(this, {
    nameOf: (service) => localText(service.name, this.locale),
    onSelect: (service) => {
      this.answers = { ...this.answers, serviceUnknown: false };
      this.set('service', service.id);
    },
  });

  private readonly submitter = new Submitter<FeedbackReceipt>({
    parseReceipt,
    send: (url, init) => fetchWithTimeout(url, { ...init, timeoutMs: this.timeoutMs }),
    onRetry: () => {
      this.sending = 'retrying';
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
    if (!this.draftLoaded) {
      this.draftLoaded = true;
      this.store = new DraftStore(draftKey(location.pathname, this.widgetName()), isAnswers);
      const saved = this.store.load();
      if (saved) {
        this.answers = saved.answers;
        this.step = saved.step as StepId; // checked against the journey once the charter is known
        this.draft = { key: saved.key, startedAt: saved.startedAt };
        this.remember = saved.remember;
        this.restored = !isEmpty(saved.answers);
      }
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    this.submitter.abort();
  }

  /** The element's id, or its position among the page's forms: which draft is this form's. */
  private widgetName(): string {
    if (this.id) return this.id;
    return String(Array.from(document.querySelectorAll(this.localName)).indexOf(this));
  }

  protected override charterReady(charter: Charter): void {
    // A restored draft may name a service this charter no longer has.
    if (this.answers.service && !this.servicesOf(charter).has(this.answers.service)) this.answers = { ...this.answers, service: '' };
    this.step = reachableStep(this.step, this.answers, this.context(charter));
    this.search.setServices(charter.services);
    this.showChosenService(charter);
  }

  /** The search box shows the chosen service's name (after a reload, or coming back to the question). */
  private showChosenService(charter: Charter): void {
    const chosen = this.answers.service ? this.servicesOf(charter).get(this.answers.service) : undefined;
    if (chosen) this.search.query = localText(chosen.name, this.locale);
  }

  /**
   * Shows the confirmation for a receipt the host page got itself (after
   * cancelling `cx-submit` and sending the submission its own way). Deletes
   * the draft and fires `cx-submitted`. Returns false for a value that is not
   * a receipt.
   */
  showConfirmation(receipt: unknown): boolean {
    const parsed = parseReceipt(receipt);
    if (!parsed) return false;
    this.accepted(parsed);
    return true;
  }

  /** Deletes the draft and goes back to the first question. */
  startAgain(): void {
    this.store?.clear();
    this.search.clear();
    this.answers = emptyAnswers();
    this.draft = undefined;
    this.remember = false;
    this.restored = false;
    this.failure = undefined;
    this.returning = false;
    this.checkedSteps.clear();
    this.serverErrors = {};
    this.go('type');
  }

  // ---------------------------------------------------------------------------
  // State changes
  // ---------------------------------------------------------------------------

  private context(charter: Charter): JourneyContext {
    return {
      maxLength: charter.feedback.maxLength,
      referencePattern: charter.organisation.referenceFormat.pattern,
      socialCareOf: (id) => this.servicesOf(charter).get(id)?.socialCare,
      locale: this.locale,
    };
  }

  private servicesOf(charter: Charter): Map<string, Service> {
    let map = this.servicesById.get(charter);
    if (!map) {
      map = new Map(charter.services.map((s) => [s.id, s]));
      this.servicesById.set(charter, map);
    }
    return map;
  }

  private saveDraft(): void {
    if (this.step === 'confirmation') return;
    // Nothing typed yet (a fresh form, or just after Start again): nothing to keep.
    if (!this.draft && !this.remember && isEmpty(this.answers)) return;
    const now = new Date().toISOString();
    this.draft ??= { key: newIdempotencyKey(), startedAt: now };
    this.store?.save({
      v: DRAFT_VERSION,
      answers: this.answers,
      step: this.step,
      key: this.draft.key,
      startedAt: this.draft.startedAt,
      savedAt: now,
      remember: this.remember,
    });
  }

  private set<K extends keyof Answers>(field: K, value: Answers[K]): void {
    this.answers = { ...this.answers, [field]: value };
    if (field in this.serverErrors) {
      const { [field as FieldId]: _gone, ...rest } = this.serverErrors;
      this.serverErrors = rest;
    }
    const charter = this.resolvedCharter;
    if (charter && this.checkedSteps.has(this.step)) this.clientErrors = this.messagesFor(this.step, charter);
    this.saveDraft();
  }

  private messagesFor(step: StepId, charter: Charter): Partial<Record<FieldId, string>> {
    const messages: Partial<Record<FieldId, string>> = {};
    for (const problem of validateStep(step, this.answers, this.context(charter))) {
      messages[problem.field] = problemMessage(
        problem,
        this.answers,
        charter.feedback.maxLength,
        this.locale,
        charter.organisation.referenceFormat.example,
      );
    }
    return messages;
  }

  private errorFor(field: FieldId): string | undefined {
    return this.clientErrors[field] ?? this.serverErrors[field];
  }

  private go(step: StepId): void {
    this.step = step;
    this.stepShownAt = performance.now();
    if (step === 'service' && this.resolvedCharter) this.showChosenService(this.resolvedCharter);
    this.summary = [];
    this.clientErrors = {};
    if (step === 'check') this.returning = false;
    if (step !== 'check') this.failure = undefined;
    this.focusNext = 'heading';
    this.saveDraft();
  }

  /** Shows `step` with its problems and the error summary focused. */
  private showProblems(step: StepId, charter: Charter): void {
    this.step = step;
    this.checkedSteps.add(step);
    this.clientErrors = this.messagesFor(step, charter);
    this.summary = fieldsOf(step)
      .filter((field) => this.errorFor(field))
      .map((field) => ({ field: this.controlId(field), message: this.errorFor(field)! }));
    this.focusNext = 'summary';
    this.saveDraft();
  }

  private continue(event: Event): void {
    event.preventDefault();
    const charter = this.resolvedCharter;
    if (!charter) return;
    const context = this.context(charter);
    const blocked = validateStep(this.step, this.answers, context).length > 0 || fieldsOf(this.step).some((f) => this.serverErrors[f]);
    if (blocked) {
      this.showProblems(this.step, charter);
      return;
    }
    this.restored = false;
    this.go(nextStep(this.step, this.answers, context, this.returning));
  }

  private back(): void {
    const charter = this.resolvedCharter;
    if (!charter) return;
    const to = this.returning ? 'check' : previousStep(this.step, this.answers, this.context(charter));
    if (to) this.go(to);
  }

  private change(step: QuestionStep): void {
    this.returning = true;
    this.go(step);
  }

  private toggleRemember(event: Event): void {
    this.remember = (event.target as HTMLInputElement).checked;
    this.saveDraft();
  }

  private readonly onOnline = (): void => {
    if (this.failure?.kind === 'connection' && this.step === 'check') void this.send();
  };

  private async send(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.submitter.busy) return;
    const charter = this.resolvedCharter;
    if (!charter) return;
    const context = this.context(charter);
    const incomplete = firstIncompleteStep(this.answers, context);
    if (incomplete) {
      this.showProblems(incomplete, charter);
      return;
    }
    this.saveDraft();
    const draft = this.draft!;
    const submission = toSubmission(this.answers, context, { startedAt: draft.startedAt, submittedAt: new Date().toISOString() });
    this.failure = undefined;
    if (!emit<CxSubmitDetail>(this, 'cx-submit', { submission }, { cancelable: true })) return;
    const endpoint = this.endpoint || charter.feedback.endpoint;
    if (!endpoint) {
      this.showFailure({ kind: 'preview' });
      return;
    }
    this.sending = 'sending';
    const result = await this.submitter.submit({ endpoint, body: submission, idempotencyKey: draft.key });
    this.sending = 'idle';
    this.settle(result, charter);
  }

  private settle(result: SubmitResult<FeedbackReceipt>, charter: Charter): void {
    if (result.ok) {
      this.accepted(result.receipt);
      return;
    }
    switch (result.reason) {
      case 'aborted':
        return;
      case 'invalid': {
        const errors: Partial<Record<FieldId, string>> = {};
        for (const [path, message] of Object.entries(result.fields ?? {})) {
          const field = fieldForPath(path);
          if (field) errors[field] ??= message;
        }
        this.reportError({ code: 'invalid', message: 'The server did not accept some answers.' });
        const first = (Object.keys(FIELDS) as FieldId[]).find((field) => errors[field]);
        if (!first) {
          this.showFailure({ kind: 'rejected', message: result.message });
          return;
        }
        // Nothing was filed: the corrected draft is a new submission with its own key.
        this.draft = { ...this.draft!, key: newIdempotencyKey() };
        this.serverErrors = errors;
        this.showProblems(FIELDS[first].step, charter);
        return;
      }
      case 'rejected':
        this.showFailure({ kind: 'rejected', message: result.message });
        this.reportError({ code: 'rejected', message: `The server did not accept the feedback (HTTP ${result.status}).` });
        return;
      case 'malformed':
        this.showFailure({ kind: 'malformed' });
        this.reportError({ code: 'bad-response', message: 'The server’s answer was not a feedback receipt.' });
        return;
      default:
        this.showFailure({ kind: result.reason === 'server' ? 'server' : 'connection' });
        this.reportError({
          code: result.reason,
          message:
            result.reason === 'server'
              ? `The server could not take the feedback (HTTP ${result.status}).`
              : result.reason === 'timeout'
                ? 'The server did not answer in time.'
                : 'The feedback could not be sent: no connection.',
        });
    }
  }

  private showFailure(failure: Failure): void {
    this.failure = failure;
    this.focusNext = 'failure';
  }

  private accepted(receipt: FeedbackReceipt): void {
    this.store?.clear();
    this.draft = undefined;
    this.receipt = receipt;
    this.failure = undefined;
    this.restored = false;
    this.summary = [];
    this.step = 'confirmation';
    this.focusNext = 'heading';
    emit<CxSubmittedDetail>(this, 'cx-submitted', { reference: receipt.reference });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.focusNext;
    this.focusNext = undefined;
    if (!target || !this.shadowRoot) return;
    if (target === 'summary') focusErrorSummary(this.shadowRoot);
    else this.shadowRoot.querySelector<HTMLElement>(target === 'failure' ? '.cx-failure' : '[data-step-heading]')?.focus();
  }

  // ---------------------------------------------------------------------------
  // Rendering
  // ---------------------------------------------------------------------------

  /** The element a field's error links to: its control, the first radio of a group, or the search box. */
  private controlId(field: FieldId): string {
    return field === 'service' ? 'service-input' : field;
  }

  private describedBy(...ids: (string | false | undefined)[]): string | typeof nothing {
    const list = ids.filter(Boolean).join(' ');
    return list || nothing;
  }

  private group(field: FieldId, content: TemplateResult, extraClass = ''): TemplateResult {
    return html`<div class="cx-form-group ${extraClass} ${this.errorFor(field) ? 'cx-form-group--error' : ''}">${content}</div>`;
  }

  protected override renderWidget(charter: Charter): TemplateResult {
    const context = this.context(charter);
    const endpoint = this.endpoint || charter.feedback.endpoint;
    const step = this.step;
    const canGoBack = step !== 'confirmation' && (this.returning || previousStep(step, this.answers, context) !== undefined);
    return html`<div class="cx-feedback" part="base">
      ${!endpoint && step !== 'confirmation'
        ? html`<p class="cx-warning"><strong>${msg('This is a preview.')}</strong> ${msg('This form is not connected to the council yet, so nothing you enter will be sent.')}</p>`
        : nothing}
      ${canGoBack ? html`<button type="button" class="cx-back-link" @click=${this.back}>${msg('Back')}</button>` : nothing}
      ${this.restored ? this.renderRestored() : nothing} ${errorSummary(this.summary, this.shadowRoot)} ${this.renderStep(step, charter, context)}
      ${step !== 'check' && step !== 'confirmation' ? this.renderRemember() : nothing}
    </div>`;
  }

  private renderStep(step: StepId, charter: Charter, context: JourneyContext): TemplateResult {
    switch (step) {
      case 'type':
        return this.renderType();
      case 'review':
        return this.renderReview(charter);
      case 'service':
        return this.renderService();
      case 'social-care':
        return this.renderSocialCare(charter, context);
      case 'details':
        return this.renderDetails(charter);
      case 'about':
        return this.renderAbout(charter);
      case 'check':
        return this.renderCheck(charter, context);
      case 'confirmation':
        return this.renderConfirmation(charter, context);
    }
  }

  private heading(text: string): TemplateResult {
    return html`<h2 class="cx-step-heading" tabindex="-1" data-step-heading>${text}</h2>`;
  }

  private continueButton(): TemplateResult {
    return html`<div class="cx-button-group">
      <button class="cx-button" type="submit" @click=${this.guardDoubleClick}>${msg('Continue')}</button>
    </div>`;
  }

  /**
   * The second click of a double click lands on the next step's Continue
   * button, which would skip that step and greet the resident with errors
   * (GOV.UK's "prevent double click"). Keyboard activation has `detail` 0 and
   * is never held back: focus is on the new heading anyway.
   */
  private readonly guardDoubleClick = (event: MouseEvent): void => {
    if (event.detail > 0 && performance.now() - this.stepShownAt < 1000) event.preventDefault();
  };

  private renderRestored(): TemplateResult {
    return html`<div class="cx-notice" role="status">
      <p>${msg('We have kept the answers you gave earlier, so you can carry on where you left off.')}</p>
      <p><button type="button" class="cx-link-button" @click=${this.startAgain}>${msg('Start again')}</button></p>
    </div>`;
  }

  private renderRemember(): TemplateResult {
    return html`<div class="cx-form-group cx-remember">
      <div class="cx-choice">
        <input type="checkbox" id="remember" .checked=${live(this.remember)} aria-describedby="remember-hint" @change=${this.toggleRemember} />
        <label for="remember">${msg('Remember my answers on this device')}</label>
      </div>
      <p class="cx-hint cx-small" id="remember-hint">
        ${msg('We keep what you have typed in this browser until you send it or choose ‘Start again’, even if you close it. Do not tick this on a shared or public computer.')}
      </p>
    </div>`;
  }

  private renderType(): TemplateResult {
    const labels: Record<(typeof CHOICES)[number], [string, string]> = {
      suggestion: [msg('Make a suggestion'), msg('Tell us how we could do things better.')],
      compliment: [msg('Pay a compliment'), msg('Tell us about a person or a service that did well.')],
      complaint: [msg('Make a complaint'), msg('Tell us when something has gone wrong, so we can put it right.')],
      'stage-2': [
        msg('Ask for a review of a complaint we have already answered'),
        msg('This is stage 2 of our complaints procedure: a second officer looks at your complaint again.'),
      ],
    };
    const error = this.errorFor('type');
    return html`<form novalidate @submit=${this.continue}>
      ${this.group(
        'type',
        html`<fieldset aria-describedby=${this.describedBy(error && 'type-error')}>
          <legend>${this.heading(msg('What do you want to do?'))}</legend>
          ${fieldError('type', error)}
          <div class="cx-radios">
            ${CHOICES.map((choice, i) => {
              const id = i === 0 ? 'type' : `type-${choice}`;
              return html`<div class="cx-choice">
                <input
                  type="radio"
                  id=${id}
                  name="type"
                  value=${choice}
                  .checked=${live(this.answers.type === choice)}
                  aria-describedby="${id}-hint"
                  @change=${() => this.set('type', choice)}
                />
                <label for=${id}>${labels[choice][0]}<span class="cx-choice__hint" id="${id}-hint">${labels[choice][1]}</span></label>
              </div>`;
            })}
          </div>
        </fieldset>`,
      )}
      ${this.continueButton()}
    </form>`;
  }

  private textInput(
    field: 'relatedReference' | 'name' | 'email' | 'phone',
    label: string,
    options: { hint?: string; type?: string; autocomplete?: string; short?: boolean; spellcheck?: boolean; inputmode?: string; ltr?: boolean } = {},
  ): TemplateResult {
    const error = this.errorFor(field);
    return this.group(
      field,
      html`<label class="cx-label" for=${field}>${label}</label>
        ${options.hint ? html`<p class="cx-hint" id="${field}-hint">${options.hint}</p>` : nothing}
        ${fieldError(field, error)}
        <input
          class="cx-input ${options.short ? 'cx-input--short' : ''} ${error ? 'cx-input--error' : ''}"
          id=${field}
          name=${field}
          type=${options.type ?? 'text'}
          autocomplete=${options.autocomplete ?? 'off'}
          inputmode=${options.inputmode ?? nothing}
          spellcheck=${options.spellcheck === false ? 'false' : nothing}
          dir=${options.ltr ? 'ltr' : nothing}
          aria-describedby=${this.describedBy(options.hint && `${field}-hint`, error && `${field}-error`)}
          aria-invalid=${error ? 'true' : nothing}
          .value=${live(this.answers[field])}
          @input=${(e: Event) => this.set(field, (e.target as HTMLInputElement).value)}
        />`,
    );
  }

  /** A textarea with GOV.UK's character count; `hint` may be rich (a list). */
  private textArea(
    field: 'details' | 'reasonNotSatisfied' | 'address',
    label: string,
    limit: number | undefined,
    options: { hint?: TemplateResult | string; rows?: number; autocomplete?: string; heading?: boolean } = {},
  ): TemplateResult {
    const error = this.errorFor(field);
    const value = this.answers[field];
    const over = limit !== undefined && value.length > limit;
    return this.group(
      field,
      html`${options.heading
          ? html`<h2 class="cx-step-heading" tabindex="-1" data-step-heading><label class="cx-label cx-label--heading" for=${field}>${label}</label></h2>`
          : html`<label class="cx-label" for=${field}>${label}</label>`}
        ${options.hint ? html`<div class="cx-hint" id="${field}-hint">${options.hint}</div>` : nothing} ${fieldError(field, error)}
        <textarea
          class="cx-textarea ${error || over ? 'cx-textarea--error' : ''}"
          id=${field}
          name=${field}
          rows=${options.rows ?? 8}
          autocomplete=${options.autocomplete ?? 'off'}
          aria-describedby=${this.describedBy(options.hint && `${field}-hint`, limit !== undefined && `${field}-info`, error && `${field}-error`)}
          aria-invalid=${error ? 'true' : nothing}
          .value=${live(value)}
          @input=${(e: Event) => {
            const text = (e.target as HTMLTextAreaElement).value;
            this.set(field, text);
            if (limit !== undefined) this.counts.typed(field, countMessage(text, limit, this.locale));
          }}
        ></textarea>
        ${limit !== undefined ? this.counts.render(field, value, limit, this.locale) : nothing}`,
      limit !== undefined ? 'cx-form-group--count' : '',
    );
  }

  private renderReview(charter: Charter): TemplateResult {
    const format = charter.organisation.referenceFormat;
    return html`<form novalidate @submit=${this.continue}>
      ${this.heading(msg('The complaint you want us to review'))}
      ${this.textInput('relatedReference', msg('Reference of the complaint we answered'), {
        hint: localText(format.description, this.locale),
        short: true,
        spellcheck: false,
        ltr: true,
      })}
      ${this.textArea('reasonNotSatisfied', msg('Why are you not satisfied with our response?'), charter.feedback.maxLength, {
        hint: msg('Tell us which parts of our response you disagree with and why, and what you would like us to do now.'),
      })}
      ${this.continueButton()}
    </form>`;
  }

  private renderService(): TemplateResult {
    const error = this.errorFor('service');
    return html`<form novalidate @submit=${this.continue}>
      ${this.group(
        'service',
        html`<fieldset aria-describedby=${this.describedBy('service-hint', error && 'service-error')}>
          <legend>${this.heading(msg('Which service is your feedback about?'))}</legend>
          <p class="cx-hint" id="service-hint">${msg('This helps us pass it to the right team. If you are not sure, select ‘I do not know’.')}</p>
          ${fieldError('service', error)}
          <div @input=${this.serviceTyped}>
            ${renderServiceCombobox(this.search, 'service', {
              label: msg('Search for the service'),
              hint: msg('For example, bins, potholes or council tax'),
            })}
          </div>
          <p class="cx-or">${msg('or')}</p>
          <div class="cx-choice">
            <input type="checkbox" id="service-unknown" .checked=${live(this.answers.serviceUnknown)} @change=${this.serviceUnknownChanged} />
            <label for="service-unknown">${msg('I do not know')}</label>
          </div>
        </fieldset>`,
      )}
      ${this.continueButton()}
    </form>`;
  }

  /** Typing after choosing a service un-chooses it, unless the text still names it. */
  private readonly serviceTyped = (): void => {
    const chosen = this.answers.service && this.resolvedCharter ? this.servicesOf(this.resolvedCharter).get(this.answers.service) : undefined;
    if (chosen && this.search.query.trim() !== localText(chosen.name, this.locale)) this.set('service', '');
  };

  private readonly serviceUnknownChanged = (event: Event): void => {
    const unknown = (event.target as HTMLInputElement).checked;
    if (unknown) {
      this.search.clear();
      this.answers = { ...this.answers, service: '' };
    }
    this.set('serviceUnknown', unknown);
  };

  private renderSocialCare(charter: Charter, context: JourneyContext): TemplateResult {
    const which = socialCareFor(this.answers, context) ?? 'adults';
    const route = charter.feedback.socialCare[which];
    return html`<form novalidate @submit=${this.continue}>
      ${this.heading(which === 'adults' ? msg('Complaints about adult social care') : msg('Complaints about children’s social care'))}
      <p>${msg('These complaints follow their own statutory procedure, with their own timescales.')}</p>
      <div class="cx-inset">
        <p>${localText(route.text, this.locale)}</p>
        <p><a href=${route.url}>${which === 'adults' ? msg('Go to adult social care complaints') : msg('Go to children’s social care complaints')}</a></p>
      </div>
      <p>${msg('You can still send your complaint using this form. We will pass it to the social care complaints team, and tell you which procedure applies and by when you will hear from us.')}</p>
      ${this.continueButton()}
    </form>`;
  }

  private renderDetails(charter: Charter): TemplateResult {
    const type = this.answers.type;
    const label =
      type === 'suggestion'
        ? msg('What is your suggestion?')
        : type === 'compliment'
          ? msg('What would you like to tell us?')
          : type === 'stage-2'
            ? msg('What was your complaint about?')
            : msg('What happened?');
    const hint =
      type === 'suggestion'
        ? msg('Tell us what we could do better, and how it would help you or others.')
        : type === 'compliment'
          ? msg('Tell us who helped you, if you know their name or team, and what they did well.')
          : type === 'stage-2'
            ? msg('A short summary helps the officer who reviews it. Do not include bank or card details.')
            : html`${msg('To help us deal with your complaint, tell us:')}
                <ul class="cx-hint-list">
                  <li>${msg('what happened, and when and where it happened')}</li>
                  <li>${msg('who you dealt with, if you know')}</li>
                  <li>${msg('any reference numbers you have')}</li>
                  <li>${msg('what you would like us to do to put it right')}</li>
                </ul>
                ${msg('Do not include bank or card details.')}`;
    return html`<form novalidate @submit=${this.continue}>
      ${this.textArea('details', label, charter.feedback.maxLength, {
        hint,
        rows: 10,
        heading: true,
      })}
      ${this.continueButton()}
    </form>`;
  }

  private renderAbout(charter: Charter): TemplateResult {
    const complaint = isComplaint(this.answers.type);
    const preference = this.answers.preference;
    const nameOptional = !complaint && preference !== 'post';
    const preferenceError = this.errorFor('preference');
    const consentError = this.errorFor('consent');
    const wayLabels: Record<(typeof WAYS)[number], string> = {
      email: msg('Email'),
      phone: msg('Phone'),
      post: msg('Post'),
      none: msg('I do not want a reply'),
    };
    const ways = complaint ? WAYS.filter((w) => w !== 'none') : WAYS;
    const reveal = (way: (typeof WAYS)[number]) => {
      if (preference !== way) return nothing;
      if (way === 'email')
        return html`<div class="cx-conditional">${this.textInput('email', msg('Email address'), { type: 'email', autocomplete: 'email', spellcheck: false, ltr: true })}</div>`;
      if (way === 'phone')
        return html`<div class="cx-conditional">
          ${this.textInput('phone', msg('Phone number'), { type: 'tel', autocomplete: 'tel', short: true, ltr: true, hint: msg('For international numbers include the country code') })}
        </div>`;
      if (way === 'post')
        return html`<div class="cx-conditional">${this.textArea('address', msg('Address, including the postcode'), undefined, { rows: 4, autocomplete: 'street-address' })}</div>`;
      return nothing;
    };
    return html`<form novalidate @submit=${this.continue}>
      ${this.heading(msg('About you'))}
      ${complaint
        ? html`<p>${msg('We need your name and a way to reply to your complaint.')}</p>`
        : html`<p>${msg('You do not have to tell us who you are. If you do not give any contact details, we cannot reply to you.')}</p>`}
      ${this.textInput('name', nameOptional ? msg('Full name (optional)') : msg('Full name'), { autocomplete: 'name', spellcheck: false })}
      ${this.group(
        'preference',
        html`<fieldset aria-describedby=${this.describedBy(preferenceError && 'preference-error')}>
          <legend>${complaint ? msg('How should we reply to your complaint?') : msg('How should we contact you?')}</legend>
          ${fieldError('preference', preferenceError)}
          <div class="cx-radios">
            ${ways.map((way, i) => {
              const id = i === 0 ? 'preference' : `preference-${way}`;
              return html`<div>
                <div class="cx-choice">
                  <input
                    type="radio"
                    id=${id}
                    name="preference"
                    value=${way}
                    .checked=${live(preference === way)}
                    @change=${() => this.set('preference', way)}
                  />
                  <label for=${id}>${wayLabels[way]}</label>
                </div>
                ${reveal(way)}
              </div>`;
            })}
          </div>
        </fieldset>`,
      )}
      <h3>${msg('How we use your information')}</h3>
      <p>
        ${localText(charter.privacy.text, this.locale)}
        <a href=${charter.privacy.url} target="_blank" rel="noopener noreferrer">${msg('Read our privacy notice (opens in a new tab)')}</a>
      </p>
      ${this.group(
        'consent',
        html`${fieldError('consent', consentError)}
          <div class="cx-choice">
            <input
              type="checkbox"
              id="consent"
              name="consent"
              aria-describedby=${this.describedBy(consentError && 'consent-error')}
              aria-invalid=${consentError ? 'true' : nothing}
              .checked=${live(this.answers.consent)}
              @change=${(e: Event) => this.set('consent', (e.target as HTMLInputElement).checked)}
            />
            <label for="consent">${msg('I agree that the council can use the details I give to deal with my feedback and to contact me about it')}</label>
          </div>`,
      )}
      <div class="cx-trap" aria-hidden="true">
        <label for="website">${msg('Leave this box empty')}</label>
        <input
          id="website"
          name="website"
          type="text"
          tabindex="-1"
          autocomplete="off"
          .value=${live(this.answers.website)}
          @input=${(e: Event) => this.set('website', (e.target as HTMLInputElement).value)}
        />
      </div>
      ${this.continueButton()}
    </form>`;
  }

  private typeName(type: Answers['type']): string {
    switch (type) {
      case 'suggestion':
        return msg('Suggestion');
      case 'compliment':
        return msg('Compliment');
      case 'complaint':
        return msg('Complaint');
      case 'stage-2':
        return msg('Review of a complaint we answered (stage 2)');
      default:
        return '';
    }
  }

  private renderCheck(charter: Charter, context: JourneyContext): TemplateResult {
    const a = this.answers;
    const service = a.serviceUnknown || !a.service ? msg('I do not know') : localText(this.servicesOf(charter).get(a.service)?.name ?? a.service, this.locale);
    const contact =
      a.preference === 'email'
        ? msg(str`By email: ${a.email.trim()}`)
        : a.preference === 'phone'
          ? msg(str`By phone: ${a.phone.trim()}`)
          : a.preference === 'post'
            ? msg(str`By post: ${a.address.trim()}`)
            : msg('Do not contact me');
    const rows: [string, string, QuestionStep, string][] = [
      [msg('What you want to do'), this.typeName(a.type), 'type', msg('what you want to do')],
      ...(a.type === 'stage-2'
        ? ([
            [msg('Complaint reference'), a.relatedReference.trim(), 'review', msg('the complaint reference')],
            [msg('Why you are not satisfied'), a.reasonNotSatisfied.trim(), 'review', msg('why you are not satisfied')],
          ] as [string, string, QuestionStep, string][])
        : []),
      [msg('Service'), service, 'service', msg('the service')],
      [msg('Your feedback'), a.details.trim(), 'details', msg('your feedback')],
      [msg('Name'), a.name.trim() || msg('Not given'), 'about', msg('your name')],
      [msg('How to contact you'), contact, 'about', msg('how to contact you')],
    ];
    const busy = this.sending !== 'idle';
    const sendLabel = isComplaint(a.type) ? msg('Send complaint') : msg('Send feedback');
    return html`<form novalidate @submit=${this.send}>
      ${this.heading(msg('Check your answers before sending'))}
      <dl class="cx-summary-list">
        ${rows.map(
          ([key, value, step, hidden]) => html`<div class="cx-summary-list__row">
            <dt class="cx-summary-list__key">${key}</dt>
            <dd class="cx-summary-list__value">${value}</dd>
            <dd class="cx-summary-list__actions">
              <button type="button" class="cx-link-button" @click=${() => this.change(step)}>
                ${msg('Change')}<span class="cx-visually-hidden"> ${hidden}</span>
              </button>
            </dd>
          </div>`,
        )}
      </dl>
      ${socialCareFor(a, context) && isComplaint(a.type)
        ? html`<p class="cx-inset">${msg('Your complaint is about social care, so we will pass it to the social care complaints team.')}</p>`
        : nothing}
      <h3>${msg('Now send your feedback')}</h3>
      <p>${msg('By sending this you confirm that, to the best of your knowledge, the details you are giving are correct.')}</p>
      ${this.renderFailure(charter)}
      <div class="cx-button-group">
        <button class="cx-button" type="submit" aria-disabled=${busy ? 'true' : 'false'}>${sendLabel}</button>
      </div>
      <p class="cx-visually-hidden" role="status" data-send-status>
        ${this.sending === 'sending' ? msg('Sending your feedback…') : this.sending === 'retrying' ? msg('Still sending: we are trying again…') : ''}
      </p>
    </form>`;
  }

  private renderFailure(charter: Charter): TemplateResult | typeof nothing {
    const failure = this.failure;
    if (!failure) return nothing;
    if (failure.kind === 'preview') {
      return html`<div class="cx-warning cx-failure" tabindex="-1" role="alert">
        <p>${msg('This form is a preview, so your feedback has not been sent.')}</p>
      </div>`;
    }
    const retry = html`<button type="button" class="cx-button cx-button--secondary" @click=${() => this.send()}>${msg('Try again')}</button>`;
    const website = html`<a href=${charter.organisation.website}>${msg('contact the council another way')}</a>`;
    const body =
      failure.kind === 'connection'
        ? html`<p>${msg('Check your internet connection and try again. We will also try again by ourselves when your connection comes back.')}</p>`
        : failure.kind === 'server'
          ? html`<p>${msg('Our system is not working at the moment. Try again in a few minutes.')}</p>`
          : failure.kind === 'malformed'
          ? html`<p>${msg('We did not get a reference back, so we cannot be sure your feedback arrived. Try again: it will not be sent twice.')}</p>`
          : html`${failure.message ? html`<p>${failure.message}</p>` : nothing}
              <p>${msg('Try again later, or')} ${website}.</p>`;
    return html`<div class="cx-failure" tabindex="-1" role="alert" aria-labelledby="failure-title">
      <h3 id="failure-title">${msg('We could not send your feedback')}</h3>
      <p>${msg('Nothing you wrote has been lost.')}</p>
      ${body}
      <p>${retry}</p>
    </div>`;
  }

  private renderConfirmation(charter: Charter, context: JourneyContext): TemplateResult {
    const receipt = this.receipt!;
    const a = this.answers;
    const type = a.type;
    const title =
      type === 'complaint'
        ? msg('Complaint sent')
        : type === 'stage-2'
          ? msg('Review request sent')
          : type === 'compliment'
            ? msg('Compliment sent')
            : msg('Suggestion sent');
    const socialCare = isComplaint(type) ? socialCareFor(a, context) : undefined;
    const date = (iso: string) => formatDate(iso, this.locale);
    const trackUrl = receipt.trackUrl ?? charter.organisation.trackerUrl;
    const next: TemplateResult[] = [];
    if (a.preference === 'none') {
      next.push(html`<p>${msg('You chose not to give contact details, so we will not reply to you. Thank you for taking the time to tell us.')}</p>`);
    } else {
      next.push(html`<p>${msg(str`We will acknowledge it by ${date(receipt.acknowledgeBy)}.`)}</p>`);
      if (socialCare) {
        next.push(
          html`<p>
            ${socialCare === 'adults'
              ? msg('Complaints about adult social care follow their own statutory procedure. We will tell you which procedure applies and by when you will get a full response.')
              : msg('Complaints about children’s social care follow their own statutory procedure. We will tell you which procedure applies and by when you will get a full response.')}
          </p>`,
        );
      } else if (isComplaint(type)) {
        next.push(html`<p>${msg(str`You will get a full response by ${date(receipt.respondBy)}.`)}</p>`);
      }
      if (type === 'stage-2') next.push(html`<p>${msg('A second officer, who was not involved in your complaint before, will review it.')}</p>`);
      if (type === 'complaint' && !socialCare)
        next.push(html`<p>${msg('If you are not satisfied with our response, you can ask for a second officer to review your complaint (stage 2).')}</p>`);
      if (type === 'suggestion') next.push(html`<p>${msg('We will pass your suggestion to the team that runs the service.')}</p>`);
      if (type === 'compliment') next.push(html`<p>${msg('We will pass your compliment on to the people involved.')}</p>`);
    }
    return html`<div class="cx-panel" part="panel">
        ${this.heading(title)}
        <p>${msg('Your reference is')} <strong class="cx-reference">${receipt.reference}</strong></p>
      </div>
      <p>${msg('Keep your reference. You will need it if you contact us about this.')}</p>
      <h3>${msg('What happens next')}</h3>
      ${next}
      ${trackUrl
        ? html`<p>${msg('You can check its progress at any time with your reference.')} <a href=${trackUrl}>${msg('Track your feedback')}</a></p>`
        : nothing}`;
  }
}
