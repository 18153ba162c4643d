/**
 * What every step template gets from the element: the charter, the journey's
 * state and actions, and the few pieces of markup every step shares. Steps
 * are plain functions of this view, one file each.
 */
import type { TemplateResult } from 'lit';
import type { Charter, Service } from '@cx-kit/core';
import type { CharacterCountController, ServiceSearchController } from '@cx-kit/core/element';
import type { JourneyController } from '../journey-controller.js';
import type { JourneyContext } from '../journey.js';
import type { SubmissionController } from '../submission-controller.js';

/** What the first question gets: no charter, as it shows before the charter has loaded. */
export interface FirstView {
  readonly journey: JourneyController;
  /** The step's heading (focused when the step shows). */
  heading(content: string | TemplateResult): TemplateResult;
  /** The step's Continue button, in its own button group. */
  continueButton(): TemplateResult;
  /** Submit handler of each step's form: Continue. */
  readonly onContinue: (event: Event) => void;
}

export interface FormView extends FirstView {
  readonly charter: Charter;
  readonly context: JourneyContext;
  readonly locale: string;
}

/** The view of the later steps, which also get the controllers loaded with them. */
export interface LaterView extends FormView {
  readonly submission: SubmissionController;
  readonly search: ServiceSearchController<Service>;
  readonly counts: CharacterCountController;
}
