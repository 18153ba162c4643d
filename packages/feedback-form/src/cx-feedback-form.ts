import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@cx-kit/core/element';
import { addStyles, CxElement, errorSummary, focusErrorSummary, formStyles, inlineCharterText, type CxErrorDetail } from '@cx-kit/core/element';
import type { Charter, Service } from '@cx-kit/core';
import { feedbackFormStyles } from './cx-feedback-form.styles.js';
import { JourneyController } from './journey-controller.js';
import { claimDraftSlot, releaseDraftSlot } from './draft-slot.js';
import { SUBMIT_TIMEOUT_MS } from './journey.js';
import { DoubleClickGuard } from './double-click-guard.js';
import { previewWarning, rememberBox, restoredNotice } from './steps/frame.js';
import { typeStep } from './steps/type.js';
import type { FirstView, FormView, LaterView } from './steps/view.js';

export type { CxSubmitDetail, CxSubmittedDetail } from './submission-controller.js';

type Later = typeof import('./steps/later.js');

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
 * this form (named by `draft-key`, `id` or `name`), and in `localStorage` only
 * when the resident ticks "Remember my answers on this device"; a reload
 * restores it. Sending is one request at a time, with a 15 second timeout and
 * an `Idempotency-Key` that stays the same for every retry of the same draft;
 * it retries 429 and 5xx answers by itself, and retries by itself when the
 * browser comes back online.
 *
 * The first question is in the first download and shows before the charter
 * has loaded (with the built-in default charter, or with `endpoint` set);
 * Continue waits for the charter. The later steps load on demand, as soon as
 * the resident starts answering.
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
 * @fires cx-error - Something went wrong; `detail` is `{ code, message }` with a `CxErrorCode`: `offline`, `unreachable`, `refused`, `timeout`, `rate-limited`, `server-error`, `not-found`, `validation`, `invalid-response`, or a charter problem.
 */
export class CxFeedbackForm extends CxElement {
  static override styles = [...CxElement.styles, formStyles, feedbackFormStyles];

  /** The URL the form POSTs to (the `FeedbackSubmission` contract). Falls back to the charter's `feedback.endpoint`; without either, the form is a preview. */
  @property({ reflect: true }) endpoint?: string;

  /** Names this form's draft on the page (wins over `id` and `name`). Two forms on one page need different names to keep separate drafts. */
  @property({ attribute: 'draft-key', reflect: true }) draftKey?: string;

  /** The complaint to review at stage 2 (from the tracker's "Ask for a review"): the form starts at the review, with this reference. */
  @property({ attribute: 'review-reference' }) reviewReference?: string;

  /** The email address or postcode given with that complaint. With it, the server matches the complaint, and the form asks only why the resident is not satisfied and what they want done. */
  @property({ attribute: 'review-verifier' }) reviewVerifier?: string;

  /** How long to wait for the server on each attempt, in milliseconds. */
  @property({ attribute: false }) timeoutMs = SUBMIT_TIMEOUT_MS;

  private readonly journey = new JourneyController(this);
  private later?: Later & { view: Pick<LaterView, 'submission' | 'search' | 'counts'> };
  private loadingLater?: Promise<void>;
  private draftSlot?: string;
  private readonly clicks = new DoubleClickGuard();
  private startLoad?: (value?: unknown) => void;

  override get locale(): string {
    return super.locale;
  }

  override get resolvedCharter(): Charter | undefined {
    return super.resolvedCharter;
  }

  override connectedCallback(): void {
    // The draft first: it says whether the charter's services are needed from the start (listsServices).
    const slot = this.draftKey || this.id || this.getAttribute('name') || '';
    if (this.draftSlot === undefined || this.draftSlot !== slot) {
      this.draftSlot = slot;
      const mine = claimDraftSlot(this, slot);
      if (!mine) this.reportError({ code: 'attribute-invalid', message: `Another feedback form on this page keeps its draft as “${slot || '(unnamed)'}”: give each form its own draft-key, id or name. This one keeps no draft.` });
      this.journey.openDraft(mine ? slot : undefined);
    }
    super.connectedCallback();
    // Arrived by the tracker's "Ask for a review" link (the charter's feedback.page): #cx-review=<reference>.
    const linked = /^#cx-review=([^&#]+)$/.exec(location.hash)?.[1];
    if (linked && !this.reviewReference) {
      try {
        this.reviewReference = decodeURIComponent(linked);
      } catch {
        // A broken escape is not a reference: the form starts as usual.
      }
    }
    if (this.journey.step !== 'type') void this.loadLater();
  }

  /**
   * The first question needs no services: with the built-in default charter,
   * they load with the later steps (or at once for a draft that has got past it).
   */
  protected override get listsServices(): boolean {
    return this.loadingLater !== undefined || this.journey.step !== 'type' || this.journey.answers.service !== '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    releaseDraftSlot(this, this.draftSlot);
    this.draftSlot = undefined;
  }

  protected override charterReady(charter: Charter): void {
    this.journey.charterReady(charter);
    this.later?.view.search.setServices(charter.services);
    this.showChosenService(charter);
  }

  /** The page's `cx-error`, for the controllers. */
  reportFailure(detail: CxErrorDetail): void {
    this.reportError(detail);
  }

  /**
   * Shows the confirmation for a receipt the host page got itself (after
   * cancelling `cx-submit` and sending the submission its own way). Deletes
   * the draft and fires `cx-submitted`. Returns false for a value that is not
   * a receipt, and before the later steps have loaded (the receipt check comes
   * with them; they are always in by `cx-submit`, which only "Check your
   * answers" fires).
   */
  showConfirmation(receipt: unknown): boolean {
    const parsed = this.later?.receiptOf(receipt);
    if (!parsed) return false;
    this.later!.view.submission.accept(parsed);
    return true;
  }

  /**
   * Starts a stage 2 review of a complaint, as the resident asked (hand it the
   * tracker's `cx-review-request` detail): focus moves to the review question.
   */
  askForReview(detail: { reference: string; verifier?: string }): void {
    // The resident asked: a confirmation still on screen gives way to the review.
    if (this.journey.step === 'confirmation') this.journey.startAgain();
    this.reviewReference = detail.reference;
    this.reviewVerifier = detail.verifier;
    this.journey.startReview(detail.reference.trim(), detail.verifier?.trim() ?? '');
    this.journey.focusNext = 'heading';
    void this.loadLater();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed.has('reviewReference') || changed.has('reviewVerifier')) && this.reviewReference?.trim()) {
      this.journey.startReview(this.reviewReference.trim(), this.reviewVerifier?.trim() ?? '');
      void this.loadLater();
    }
  }

  /** Deletes the draft and goes back to the first question. */
  startAgain(): void {
    this.later?.view.search.clear();
    this.journey.startAgain();
  }

  /** Loads the later steps (once); every answer or a restored later step starts it. */
  private loadLater(): Promise<void> {
    this.loadingLater ??= Promise.all([import('./steps/later.js'), this.addDefaultServices()]).then(([later]) => {
      // The later steps' styles arrive with them.
      addStyles(this.renderRoot, [later.serviceComboboxStyles, later.laterStepStyles]);
      const search = new later.ServiceSearchController<Service>(this, {
        nameOf: (service) => later.serviceName(service, this.locale),
        onSelect: (service) => {
          this.journey.assign({ serviceUnknown: false });
          this.journey.set('service', service.id);
        },
      });
      const view = { submission: new later.SubmissionController(this, this.journey), search, counts: new later.CharacterCountController(this) };
      this.journey.useLater({ checks: later.CHECKS, wording: later.problemMessage });
      this.later = { ...later, view };
      const charter = this.resolvedCharter;
      if (charter) this.charterReady(charter);
      this.requestUpdate();
    });
    return this.loadingLater;
  }

  /**
   * Also waits for the charter (for any step but the first question, and for
   * Continue from it) and for the later steps while they load, so
   * `updateComplete` means "the step is on screen".
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    if (!this.resolvedCharter && (this.journey.waiting || this.journey.step !== 'type')) {
      await this.charterResolving;
      result = await super.getUpdateComplete();
    }
    if (this.loadingLater && !this.later && this.resolvedCharter) {
      await this.loadingLater;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** The search box shows the chosen service's name (after a reload, or coming back to the question). */
  private showChosenService(charter: Charter): void {
    const name = this.later?.chosenServiceName(this.journey, charter, this.locale);
    if (name) this.later!.view.search.query = name;
  }

  private readonly onContinue = (event: Event): void => {
    event.preventDefault();
    void this.loadLater();
    const from = this.journey.step;
    this.journey.continue();
    if (this.journey.step === 'service' && from !== 'service' && this.resolvedCharter) this.showChosenService(this.resolvedCharter);
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A task later, not a microtask: the browser can paint the question first.
    if (this.startLoad) setTimeout(this.startLoad);
    this.startLoad = undefined;
    const target = this.journey.focusNext;
    if (!target || !this.shadowRoot || !this.isStepShown()) return;
    this.journey.focusNext = undefined;
    if (target === 'summary') focusErrorSummary(this.shadowRoot);
    else this.shadowRoot.querySelector<HTMLElement>(target === 'failure' ? '.cx-failure' : '[data-step-heading]')?.focus();
  }

  private isStepShown(): boolean {
    return this.journey.step === 'type' || this.later !== undefined;
  }

  private firstView(): FirstView {
    return {
      journey: this.journey,
      heading: (content) => html`<h2 class="cx-step-heading" tabindex="-1" data-step-heading>${content}</h2>`,
      // Before the charter, a Continue that waits for it says so (politely, as the resident asked).
      continueButton: () => html`<div class="cx-button-group">
        <button class="cx-button" type="submit" @click=${this.clicks.onClick}>${msg('Continue')}</button>
        ${this.resolvedCharter ? nothing : html`<span class="cx-secondary" role="status">${this.journey.waiting ? msg('Loading…') : ''}</span>`}
      </div>`,
      onContinue: this.onContinue,
    };
  }

  /**
   * The first question needs nothing from the charter but whether the form is
   * a preview: known with `endpoint`, or with the built-in default (which has
   * no endpoint). It shows at once, in the same template as with the charter,
   * so the charter's arrival changes nothing on screen. A charter that fails
   * shows its failure when the resident presses Continue (the answer is kept
   * in the draft), and at once to an editor in debug mode.
   */
  protected override renderWithoutCharter(): TemplateResult | undefined {
    if (this.charterState.status === 'failed' && (this.journey.waiting || this.showDebug)) return undefined;
    return this.journey.step === 'type' && (this.endpoint || this.builtInCharter) ? this.renderWidget() : undefined;
  }

  /**
   * With the built-in default charter, the first question shows before it,
   * and the charter starts loading a task after that first render: neither
   * its request nor its chunk's compiling holds the question up. Whoever
   * awaits it meanwhile (Continue) waits for that load.
   */
  override loadCharter(): Promise<void> {
    if (this.hasUpdated || this.journey.step !== 'type' || !this.builtInCharter) return super.loadCharter();
    return (this.charterResolving = new Promise((start) => (this.startLoad = start)).then(() => super.loadCharter()));
  }

  /** The page gives no charter: the form uses the built-in default. */
  private get builtInCharter(): boolean {
    return this.charter == null && !this.charterSrc && inlineCharterText(this) === undefined;
  }

  protected override renderWidget(charter?: Charter): TemplateResult {
    const journey = this.journey;
    const step = journey.step;
    const endpoint = this.endpoint || charter?.feedback.endpoint;
    if (step === 'type' && journey.answers.type) void this.loadLater();
    // Back (never on the first question) comes with the later steps and their styles.
    return html`<div class="cx-feedback" part="base" @change=${this.clicks.forget} @input=${this.clicks.forget}>
      ${!endpoint && step !== 'confirmation' ? previewWarning() : nothing}
      ${this.later && journey.backStep() ? html`<button type="button" class="cx-back-link" @click=${() => journey.back()}>${msg('Back')}</button>` : nothing}
      ${journey.restored ? restoredNotice(() => this.startAgain()) : nothing}
      ${errorSummary(journey.summary, this.shadowRoot)}
      ${this.renderStep(charter)}
      ${step !== 'check' && step !== 'confirmation' ? rememberBox(journey) : nothing}
    </div>`;
  }

  private renderStep(charter?: Charter): TemplateResult {
    const step = this.journey.step;
    if (step === 'type') return typeStep(this.firstView());
    const later = this.later;
    // Not a live region: loading is never announced; the step's heading takes focus once it is here.
    if (!later || !charter) return html`<p class="cx-secondary" data-step-loading>${msg('Loading…')}</p>`;
    const view: FormView = { ...this.firstView(), charter, context: this.journey.context(charter), locale: this.locale };
    const full: LaterView = { ...view, ...later.view };
    switch (step) {
      case 'review':
        return later.reviewStep(full);
      case 'service':
        return later.serviceStep(full);
      case 'social-care':
        return later.socialCareStep(full);
      case 'details':
        return later.detailsStep(full);
      case 'about':
        return later.aboutStep(full);
      case 'check':
        return later.checkStep(full);
      case 'confirmation':
        return later.confirmationStep(full);
    }
  }
}
