import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { dateInputValue, defaultCharter, parseDateInput, safeParseCharter, todayInLondon, type Charter, type DateInputValue } from '@cx-kit/core';
import { dateInput, dateInputStyles, formStyles, sharedStyles } from '@cx-kit/core/element';
import { builderStyles } from './builder.styles.js';
import { fallbackFor } from './fallback.js';
import { SETTINGS, TRACKER_PATHS, WIDGETS, type Setting } from './settings.js';
import { absoluteUrl, buildSnippet, buildThemeCss, buildThemeLink, buildThemeStyle, integrityOf, originOf } from './snippet.js';
import { THEME, changedColours, themePane } from './theme-pane.js';

type Values = Record<string, string>;

/** The charter's flag for made-up phone numbers and emails (the built-in charter's are examples). */
const hasExampleContacts = (charter: Charter) => (charter as Charter & { exampleContacts?: boolean }).exampleContacts === true;

/**
 * The embed builder, for web editors who may never have seen HTML: where the
 * widget will go, which widget, its settings in plain words, colours, a live
 * preview, and a snippet whose every address is absolute (so it works pasted
 * on any site), with fallback content that carries the widget's essentials
 * and an integrity hash over the one self-contained file it loads.
 */
export class CxEmbedBuilder extends LitElement {
  static override styles = [...sharedStyles, formStyles, dateInputStyles, builderStyles];

  @state() private council = location.origin;
  @state() private partner = '';
  @state() private tag = WIDGETS[0].tag;
  @state() private values: Record<string, Values> = {
    'cx-contact-options': { service: 'waste-collection' },
    'cx-charter-timescales': { timescale: 'foi' },
    'cx-feedback-form': { endpoint: '/api/feedback' },
    'cx-request-tracker': { 'api-kind': 'cx', api: '/api' },
  };
  @state() private dates: Record<string, DateInputValue> = {};
  @state() private theme: Record<string, string> = Object.fromEntries(THEME.map((t) => [t.token, t.initial]));
  @state() private preset = '';
  @state() private charter: Charter = defaultCharter;
  @state() private customCharter = false;
  @state() private charterProblems: { path: string; message: string }[] = [];
  @state() private examplesConfirmed = false;
  @state() private integrity = '';
  @state() private copied = '';
  @state() private loadError = '';

  private charterTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback() {
    super.connectedCallback();
    void this.updateIntegrity();
    void this.loadPreviewWidget();
  }

  /** The snippet loads one self-contained file, so its integrity hash covers every byte that runs. */
  private get scriptPath() {
    return `/dist/standalone/${this.tag}.js`;
  }

  private async updateIntegrity() {
    const tag = this.tag;
    try {
      const response = await fetch(this.scriptPath);
      const integrity = response.ok ? await integrityOf(await response.arrayBuffer()) : '';
      if (tag === this.tag) this.integrity = integrity;
    } catch {
      if (tag === this.tag) this.integrity = '';
    }
  }

  /** The preview lives in this shadow root, out of the page loader's sight: load the widget's own entry. */
  private async loadPreviewWidget() {
    if (customElements.get(this.tag)) return;
    try {
      await import(/* @vite-ignore */ new URL(`/dist/${this.tag}.js`, location.href).href);
    } catch {
      this.loadError = `The widget’s code could not be loaded from ${location.origin}/dist/. Ask the council’s web team to build the kit (npm run build).`;
    }
  }

  private setValue(name: string, value: string) {
    const values = { ...this.values[this.tag], [name]: value };
    // The tracking service's address follows its kind unless the editor typed their own.
    if (name === 'api-kind' && Object.values(TRACKER_PATHS).includes(values.api)) values.api = TRACKER_PATHS[value] ?? '/api';
    this.values = { ...this.values, [this.tag]: values };
  }

  private chooseWidget(tag: string) {
    this.tag = tag;
    this.copied = '';
    this.integrity = '';
    void this.updateIntegrity();
    void this.loadPreviewWidget();
  }

  private onCharterInput(event: Event) {
    const text = (event.target as HTMLTextAreaElement).value;
    clearTimeout(this.charterTimer);
    this.charterTimer = setTimeout(() => {
      this.examplesConfirmed = false;
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

  private get councilOrigin(): string {
    return originOf(this.council) ?? location.origin;
  }

  private visible(setting: Setting): boolean {
    const values = this.values[this.tag] ?? {};
    return !setting.onlyWhen || setting.onlyWhen.values.includes(values[setting.onlyWhen.attribute] ?? '');
  }

  /** The snippet's attributes, every address made absolute with the council's address. */
  private get chosenAttributes(): Record<string, string> {
    const values = this.values[this.tag] ?? {};
    const out: Record<string, string> = {};
    for (const setting of SETTINGS[this.tag] ?? []) {
      const value = values[setting.attribute];
      if (!value || !this.visible(setting)) continue;
      const ask = setting.ask;
      out[setting.attribute] = ask.kind === 'council-url' || ask.kind === 'council-url-switch' ? absoluteUrl(value, this.councilOrigin) : value;
    }
    if (this.customCharter) out['charter-src'] = absoluteUrl('/charter.json', this.councilOrigin);
    return out;
  }

  /** Example phone numbers and emails must not reach residents unless the editor has said so. */
  private get blockedByExamples(): boolean {
    return this.tag === 'cx-contact-options' && hasExampleContacts(this.charter) && !this.examplesConfirmed;
  }

  get snippet(): string {
    const attributes = this.chosenAttributes;
    return buildSnippet({
      tag: this.tag,
      attributes,
      scriptUrl: absoluteUrl(this.scriptPath, this.councilOrigin),
      integrity: this.integrity || undefined,
      fallback: fallbackFor(this.tag, this.charter, { attributes, council: this.councilOrigin, today: todayInLondon() }),
    });
  }

  private get themeLink(): string {
    return this.preset ? buildThemeLink(this.councilOrigin, this.preset) : '';
  }

  private async copy(text: string, what: string) {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = `${what} copied. Paste it into your page.`;
    } catch {
      this.copied = `Your browser did not let us copy. Select the ${what.toLowerCase()} and copy it with your keyboard (Ctrl+C, or Cmd+C on a Mac).`;
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
    for (const setting of SETTINGS[this.tag] ?? []) {
      // The preview talks to this server, whatever address the snippet will use.
      const value = wanted[setting.attribute] === undefined ? undefined : (this.values[this.tag][setting.attribute] ?? '');
      if (value) el.setAttribute(setting.attribute, value);
      else el.removeAttribute(setting.attribute);
    }
    el.charter = this.customCharter ? this.charter : undefined;
    for (const t of THEME) preview.style.setProperty(t.token, this.theme[t.token]);
  }

  private renderSetting(setting: Setting) {
    const id = `attr-${setting.attribute}`;
    const value = this.values[this.tag]?.[setting.attribute] ?? '';
    const set = (v: string) => this.setValue(setting.attribute, v);
    const hint = html`<span class="cx-hint" id="${id}-hint">${setting.hint}</span>`;
    const ask = setting.ask;
    switch (ask.kind) {
      case 'select':
        return html`<div class="cx-form-group">
          <label class="cx-label" for=${id}>${setting.label}</label>
          ${hint}
          <select class="cx-select" id=${id} aria-describedby="${id}-hint" @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
            ${ask.choices(this.charter).map((o) => html`<option value=${o.value} ?selected=${value === o.value}>${o.label}</option>`)}
          </select>
        </div>`;
      case 'radios':
      case 'council-url-switch': {
        const choices = ask.kind === 'radios' ? ask.choices : [{ value: ask.path, label: ask.yes }, { value: '', label: ask.no }];
        return html`<div class="cx-form-group">
          <fieldset class="plain" aria-describedby="${id}-hint">
            <legend class="cx-label">${setting.label}</legend>
            ${hint}
            <div class="cx-radios">
              ${choices.map(
                (c, i) => html`<div class="cx-choice">
                  <input type="radio" id="${id}-${i}" name=${id} .checked=${value === c.value} @change=${() => set(c.value)} />
                  <label for="${id}-${i}">${c.label}</label>
                </div>`,
              )}
            </div>
          </fieldset>
        </div>`;
      }
      case 'date': {
        // Empty boxes are an answer here (the attribute is left out); anything else must be a real date.
        const usable = (read: ReturnType<typeof parseDateInput>) => (read.ok ? read.date : read.problem === 'empty' ? '' : undefined);
        const parts = this.dates[setting.attribute] ?? dateInputValue(value);
        return dateInput({
          id,
          namePrefix: id,
          legend: setting.label,
          hint: setting.hint,
          value: parts,
          error: usable(parseDateInput(parts)) === undefined ? 'Enter a real date, for example 27 3 2027' : undefined,
          autocomplete: 'off',
          onInput: (next) => {
            this.dates = { ...this.dates, [setting.attribute]: next };
            const date = usable(parseDateInput(next));
            if (date !== undefined) set(date);
          },
        });
      }
      default:
        return html`<div class="cx-form-group">
          <label class="cx-label" for=${id}>${setting.label}</label>
          ${hint}
          <input
            class="cx-input"
            id=${id}
            spellcheck="false"
            .value=${ask.kind === 'council-url' ? absoluteUrl(value || ask.path, this.councilOrigin) : value}
            aria-describedby="${id}-hint"
            @change=${(e: Event) => set((e.target as HTMLInputElement).value.trim())}
          />
        </div>`;
    }
  }

  private renderWhere() {
    const partner = originOf(this.partner);
    const councilOk = Boolean(originOf(this.council));
    const crossOrigin = partner && partner !== this.councilOrigin;
    return html`<section class="panel" aria-labelledby="step-where">
      <h2 id="step-where">1. Where will the widget go?</h2>
      <p>The widget gets its information from your council’s server, wherever it appears. Tell us both addresses, and we will put them in the snippet for you.</p>
      <div class="cx-form-group ${councilOk ? '' : 'cx-form-group--error'}">
        <label class="cx-label" for="council">Your council’s address</label>
        <span class="cx-hint" id="council-hint">Where the kit is installed, for example https://www.council.gov.uk. We filled in the address of this page.</span>
        ${councilOk ? nothing : html`<p class="cx-error-message" id="council-error">Enter a web address, for example https://www.council.gov.uk</p>`}
        <input class="cx-input" id="council" type="url" spellcheck="false" autocomplete="url" .value=${this.council} aria-describedby="council-hint${councilOk ? '' : ' council-error'}" @change=${(e: Event) => (this.council = (e.target as HTMLInputElement).value.trim())} />
      </div>
      <div class="cx-form-group">
        <label class="cx-label" for="partner">The address of the site where you will paste the snippet (optional)</label>
        <span class="cx-hint" id="partner-hint">For example, https://www.riverside-partnership.org.uk. Leave it empty if it is the council’s own site.</span>
        <input class="cx-input" id="partner" type="url" spellcheck="false" .value=${this.partner} aria-describedby="partner-hint partner-advice" @change=${(e: Event) => (this.partner = (e.target as HTMLInputElement).value.trim())} />
      </div>
      <div id="partner-advice" class="advice">
        ${this.partner && !partner
          ? html`<p class="fail">That does not look like a web address. Write it like https://www.example.org.uk</p>`
          : crossOrigin
            ? html`<p><strong>One thing the council must do first.</strong> For residents’ messages to reach the council from ${partner}, the council’s server must accept them from that site. Send this to the council’s web team:</p>
                <p class="quote">Please allow ${partner} to use our cx-kit services: add it to the list of allowed sites (CORS_ORIGINS on the reference server). The list is shown on the server’s admin page.</p>
                <p>Until then, the widget shows residents the council’s phone number and email instead of sending anything.</p>`
            : html`<p>The widget will be on the council’s own site, so the council’s server needs no change.</p>`}
      </div>
    </section>`;
  }

  private renderWidgetChoice() {
    return html`<section class="panel" aria-labelledby="step-widget">
      <h2 id="step-widget">2. Choose a widget</h2>
      <fieldset class="plain">
        <legend class="cx-label">Which widget do you want to add?</legend>
        <div class="cx-radios">
          ${WIDGETS.map(
            (w) => html`<div class="cx-choice">
              <input type="radio" name="widget" id="w-${w.tag}" .checked=${w.tag === this.tag} @change=${() => this.chooseWidget(w.tag)} aria-describedby="w-${w.tag}-hint" />
              <label for="w-${w.tag}"><span class="name">${w.name}</span></label>
              <span class="cx-hint" id="w-${w.tag}-hint">${w.purpose} <small class="tag">Code name: ${w.tag}</small></span>
            </div>`,
          )}
        </div>
      </fieldset>
    </section>`;
  }

  private renderExamplesCheck() {
    if (!(this.tag === 'cx-contact-options' && hasExampleContacts(this.charter))) return nothing;
    return html`<div class="warning" id="examples-warning">
      <h3>These phone numbers and email addresses are examples</h3>
      <p>The charter you are using has made-up contact details. Residents who call them will not reach the council.</p>
      <p><a href="#charter-json" @click=${this.focusCharter}>Paste your council’s own charter</a> in step 7, or tick the box if you really mean to publish the examples (for a test page).</p>
      <div class="cx-choice">
        <input type="checkbox" id="confirm-examples" .checked=${this.examplesConfirmed} @change=${(e: Event) => (this.examplesConfirmed = (e.target as HTMLInputElement).checked)} />
        <label for="confirm-examples">I understand the contact details are examples</label>
      </div>
    </div>`;
  }

  private focusCharter(event: Event) {
    event.preventDefault();
    const box = this.renderRoot.querySelector<HTMLTextAreaElement>('#charter-json');
    box?.scrollIntoView({ block: 'center' });
    box?.focus();
  }

  private renderSnippet() {
    const colours = changedColours(this.theme);
    const style = buildThemeStyle(this.tag, colours);
    return html`<section class="panel" aria-labelledby="step-copy">
      <h2 id="step-copy">6. Copy the snippet into your page</h2>
      <p>A snippet is a few lines of code that your website shows as the widget. In your website’s editor, look for a way to add code or HTML (it may be called “Source”, “HTML block”, “Custom HTML” or “Embed”), paste the snippet there and save.</p>
      <p>The lines between <code>&lt;${this.tag}</code> and <code>&lt;/${this.tag}&gt;</code> are what residents see if the widget cannot run: keep them.</p>
      ${this.renderExamplesCheck()}
      ${this.blockedByExamples
        ? html`<p class="fail" data-testid="snippet-blocked">No snippet yet: confirm the example contact details above, or use your council’s own charter.</p>`
        : html`<pre><code data-testid="snippet">${this.snippet}</code></pre>
            <p><button class="cx-button" type="button" @click=${() => this.copy(this.snippet, 'Snippet')}>Copy snippet</button></p>`}
      ${this.themeLink || style
        ? html`<h3>Colours</h3>
            <p>Add these lines too, once per page, above the snippet. If your website lets you link to style sheets, use the link. If it only lets you paste HTML, paste the style block.</p>
            ${this.themeLink
              ? html`<h4>Ready-made theme, as a link</h4>
                  <pre><code data-testid="theme-link">${this.themeLink}</code></pre>
                  <p><button class="cx-button cx-button--secondary" type="button" @click=${() => this.copy(this.themeLink, 'Theme link')}>Copy theme link</button></p>`
              : nothing}
            ${style
              ? html`<h4>Your colours, as a style block</h4>
                  <pre><code data-testid="theme-style">${style}</code></pre>
                  <p><button class="cx-button cx-button--secondary" type="button" @click=${() => this.copy(style, 'Style block')}>Copy style block</button></p>
                  <p class="cx-hint">If your site does not allow style blocks, ask your web team to add these lines to the site’s style sheet instead:</p>
                  <pre><code data-testid="theme-css">${buildThemeCss(this.tag, colours)}</code></pre>`
              : nothing}`
        : nothing}
      <p role="status" class="pass">${this.copied}</p>
    </section>`;
  }

  private renderCharterEditor() {
    return html`<section class="panel" aria-labelledby="step-charter" id="charter">
      <h2 id="step-charter">7. Your council’s charter (phone numbers, opening hours and promises)</h2>
      <p>The widgets show the contact details and promises written in a charter. The built-in one has Cheshire East Council’s promises with example contact details. Your web team may give you your own as a block of text starting with <code>{</code>.</p>
      <div class="cx-form-group ${this.charterProblems.length ? 'cx-form-group--error' : ''}">
        <label class="cx-label" for="charter-json">Paste your council’s charter</label>
        <span class="cx-hint" id="charter-json-hint">Checked as you type. Leave it empty to use the built-in charter. Your web team publishes the same text at ${absoluteUrl('/charter.json', this.councilOrigin)}.</span>
        <textarea class="cx-textarea charter" id="charter-json" spellcheck="false" aria-describedby="charter-json-hint charter-status" @input=${this.onCharterInput}></textarea>
      </div>
      <div id="charter-status" role="status">
        ${this.charterProblems.length
          ? html`<p class="fail">${this.charterProblems.length === 1 ? 'There is 1 problem' : `There are ${this.charterProblems.length} problems`} in the charter:</p>
              <ul>
                ${this.charterProblems.map((p) => html`<li>At ${p.path}: ${p.message}</li>`)}
              </ul>`
          : this.customCharter
            ? html`<p class="pass">The charter is ready: ${this.charter.services.length} services, ${this.charter.timescales.length} promises.</p>`
            : nothing}
      </div>
    </section>`;
  }

  protected override render() {
    if (this.loadError) return html`<p class="fail" role="alert">${this.loadError}</p>`;
    const widget = WIDGETS.find((w) => w.tag === this.tag)!;
    return html`<div class="layout">
      <form class="controls" @submit=${(e: Event) => e.preventDefault()}>
        ${this.renderWhere()} ${this.renderWidgetChoice()}
        <section class="panel" aria-labelledby="step-settings">
          <h2 id="step-settings">3. Settings for ${widget.name.toLowerCase()}</h2>
          ${(SETTINGS[this.tag] ?? []).filter((s) => this.visible(s)).map((s) => this.renderSetting(s))}
        </section>
        <section class="panel" aria-labelledby="step-colours">
          <h2 id="step-colours">4. Colours (optional)</h2>
          ${themePane(
            this.theme,
            this.preset,
            (token, value) => (this.theme = { ...this.theme, [token]: value }),
            (value) => (this.preset = value),
          )}
        </section>
      </form>
      <div>
        <section class="panel" aria-labelledby="step-preview">
          <h2 id="step-preview">5. Check the preview</h2>
          <p>This is how the widget will look and work on your page.</p>
          <div class="preview" data-testid="preview"></div>
        </section>
        ${this.renderSnippet()} ${this.renderCharterEditor()}
      </div>
    </div>`;
  }
}

if (!customElements.get('cx-embed-builder')) customElements.define('cx-embed-builder', CxEmbedBuilder);
