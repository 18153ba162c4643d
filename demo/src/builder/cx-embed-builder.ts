import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { defaultCharter, localText, safeParseCharter, type Charter } from '@cx-kit/core';
import { formStyles, sharedStyles } from '@cx-kit/core/element';
import { contrastRatio } from '../shared/contrast.js';
import { fallbackFor } from './fallback.js';
import { literalChoices, widgetsFromManifest, type WidgetAttribute, type WidgetInfo } from './manifest.js';
import { buildSnippet, buildThemeCss, integrityOf } from './snippet.js';

const TAGS = ['cx-contact-options', 'cx-charter-timescales', 'cx-feedback-form', 'cx-request-tracker'];

/** Attributes the builder never offers: set by code, or for tests and demos only. */
const HIDDEN = new Set(['now', 'debug', 'charter-src']);

/** Theme tokens an editor can change, with what each must contrast with. */
const THEME = [
  { token: '--cx-color-text', label: 'Text', initial: '#0b0c0c', against: '--cx-color-background', kind: 'text' },
  { token: '--cx-color-link', label: 'Links', initial: '#1a65a6', against: '--cx-color-background', kind: 'text' },
  { token: '--cx-color-button', label: 'Buttons', initial: '#00703c', against: '--cx-color-button-text', kind: 'text' },
  { token: '--cx-color-button-text', label: 'Button text', initial: '#ffffff', against: '--cx-color-button', kind: 'text' },
  { token: '--cx-color-brand', label: 'Brand (borders, highlights)', initial: '#1d70b8', against: '--cx-color-background', kind: 'ui' },
  { token: '--cx-color-background', label: 'Background', initial: '#ffffff', against: '--cx-color-text', kind: 'text' },
] as const;

/**
 * The embed builder: a web editor picks a widget, fills in its attributes
 * (from the custom elements manifest; services and timescales from the
 * charter as choices), tweaks the theme with a contrast check, sees a live
 * preview, and copies a snippet with fallback content and an SRI hash.
 */
export class CxEmbedBuilder extends LitElement {
  static override styles = [
    ...sharedStyles,
    formStyles,
    css`
      .layout {
        display: grid;
        gap: var(--_cx-space-4);
        grid-template-columns: minmax(0, 1fr);
      }
      @media (min-width: 60rem) {
        .layout {
          grid-template-columns: minmax(0, 22rem) minmax(0, 1fr);
        }
      }
      .panel {
        padding: var(--_cx-space-3);
        border: 1px solid var(--_cx-border);
        margin-block-end: var(--_cx-space-4);
      }
      .preview {
        padding: var(--_cx-space-3);
        border: 3px dashed var(--_cx-border);
        background: var(--cx-color-background, #fff);
      }
      pre {
        overflow: auto;
        padding: var(--_cx-space-3);
        background: var(--_cx-surface);
        border: 1px solid var(--_cx-border);
        font-size: var(--_cx-font-size-small);
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .swatch-row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_cx-space-2);
      }
      .swatch-row input[type='color'] {
        inline-size: 3rem;
        block-size: 44px;
        padding: 0;
        border: 1px solid var(--_cx-input-border);
      }
      .fail {
        color: var(--_cx-error);
        font-weight: 700;
      }
      .pass {
        color: var(--_cx-success);
      }
      textarea.charter {
        font-family: ui-monospace, monospace;
        min-block-size: 12rem;
      }
    `,
  ];

  @state() private widgets: WidgetInfo[] = [];
  @state() private tag = TAGS[0];
  @state() private values: Record<string, Record<string, string | boolean>> = {
    'cx-contact-options': { service: 'waste-collection' },
    'cx-charter-timescales': { timescale: 'foi' },
    'cx-feedback-form': { endpoint: '/api/feedback' },
    'cx-request-tracker': { api: '/api', 'api-kind': 'cx' },
  };
  @state() private theme: Record<string, string> = Object.fromEntries(THEME.map((t) => [t.token, t.initial]));
  @state() private charter: Charter = defaultCharter;
  @state() private customCharter = false;
  @state() private charterProblems: { path: string; message: string }[] = [];
  @state() private integrity = '';
  @state() private copied = '';
  @state() private loadError = '';

  private charterTimer?: ReturnType<typeof setTimeout>;

  override async connectedCallback() {
    super.connectedCallback();
    try {
      const response = await fetch('/dist/custom-elements.json');
      this.widgets = widgetsFromManifest(await response.json(), TAGS);
    } catch {
      this.loadError = 'The custom elements manifest could not be loaded: run npm run build.';
    }
    void this.updateIntegrity();
    void this.loadWidget();
  }

  private get widget(): WidgetInfo | undefined {
    return this.widgets.find((w) => w.tag === this.tag);
  }

  private get scriptPath() {
    return `/dist/${this.tag}.js`;
  }

  private async updateIntegrity() {
    try {
      const response = await fetch(this.scriptPath);
      this.integrity = response.ok ? await integrityOf(await response.arrayBuffer()) : '';
    } catch {
      this.integrity = '';
    }
  }

  private setValue(name: string, value: string | boolean) {
    this.values = { ...this.values, [this.tag]: { ...this.values[this.tag], [name]: value } };
  }

  private chooseWidget(tag: string) {
    this.tag = tag;
    this.copied = '';
    void this.updateIntegrity();
    void this.loadWidget();
  }

  /** The preview lives in this shadow root, out of the page loader's sight: load the widget's own entry, as a snippet would. */
  private async loadWidget() {
    if (customElements.get(this.tag)) return;
    try {
      await import(/* @vite-ignore */ new URL(this.scriptPath, location.href).href);
    } catch {
      this.loadError = `The widget's script (${this.scriptPath}) could not be loaded: run npm run build.`;
    }
  }

  private onCharterInput(event: Event) {
    const text = (event.target as HTMLTextAreaElement).value;
    clearTimeout(this.charterTimer);
    this.charterTimer = setTimeout(() => {
      if (!text.trim()) {
        this.charter = defaultCharter;
        this.customCharter = false;
        this.charterProblems = [];
        return;
      }
      const result = safeParseCharter(text);
      if (result.ok) {
        this.charter = result.charter;
        this.customCharter = true;
        this.charterProblems = [];
      } else {
        this.charterProblems = result.problems;
      }
    }, 250);
  }

  /** The snippet's attributes: what the editor set, in the manifest's order. */
  private get chosenAttributes(): Record<string, string | boolean> {
    const values = this.values[this.tag] ?? {};
    const out: Record<string, string | boolean> = {};
    for (const attribute of this.widget?.attributes ?? []) if (attribute.name in values) out[attribute.name] = values[attribute.name];
    if (this.customCharter) out['charter-src'] = '/path/to/your-charter.json';
    return out;
  }

  get snippet(): string {
    return buildSnippet({
      tag: this.tag,
      attributes: this.chosenAttributes,
      scriptUrl: new URL(this.scriptPath, location.href).href,
      integrity: this.integrity || undefined,
      fallback: fallbackFor(this.tag, this.charter, this.chosenAttributes),
    });
  }

  private get themeCss(): string {
    const changed = Object.fromEntries(THEME.filter((t) => this.theme[t.token] !== t.initial).map((t) => [t.token, this.theme[t.token]]));
    return buildThemeCss(this.tag, changed);
  }

  private async copy(text: string, what: string) {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = `${what} copied.`;
    } catch {
      this.copied = `Select the ${what.toLowerCase()} and copy it with your keyboard (Ctrl+C or Cmd+C).`;
    }
  }

  protected override updated() {
    const preview = this.renderRoot.querySelector<HTMLElement>('.preview');
    if (!preview) return;
    // Rebuild the previewed element with DOM calls (no markup strings), as a page would have it.
    let el = preview.firstElementChild as (HTMLElement & { charter?: unknown }) | null;
    if (!el || el.localName !== this.tag) {
      el = document.createElement(this.tag);
      preview.replaceChildren(el);
    }
    const wanted = this.chosenAttributes;
    for (const attribute of this.widget?.attributes ?? []) {
      const value = wanted[attribute.name];
      if (value === undefined || value === false || value === '') el.removeAttribute(attribute.name);
      else el.setAttribute(attribute.name, value === true ? '' : value);
    }
    el.removeAttribute('charter-src');
    el.charter = this.customCharter ? this.charter : undefined;
    for (const t of THEME) preview.style.setProperty(t.token, this.theme[t.token]);
  }

  private renderField(attribute: WidgetAttribute) {
    const id = `attr-${attribute.name}`;
    const value = this.values[this.tag]?.[attribute.name];
    const hint = attribute.description ? html`<span class="cx-hint" id="${id}-hint">${attribute.description}</span>` : nothing;
    const onChange = (event: Event) => this.setValue(attribute.name, (event.target as HTMLInputElement | HTMLSelectElement).value);
    if (attribute.type.includes('boolean')) {
      return html`<div class="cx-form-group cx-choice">
        <input type="checkbox" id=${id} .checked=${value === true} @change=${(e: Event) => this.setValue(attribute.name, (e.target as HTMLInputElement).checked)} />
        <label for=${id}>${attribute.name}</label>
      </div>`;
    }
    const options =
      attribute.name === 'service'
        ? this.charter.services.map((s) => ({ value: s.id, label: localText(s.name, 'en') }))
        : attribute.name === 'timescale'
          ? this.charter.timescales.map((s) => ({ value: s.id, label: localText(s.title, 'en') }))
          : literalChoices(attribute.type)?.map((c) => ({ value: c, label: c }));
    return html`<div class="cx-form-group">
      <label class="cx-label" for=${id}>${attribute.name}</label>
      ${hint}
      ${options
        ? html`<select class="cx-select" id=${id} aria-describedby=${attribute.description ? `${id}-hint` : nothing} @change=${onChange}>
            <option value="" ?selected=${!value}>(not set)</option>
            ${options.map((o) => html`<option value=${o.value} ?selected=${value === o.value}>${o.label}</option>`)}
          </select>`
        : html`<input class="cx-input" id=${id} .value=${typeof value === 'string' ? value : ''} aria-describedby=${attribute.description ? `${id}-hint` : nothing} @input=${onChange} />`}
    </div>`;
  }

  private renderTheme() {
    return html`<fieldset class="panel">
      <legend>Theme colours</legend>
      <p class="cx-hint">Text needs a contrast of at least 4.5:1 (WCAG 2.2 AA), borders and highlights 3:1.</p>
      ${THEME.map((t) => {
        const id = `theme-${t.token.slice(2)}`;
        const ratio = contrastRatio(this.theme[t.token], this.theme[t.against]);
        const needed = t.kind === 'text' ? 4.5 : 3;
        const ok = ratio >= needed;
        return html`<div class="cx-form-group">
          <label class="cx-label" for=${id}>${t.label}</label>
          <div class="swatch-row">
            <input type="color" id=${id} .value=${this.theme[t.token]} aria-describedby="${id}-ratio" @input=${(e: Event) => (this.theme = { ...this.theme, [t.token]: (e.target as HTMLInputElement).value })} />
            <code>${this.theme[t.token]}</code>
            <span id="${id}-ratio" class=${ok ? 'pass' : 'fail'}>${ratio.toFixed(2)}:1 ${ok ? `passes (needs ${needed}:1)` : `fails: needs ${needed}:1`}</span>
          </div>
        </div>`;
      })}
    </fieldset>`;
  }

  private renderCharterEditor() {
    return html`<div class="panel">
      <h2>Your own charter (optional)</h2>
      <div class="cx-form-group ${this.charterProblems.length ? 'cx-form-group--error' : ''}">
        <label class="cx-label" for="charter-json">Paste charter JSON</label>
        <span class="cx-hint" id="charter-json-hint">Checked as you type. Leave empty to use the built-in charter.</span>
        <textarea class="cx-textarea charter" id="charter-json" spellcheck="false" aria-describedby="charter-json-hint charter-status" @input=${this.onCharterInput}></textarea>
      </div>
      <div id="charter-status" role="status">
        ${this.charterProblems.length
          ? html`<p class="fail">${this.charterProblems.length} problem(s):</p>
              <ul>
                ${this.charterProblems.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
              </ul>`
          : this.customCharter
            ? html`<p class="pass">Valid charter: ${this.charter.services.length} services, ${this.charter.timescales.length} timescales.</p>`
            : nothing}
      </div>
    </div>`;
  }

  protected override render() {
    if (this.loadError) return html`<p class="fail" role="alert">${this.loadError}</p>`;
    return html`<div class="layout">
      <form class="controls" @submit=${(e: Event) => e.preventDefault()}>
        <fieldset class="panel">
          <legend>Widget</legend>
          <div class="cx-radios">
            ${this.widgets.map(
              (w) => html`<div class="cx-choice">
                <input type="radio" name="widget" id="w-${w.tag}" .checked=${w.tag === this.tag} @change=${() => this.chooseWidget(w.tag)} aria-describedby="w-${w.tag}-hint" />
                <label for="w-${w.tag}"><code>&lt;${w.tag}&gt;</code> <span class="cx-hint" id="w-${w.tag}-hint">${w.summary}</span></label>
              </div>`,
            )}
          </div>
        </fieldset>
        <fieldset class="panel">
          <legend>Settings</legend>
          ${(this.widget?.attributes ?? []).filter((a) => !HIDDEN.has(a.name)).map((a) => this.renderField(a))}
        </fieldset>
        ${this.renderTheme()}
      </form>
      <div>
        <h2>Preview</h2>
        <div class="preview" data-testid="preview"></div>
        <h2>Your snippet</h2>
        <p class="cx-hint">Paste it where the widget should appear. The text inside the tag is what residents see without JavaScript.</p>
        <pre><code data-testid="snippet">${this.snippet}</code></pre>
        <p><button class="cx-button" type="button" @click=${() => this.copy(this.snippet, 'Snippet')}>Copy snippet</button></p>
        ${this.themeCss
          ? html`<h3>Theme CSS for your stylesheet</h3>
              <pre><code data-testid="theme-css">${this.themeCss}</code></pre>
              <p><button class="cx-button cx-button--secondary" type="button" @click=${() => this.copy(this.themeCss, 'Theme CSS')}>Copy theme CSS</button></p>`
          : nothing}
        <p role="status" class="pass">${this.copied}</p>
        ${this.renderCharterEditor()}
      </div>
    </div>`;
  }
}

if (!customElements.get('cx-embed-builder')) customElements.define('cx-embed-builder', CxEmbedBuilder);
