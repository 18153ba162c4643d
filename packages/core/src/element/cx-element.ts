import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Charter } from '../domain/charter-schema.js';
import { sharedStyles } from '../styles/shared.js';
import { loadDefaultCharter, resolveCharter, type CharterProblem, type CharterResult } from './charter-source.js';
import { debugWarn, pageWantsDebug } from './debug.js';
import { emit, type CxErrorDetail, type CxProblem } from './events.js';
import { headingTemplate, parseHeadingLevel, type HeadingLevel, type HeadingOptions } from './heading.js';
import { LocaleController, msg, str, type KitLocale } from './locale.js';
import { addStyles } from './add-styles.js';

type ProblemsPanel = typeof import('./problems-panel.js');

/** The built-in default as an element has it: in English and which language, with its services or not. */
interface DefaultAs {
  locale: KitLocale;
  withServices: boolean;
}

/** The editors' panel, loaded the first time a widget in debug mode shows it: residents never download it. */
let panel: ProblemsPanel | undefined;
let panelLoading: Promise<ProblemsPanel> | undefined;
const loadPanel = () => (panelLoading ??= import('./problems-panel.js').then((module) => (panel = module)));

/** A problem with one of the widget's attributes. `fatal`: the widget cannot work, so residents see the fallback. */
export interface AttributeProblem extends CxProblem {
  fatal?: boolean;
}

/** What the base knows about the charter right now. */
export type CharterState =
  | { status: 'loading' }
  | { status: 'ready'; charter: Charter }
  | { status: 'failed'; code: string; problems: CharterProblem[] };

/**
 * The base of every cx-kit widget: finds and validates the charter, follows
 * the page's language, and never leaves a blank space. When the charter is
 * invalid or unreachable, residents see the editor's fallback content (the
 * light-DOM children: a phone number and a link, say) and editors in debug
 * mode see which problem is where.
 *
 * Subclasses implement `renderWidget(charter)` and fill the
 * `attributeProblems(charter)` hook with their attribute checks (translated
 * messages); the base reports each problem once (`cx-error`
 * `attribute-invalid`, the console and the debug panel). What needs no
 * charter can show at once, before it has loaded (`renderWithoutCharter`,
 * the feedback form's first question). Their top heading
 * comes from `heading(0, …)`, sub-headings from `heading(1, …)`, so the
 * `heading-level` attribute fits the widget into any page's outline.
 *
 * @slot - Fallback content, shown when the widget cannot show its own (and, before the script loads, by the browser itself).
 * @csspart problems - The editor's error panel (debug mode only), when residents see the fallback.
 * @csspart notes - The editor's notes (debug mode only) below a working widget: attribute problems it survives, example contact details.
 * @csspart example-notice - "Example details: this council has not set its own yet", beside contact details when the charter's are examples.
 * @fires cx-error - Something went wrong; `detail` is `{ code, message, problems? }`.
 */
export abstract class CxElement extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .cx-example-notice {
        padding: var(--_cx-space-2) var(--_cx-space-3);
        border-inline-start: 6px solid var(--_cx-warning);
        background: var(--_cx-surface);
        font-weight: 700;
      }
      .cx-fallback-note {
        padding: var(--_cx-space-3);
        border-inline-start: 6px solid var(--_cx-border);
      }
    `,
  ];

  /** A charter object given by code. Wins over inline JSON, `charter-src` and the default. */
  @property({ attribute: false }) charter?: unknown;

  /** URL of a charter JSON file (same origin, or one that allows CORS). */
  @property({ attribute: 'charter-src', reflect: true }) charterSrc?: string;

  /** Shows the editor's error panel and console warnings. `?cx-debug` in the page URL does the same. */
  @property({ type: Boolean, reflect: true }) debug = false;

  /**
   * The level of the widget's top heading, 2 to 6 (GOV.UK's `headingLevel`);
   * sub-headings follow from it. Default 2.
   */
  @property({ attribute: 'heading-level', reflect: true }) headingLevelAttribute?: string;

  @state() protected charterState: CharterState = { status: 'loading' };

  /** Problems with this widget's own attributes, found while rendering. */
  @state() protected widgetProblems: CharterProblem[] = [];

  protected readonly localeController = new LocaleController(this);

  /**
   * Increments on each resolution, so a slow earlier answer never wins over a newer one.
   * Not core's ResourceController: a charter is read once, never polled or retried by
   * itself, and that controller in the base adds 1.8-1.9 KB gzip to every widget's first
   * download, over all four budgets (measured: timescales 13.6 -> 15.5 KB, form 19.6 -> 21.5).
   */
  private resolution = 0;

  /** What the last resolution read, so a change at any moment (even before the first render) reloads. */
  private loadedFrom?: { charter: unknown; src: string | undefined };

  /** Attribute problems found in this update; read by render, reported after it. */
  private attributeProblemsNow: AttributeProblem[] = [];

  /** The charter resolving now (or last): settles once it is ready or has failed. */
  protected charterResolving?: Promise<void>;

  /**
   * The charter is the built-in default, as it is now. Undefined for a
   * charter the page gives (used whole, in every language it has).
   */
  private defaultAs?: DefaultAs;

  /** The editors' panel is loading for this element (it re-renders when it is in). */
  private panelPending?: Promise<unknown>;

  /** Problems already reported (path and message), so each is reported once. */
  private readonly reportedProblems = new Set<string>();

  /** The level of the widget's top heading: `heading-level` when it is 2 to 6, else 2. */
  get headingLevel(): HeadingLevel {
    return parseHeadingLevel(this.headingLevelAttribute) ?? 2;
  }

  set headingLevel(level: number) {
    this.headingLevelAttribute = String(level);
  }

  /** Whether the charter's phone numbers, emergency line and emails are examples, not the council's own. */
  get showsExampleContacts(): boolean {
    return (this.resolvedCharter as { exampleContacts?: unknown } | undefined)?.exampleContacts === true;
  }

  /**
   * Whether the widget shows the charter's services (now). A widget that does
   * not says false, and gets the built-in default charter without them (most
   * of its weight); one that comes to need them calls `addDefaultServices()`.
   * A charter the page gives is used whole either way.
   */
  protected get listsServices(): boolean {
    return true;
  }

  /** The locale the widget is showing, for `Intl` formatting. */
  protected get locale(): string {
    return this.localeController.locale;
  }

  protected get showDebug(): boolean {
    return this.debug || pageWantsDebug();
  }

  /** The charter, once it is valid. */
  protected get resolvedCharter(): Charter | undefined {
    return this.charterState.status === 'ready' ? this.charterState.charter : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.charterState.status !== 'ready') void this.loadCharter();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new language: the built-in default's text in it follows (addDefaultServices).
    if (this.defaultAs && this.defaultAs.locale !== this.localeController.wanted) void this.addDefaultServices();
    const from = this.loadedFrom;
    if ((changed.has('charter') || changed.has('charterSrc')) && from && (from.charter !== this.charter || from.src !== this.charterSrc)) {
      void this.loadCharter();
    }
    this.attributeProblemsNow = this.allAttributeProblems();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const fresh = this.attributeProblemsNow.filter((p) => !this.reportedProblems.has(`${p.path}\u0000${p.message}`));
    if (!fresh.length) return;
    for (const p of fresh) this.reportedProblems.add(`${p.path}\u0000${p.message}`);
    this.reportError({ code: 'attribute-invalid', message: fresh.map((p) => p.message).join(' '), problems: fresh.map(({ path, message }) => ({ path, message })) });
  }

  /**
   * The widget's own attribute checks, run before each render (keep them
   * cheap). Messages go through `msg()`: editors read them in the debug panel.
   * `charter` is undefined until the charter is valid.
   */
  protected attributeProblems(_charter: Charter | undefined): AttributeProblem[] {
    return [];
  }

  private allAttributeProblems(): AttributeProblem[] {
    const problems = this.attributeProblems(this.resolvedCharter);
    const level = this.headingLevelAttribute;
    if (level !== undefined && level !== null && parseHeadingLevel(level) === undefined) {
      problems.push({ path: 'heading-level', message: msg(str`heading-level="${level}" must be a whole number from 2 to 6. The widget uses 2.`) });
    }
    return problems;
  }

  /**
   * A heading at the widget's top level plus `levelOffset` (0 for the
   * widget's title, 1 for its sections…), as a real `<h2>`…`<h6>`.
   */
  protected heading(levelOffset: number, content: unknown, options?: HeadingOptions): TemplateResult {
    return headingTemplate(this.headingLevel + levelOffset, content, options);
  }

  /**
   * "Example details: this council has not set its own yet", for widgets to
   * show beside contact details when the charter's are examples; nothing otherwise.
   */
  protected exampleNotice(): TemplateResult | typeof nothing {
    return this.showsExampleContacts
      ? html`<p class="cx-example-notice" part="example-notice">${msg('Example details: this council has not set its own yet')}</p>`
      : nothing;
  }

  /** Things an editor should fix that do not stop the widget (a bad heading-level, example contacts). */
  private editorNotes(): CxProblem[] {
    const notes: CxProblem[] = this.attributeProblemsNow.filter((p) => !p.fatal).map(({ path, message }) => ({ path, message }));
    if (this.showsExampleContacts) {
      notes.push({
        path: 'exampleContacts',
        message: msg('The phone numbers, emergency line and email addresses are examples. Put your council’s own in the charter.'),
      });
    }
    return notes;
  }

  /** Reloads the charter from wherever it now comes from. */
  loadCharter(): Promise<void> {
    this.charterResolving = this.resolveCharter();
    return this.charterResolving;
  }

  private async resolveCharter(): Promise<void> {
    const mine = ++this.resolution;
    this.loadedFrom = { charter: this.charter, src: this.charterSrc };
    this.charterState = { status: 'loading' };
    const withServices = this.listsServices;
    const locale = this.localeController.wanted;
    this.defaultAs = undefined;
    const result: CharterResult = await resolveCharter(this, this.charter, this.charterSrc, withServices, locale);
    if (mine !== this.resolution) return;
    // Taken off the page meanwhile: act on nothing (no events, no lookups); connecting again reloads.
    if (!this.isConnected) {
      this.loadedFrom = undefined;
      return;
    }
    if (result.ok) {
      this.defaultAs = result.origin === 'default' ? { locale, withServices } : undefined;
      this.useCharter(result.charter);
      // The widget came to need the services, or another language, while the charter was loading.
      void this.addDefaultServices();
    } else {
      this.charterState = { status: 'failed', code: result.code, problems: result.problems };
      this.reportError({
        code: result.code,
        message: result.code === 'charter-invalid' ? 'The charter is not valid.' : 'The charter could not be loaded.',
        problems: result.problems,
      });
    }
  }

  /** Whether the charter shown is the built-in default (no `charter` or `charter-src`). */
  protected get usesDefaultCharter(): boolean {
    return this.defaultAs !== undefined;
  }

  /**
   * Whether the charter in hand has its services: a charter the page gives
   * always does; the built-in default once they have come (`listsServices`).
   */
  protected get hasServices(): boolean {
    return this.resolvedCharter !== undefined && (this.defaultAs?.withServices ?? true);
  }

  /**
   * Brings in the built-in default the widget needs now: with the services
   * once `listsServices` is true (a widget whose list of services has just
   * become needed calls this), and in the language it shows (the base calls
   * it when that changes). The charter is swapped without "Loading…", and
   * `charterReady` runs again. Resolves once it is in, at once when there is
   * nothing to add (a charter the page gives is used whole); waits for a
   * charter still loading. Never rejects: when a part cannot be downloaded,
   * the widget keeps the charter it has (a later call tries again).
   */
  protected async addDefaultServices(): Promise<void> {
    await this.charterResolving;
    const as = this.defaultAs;
    const locale = this.localeController.wanted;
    const withServices = this.listsServices || !!as?.withServices;
    if (!as || (locale === as.locale && withServices === as.withServices)) return;
    const charter = await loadDefaultCharter(withServices, locale).catch(() => undefined);
    if (!charter) return;
    // The language, the services needed or the charter changed meanwhile: what is needed now.
    if (as !== this.defaultAs || locale !== this.localeController.wanted) return this.addDefaultServices();
    this.defaultAs = { locale, withServices };
    this.useCharter(charter);
  }

  private useCharter(charter: Charter): void {
    this.charterState = { status: 'ready', charter };
    this.charterReady(charter);
  }

  /** Called once a valid charter is in hand; widgets start their own work here. */
  protected charterReady(_charter: Charter): void {}

  /** Fires `cx-error` and, in debug mode, warns the editor in the console. */
  protected reportError(detail: CxErrorDetail): void {
    if (this.showDebug) {
      const where = detail.problems?.map((p) => `${p.path}: ${p.message}`).join('; ');
      debugWarn(this.localName, where ? `${detail.message} ${where}` : detail.message);
    }
    emit(this, 'cx-error', detail);
  }

  /** Marks the widget's own configuration as unusable (an unknown service id, say). */
  protected fail(problems: CharterProblem[]): void {
    this.widgetProblems = problems;
    this.reportError({ code: 'attribute-invalid', message: problems.map((p) => p.message).join(' '), problems });
  }

  /** Whether the editor wrote fallback content (anything other than the inline charter). */
  protected get hasFallbackContent(): boolean {
    return Array.from(this.childNodes).some((node) =>
      node.nodeType === Node.ELEMENT_NODE ? (node as Element).localName !== 'script' : node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
    );
  }

  /** What residents see when the widget cannot work: the editor's fallback, or a plain sentence. */
  protected renderFallback(problems: CharterProblem[], title: string): TemplateResult {
    return html`<div class="cx-root">
      ${this.showDebug ? this.problemsPanel(title, problems, true) : nothing}
      ${this.hasFallbackContent
        ? html`<slot></slot>`
        : html`<p class="cx-fallback-note">${msg('Sorry, this information cannot be shown at the moment. Please contact the council.')}</p>`}
    </div>`;
  }

  /** The editors' panel (problems-panel.ts) once it has loaded; nothing until then, and the update that loads it shows it. */
  private problemsPanel(title: string, problems: readonly CxProblem[], fallback: boolean): TemplateResult | typeof nothing {
    if (!panel) {
      // A failed load shows no panel: it is for editors; residents still see the widget or the fallback.
      this.panelPending ??= loadPanel()
        .then(() => this.requestUpdate(), () => undefined)
        .finally(() => (this.panelPending = undefined));
      return nothing;
    }
    addStyles(this.renderRoot, [panel.problemsPanelStyles]);
    return panel.problemsPanel(this.localName, title, problems, { level: this.headingLevel, fallback });
  }

  /** Waits for the editors' panel while it loads, so `updateComplete` means it is on screen. */
  protected override getUpdateComplete(): Promise<boolean> {
    // No extra turn when nothing is loading: callers time focus moves on this promise.
    const loading = this.panelPending;
    return loading ? loading.then(() => super.getUpdateComplete()) : super.getUpdateComplete();
  }

  protected renderLoading(): TemplateResult {
    // Not a live region: "Loading" is never announced (five widgets would say it five times).
    return html`<p class="cx-secondary" aria-busy="true">${msg('Loading…')}</p>`;
  }

  protected abstract renderWidget(charter: Charter): TemplateResult | typeof nothing;

  /**
   * What the widget can show before its charter (undefined: "Loading…"), in
   * the same wrapper as `renderWidget`'s: a widget that renders the same
   * template from both keeps its DOM, focus and choices when the charter comes.
   * Also asked while the charter has failed: undefined shows the failure.
   */
  protected renderWithoutCharter?(): TemplateResult | undefined;

  /** Every update (willUpdate, render, updated) runs with `msg()` answering in this element's language. */
  protected override performUpdate(): void {
    this.localeController.run(() => super.performUpdate());
  }

  protected override render() {
    // Until this element's language has loaded, no kit text (never English on a Welsh page), no announcement.
    if (!this.localeController.ready) return html`<div class="cx-root" aria-hidden="true" aria-busy="true"><p class="cx-secondary">\u00a0</p></div>`;
    const state = this.charterState;
    const early = state.status === 'ready' ? undefined : this.renderWithoutCharter?.();
    if (state.status === 'loading' && !early) return html`<div class="cx-root">${this.renderLoading()}</div>`;
    if (state.status === 'failed' && !early) {
      return this.renderFallback(
        state.problems,
        state.code === 'charter-unreachable' ? msg('The charter could not be loaded') : msg('The charter has problems'),
      );
    }
    const fatal = [...this.widgetProblems, ...this.attributeProblemsNow.filter((p) => p.fatal)];
    if (fatal.length) return this.renderFallback(fatal, msg('This widget is not set up correctly'));
    const notes = this.showDebug ? this.editorNotes() : [];
    return html`<div class="cx-root" dir=${this.localeController.dir} lang=${this.locale}>
      ${state.status === 'ready' ? this.renderWidget(state.charter) : early}
      ${notes.length ? this.problemsPanel(msg('Notes for editors'), notes, false) : nothing}
    </div>`;
  }
}
