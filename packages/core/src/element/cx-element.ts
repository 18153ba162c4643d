import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Charter } from '../domain/charter-schema.js';
import { sharedStyles } from '../styles/shared.js';
import { resolveCharter, type CharterProblem, type CharterResult } from './charter-source.js';
import { debugWarn, pageWantsDebug } from './debug.js';
import { emit, type CxErrorDetail, type ReportedError } from './events.js';
import { LocaleController, msg } from './locale.js';
import { problemsPanel } from './problems-panel.js';

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
 * Subclasses implement `renderWidget(charter)` and may call `fail()` for
 * problems with their own attributes (an unknown service id, say).
 *
 * @slot - Fallback content, shown when the widget cannot show its own (and, before the script loads, by the browser itself).
 * @csspart problems - The editor's error panel (debug mode only).
 * @fires cx-error - Something went wrong; `detail` is `{ code, message, problems? }`.
 */
export abstract class CxElement extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .cx-problems {
        padding: var(--_cx-space-3);
        border: 5px solid var(--_cx-error);
        margin-block-end: var(--_cx-space-3);
      }
      .cx-problems code {
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

  @state() protected charterState: CharterState = { status: 'loading' };

  /** Problems with this widget's own attributes, found while rendering. */
  @state() protected widgetProblems: CharterProblem[] = [];

  protected readonly localeController = new LocaleController(this);

  /** Increments on each resolution, so a slow earlier answer never wins over a newer one. */
  private resolution = 0;

  /** What the last resolution read, so a change at any moment (even before the first render) reloads. */
  private loadedFrom?: { charter: unknown; src: string | undefined };

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
    const from = this.loadedFrom;
    if ((changed.has('charter') || changed.has('charterSrc')) && from && (from.charter !== this.charter || from.src !== this.charterSrc)) {
      void this.loadCharter();
    }
  }

  /** Reloads the charter from wherever it now comes from. */
  async loadCharter(): Promise<void> {
    const mine = ++this.resolution;
    this.loadedFrom = { charter: this.charter, src: this.charterSrc };
    this.charterState = { status: 'loading' };
    const result: CharterResult = await resolveCharter(this, this.charter, this.charterSrc);
    if (mine !== this.resolution) return;
    // Taken off the page meanwhile: act on nothing (no events, no lookups); connecting again reloads.
    if (!this.isConnected) {
      this.loadedFrom = undefined;
      return;
    }
    if (result.ok) {
      this.charterState = { status: 'ready', charter: result.charter };
      this.charterReady(result.charter);
    } else {
      this.charterState = { status: 'failed', code: result.code, problems: result.problems };
      this.reportError({
        code: result.code,
        message: result.code === 'charter-invalid' ? 'The charter is not valid.' : 'The charter could not be loaded.',
        problems: result.problems,
      });
    }
  }

  /** Called once a valid charter is in hand; widgets start their own work here. */
  protected charterReady(_charter: Charter): void {}

  /** Fires `cx-error` and, in debug mode, warns the editor in the console. */
  protected reportError(detail: ReportedError): void {
    if (this.showDebug) {
      const where = detail.problems?.map((p) => `${p.path}: ${p.message}`).join('; ');
      debugWarn(this.localName, where ? `${detail.message} ${where}` : detail.message);
    }
    // A legacy code passes through as it came until its widget adopts CxErrorCode (see toErrorCode).
    emit(this, 'cx-error', detail as CxErrorDetail);
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
      ${this.showDebug ? problemsPanel(this.localName, title, problems) : nothing}
      ${this.hasFallbackContent
        ? html`<slot></slot>`
        : html`<p class="cx-fallback-note">${msg('Sorry, this information cannot be shown at the moment. Please contact the council.')}</p>`}
    </div>`;
  }

  protected renderLoading(): TemplateResult {
    return html`<p class="cx-secondary" role="status" aria-busy="true">${msg('Loading…')}</p>`;
  }

  protected abstract renderWidget(charter: Charter): TemplateResult | typeof nothing;

  /** Every update (willUpdate, render, updated) runs with `msg()` answering in this element's language. */
  protected override performUpdate(): void {
    this.localeController.run(() => super.performUpdate());
  }

  protected override render() {
    // Until this element's language has loaded, no kit text (never English on a Welsh page), no announcement.
    if (!this.localeController.ready) return html`<div class="cx-root" aria-hidden="true"><p class="cx-secondary">\u00a0</p></div>`;
    const state = this.charterState;
    if (state.status === 'loading') return html`<div class="cx-root">${this.renderLoading()}</div>`;
    if (state.status === 'failed') {
      return this.renderFallback(
        state.problems,
        state.code === 'charter-unreachable' ? msg('The charter could not be loaded') : msg('The charter has problems'),
      );
    }
    if (this.widgetProblems.length) return this.renderFallback(this.widgetProblems, msg('This widget is not set up correctly'));
    return html`<div class="cx-root" dir=${this.localeController.dir} lang=${this.locale}>${this.renderWidget(state.charter)}</div>`;
  }
}
