/**
 * The resident's journey as a reactive controller: the answers, the step on
 * show, the problems found, and the draft that keeps them. The element only
 * reads this state and calls these methods; the rules of the journey are the
 * plain functions of journey.ts.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Charter, FeedbackReceipt, Service } from '@cx-kit/core';
import type { FieldError } from '@cx-kit/core/element';
import { DRAFT_VERSION, DraftStore, draftKey, newIdempotencyKey } from './drafts.js';
import {
  CONTRACT_MAX_LENGTH,
  emptyAnswers,
  fieldsOf,
  isAnswers,
  nextStep,
  previousStep,
  reachableStep,
  validateStep,
  type Answers,
  type Check,
  type FieldId,
  type FieldProblem,
  type JourneyContext,
  type QuestionStep,
  type StepId,
} from './journey.js';
import type { problemMessage } from './messages.js';
import { typeProblemMessage } from './steps/type.js';

/** What the journey needs from its element. */
export interface JourneyHost extends ReactiveControllerHost {
  readonly locale: string;
  readonly resolvedCharter: Charter | undefined;
}

type SummaryProblem = { field: FieldId; problem?: FieldProblem; server?: string };

/** What to focus once the next render is done. */
export type FocusTarget = 'heading' | 'summary' | 'failure';

const isEmpty = (answers: Answers) => JSON.stringify(answers) === JSON.stringify(emptyAnswers());

/** The element id a field's error links to: its control, the first radio of a group, or the search box. */
export const controlId = (field: FieldId): string => (field === 'service' ? 'service-input' : field);

export class JourneyController implements ReactiveController {
  step: StepId = 'type';
  answers: Answers = emptyAnswers();
  /** What the GOV.UK error summary lists, as it was at the last failed Continue (GOV.UK keeps it until the next). */
  private summaryProblems: SummaryProblem[] = [];
  /** The resident came from "Check your answers" to change something. */
  returning = false;
  /** A saved draft was restored: say so, with "Start again". */
  restored = false;
  /** The resident ticked "Remember my answers on this device". */
  remember = false;
  /** The council's receipt, once it has accepted the submission. */
  receipt?: FeedbackReceipt;
  focusNext?: FocusTarget;
  /** Continue was pressed on the first question before the charter came: it goes on when the charter does. */
  waiting = false;

  /** Problems kept as codes and worded when shown, so the words follow a change of language. */
  private clientErrors: Partial<Record<FieldId, FieldProblem>> = {};
  private serverErrors: Partial<Record<FieldId, string>> = {};
  /** Steps the resident has tried to leave once: from then on their errors follow what they type. */
  private readonly checkedSteps = new Set<StepId>();
  /** The draft's idempotency key and start time, once the resident has changed something (sending renews the key). */
  draft?: { key: string; startedAt: string };
  private store?: DraftStore<Answers>;
  private later?: { checks: Record<FieldId, Check>; wording: typeof problemMessage };
  private readonly servicesById = new WeakMap<Charter, Map<string, Service>>();

  constructor(private readonly host: JourneyHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Opens this form's draft slot (`slot` names the form on the page) and
   * restores what it holds. `undefined` keeps no draft: another form on the
   * page already uses the slot.
   */
  openDraft(slot: string | undefined): void {
    this.store = slot === undefined ? undefined : new DraftStore(draftKey(location.pathname, slot), isAnswers);
    const saved = this.store?.load();
    if (!saved) return;
    this.answers = { ...emptyAnswers(), ...saved.answers };
    this.step = saved.step as StepId; // checked against the journey once the charter is known
    this.draft = { key: saved.key, startedAt: saved.startedAt };
    this.remember = saved.remember;
    this.restored = !isEmpty(saved.answers);
    this.host.requestUpdate();
  }

  /** Without a charter (only ever on the first question, whose one check needs none), the contract's limits. */
  context(charter = this.host.resolvedCharter): JourneyContext {
    return {
      maxLength: charter?.feedback.maxLength ?? CONTRACT_MAX_LENGTH,
      referencePattern: charter?.organisation.referenceFormat.pattern,
      socialCareOf: (id) => charter && this.servicesOf(charter).get(id)?.socialCare,
      locale: this.host.locale,
      ...(this.later ? { checks: this.later.checks } : {}),
    };
  }

  servicesOf(charter: Charter): Map<string, Service> {
    let map = this.servicesById.get(charter);
    if (!map) {
      map = new Map(charter.services.map((s) => [s.id, s]));
      this.servicesById.set(charter, map);
    }
    return map;
  }

  /** The charter is known: a restored draft may name a service it no longer has, or a step that no longer applies. */
  charterReady(charter: Charter): void {
    if (this.answers.service && !this.servicesOf(charter).has(this.answers.service)) this.answers = { ...this.answers, service: '' };
    this.step = reachableStep(this.step, this.answers, this.context(charter));
    this.host.requestUpdate();
    if (this.waiting) this.continue();
  }

  errorFor(field: FieldId): string | undefined {
    const problem = this.clientErrors[field];
    return problem ? this.word(problem) : this.serverErrors[field];
  }

  /** The GOV.UK error summary's entries, in the resident's language. */
  get summary(): FieldError[] {
    return this.summaryProblems.map(({ field, problem, server }) => ({ field: controlId(field), message: problem ? this.word(problem) : server! }));
  }

  /** The later steps' checks and words, once they have loaded. */
  useLater(later: { checks: Record<FieldId, Check>; wording: typeof problemMessage }): void {
    this.later = later;
  }

  private word(problem: FieldProblem): string {
    if (!this.later) return typeProblemMessage();
    const problemMessage = this.later.wording;
    const charter = this.host.resolvedCharter;
    const maxLength = charter?.feedback.maxLength ?? 0;
    return problemMessage(problem, this.answers, maxLength, this.host.locale, charter?.organisation.referenceFormat.example ?? '');
  }

  set<K extends keyof Answers>(field: K, value: Answers[K]): void {
    this.answers = { ...this.answers, [field]: value };
    if (field in this.serverErrors) {
      const { [field as FieldId]: _gone, ...rest } = this.serverErrors;
      this.serverErrors = rest;
    }
    if (this.checkedSteps.has(this.step)) this.clientErrors = this.messagesFor(this.step);
    this.saveDraft();
    this.host.requestUpdate();
  }

  /**
   * The page asks for a stage 2 review of a complaint (the tracker's "Ask for
   * a review"): with its verifier, the form asks only why the resident is not
   * satisfied and what they want done. A draft of the same review is kept.
   */
  startReview(reference: string, verifier = ''): void {
    const a = this.answers;
    if (this.step === 'confirmation' || (a.type === 'stage-2' && a.relatedReference === reference && a.reviewVerifier === verifier)) return;
    this.answers = { ...a, type: 'stage-2', relatedReference: reference, reviewVerifier: verifier, service: '', serviceUnknown: false, details: '' };
    this.restored = false;
    this.returning = false;
    this.go('review');
    this.focusNext = undefined; // asked for by the page, not by the resident: focus stays where it is
  }

  /** Several answers at once (a review request filled in by the page). */
  assign(values: Partial<Answers>): void {
    this.answers = { ...this.answers, ...values };
    this.saveDraft();
    this.host.requestUpdate();
  }

  go(step: StepId): void {
    this.step = step;
    this.waiting = false;
    this.summaryProblems = [];
    this.clientErrors = {};
    if (step === 'check') this.returning = false;
    this.focusNext = 'heading';
    this.saveDraft();
    this.host.requestUpdate();
  }

  /** Continue: the next step, or this one again with its problems and the error summary focused. */
  continue(): void {
    const charter = this.host.resolvedCharter;
    this.waiting = false;
    if (!charter && this.step !== 'type') return;
    const context = this.context(charter);
    const blocked = validateStep(this.step, this.answers, context).length > 0 || fieldsOf(this.step).some((f) => this.serverErrors[f]);
    if (blocked) {
      this.showProblems(this.step);
      return;
    }
    // The first question answered before the charter came: the next step needs it (charterReady goes on).
    if (!charter) {
      this.waiting = true;
      this.summaryProblems = [];
      this.host.requestUpdate();
      return;
    }
    this.restored = false;
    this.go(nextStep(this.step, this.answers, context, this.returning));
  }

  /** Where Back goes from here, if anywhere. */
  backStep(): StepId | undefined {
    const charter = this.host.resolvedCharter;
    if (!charter || this.step === 'confirmation') return undefined;
    return this.returning ? 'check' : previousStep(this.step, this.answers, this.context(charter));
  }

  back(): void {
    const to = this.backStep();
    if (to) this.go(to);
  }

  /** A Change link on "Check your answers". */
  change(step: QuestionStep): void {
    this.returning = true;
    this.go(step);
  }

  /** Shows `step` with its problems (the server's among them) and the error summary focused. */
  showProblems(step: StepId, serverErrors?: Partial<Record<FieldId, string>>): void {
    if (serverErrors) this.serverErrors = serverErrors;
    this.step = step;
    this.checkedSteps.add(step);
    this.clientErrors = this.messagesFor(step);
    this.summaryProblems = fieldsOf(step).flatMap((field): SummaryProblem[] => {
      const problem = this.clientErrors[field];
      const server = this.serverErrors[field];
      return problem ? [{ field, problem }] : server ? [{ field, server }] : [];
    });
    this.focusNext = 'summary';
    this.saveDraft();
    this.host.requestUpdate();
  }

  setRemember(remember: boolean): void {
    this.remember = remember;
    this.saveDraft();
    this.host.requestUpdate();
  }

  /** Deletes the draft: for Start again, and once the council has the feedback. */
  clearDraft(): void {
    this.store?.clear();
    this.draft = undefined;
  }

  /** Deletes the draft and goes back to the first question. */
  startAgain(): void {
    this.clearDraft();
    this.answers = emptyAnswers();
    this.remember = false;
    this.restored = false;
    this.returning = false;
    this.checkedSteps.clear();
    this.serverErrors = {};
    this.go('type');
  }

  private messagesFor(step: StepId): Partial<Record<FieldId, FieldProblem>> {
    const problems: Partial<Record<FieldId, FieldProblem>> = {};
    for (const problem of validateStep(step, this.answers, this.context())) problems[problem.field] = problem;
    return problems;
  }

  /** Keeps the answers (and the step) in the draft, once there is something to keep. */
  saveDraft(): void {
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
}
