/**
 * The service search combobox's template and styles, apart from its
 * controller (service-search-controller.ts) and the search itself.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { AsyncDirective, directive, type DirectiveResult } from 'lit/async-directive.js';
import { Directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { msg, msgLocale, str } from './locale.js';
import type { SearchableService, ServiceMatch } from '../domain/service-search.js';

/** What the live region says: counts, so the words follow the locale when rendered. */
export interface SearchAnnouncement {
  total: number;
  shown: number;
  /** What was searched for: with no results, the announcement repeats the advice shown. */
  query: string;
}

/** A combobox drawn on its own (`serviceCombobox`), which its controller redraws on each change. */
export interface ComboboxView {
  /** Redraws it from the controller's state now; false when it is not on the page (the host must update instead). */
  redraw(): boolean;
}

/** What the combobox template reads (a `ServiceSearchController`, or anything with its state and handlers). */
export interface ServiceComboboxState<S extends SearchableService> {
  /** Set by `serviceCombobox` while it shows this state. */
  view?: ComboboxView;
  readonly query: string;
  readonly results: readonly ServiceMatch<S>[];
  readonly total: number;
  readonly active: number;
  readonly expanded: boolean;
  readonly announcement: SearchAnnouncement | null;
  nameOf(service: S): string;
  choose(position: number): void;
  readonly handleInput: (event: Event) => void;
  readonly handleKeydown: (event: KeyboardEvent) => void;
  readonly handleBlur: () => void;
}

export interface ServiceComboboxText {
  /** The label: "Search for a service". */
  label: string;
  /** A hint under the label: "For example, bins, potholes or council tax". */
  hint?: string;
}

function noResultsText(query: string): string {
  return msg(str`No services match “${query}”. Check the spelling, or try another word, such as “bins” or “council tax”.`);
}

/** The sentence the live region says for an announcement. */
export function announcementText(announcement: SearchAnnouncement): string {
  const { total, shown } = announcement;
  // The same words as the visible advice, so a screen reader hears what to try next.
  if (total === 0) return noResultsText(announcement.query);
  if (total === 1) return msg('1 service found');
  if (total > shown) return msg(str`${total} services found, showing the best ${shown}`);
  return msg(str`${total} services found`);
}

/** One option as the list shows it. */
interface OptionView {
  /** Which service it is: an option keeps its element while its service stays in the list. */
  key: unknown;
  id: string;
  name: string;
  /** "Matches “rubbish”", or ''. */
  why: string;
  active: boolean;
}

/** An option's element and what it shows now. */
interface DrawnOption {
  element: HTMLLIElement;
  name: string;
  why: string;
}

/**
 * The listbox's options, on the listbox element itself: each keeps its element and id while its service stays in
 * the list (moved, not drawn again, as the list changes around it), made with the DOM's own calls. Drawn by hand
 * because it is the one part of a keystroke that changes much: lit's general list (a template, markers and parts
 * an option) cost more than the options themselves while the page's code is still cold.
 */
class OptionsDirective extends Directive {
  private drawn = new Map<unknown, DrawnOption>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('options() goes on the listbox element');
  }

  render(_options: readonly OptionView[]): void {}

  override update(part: ElementPart, [views]: [readonly OptionView[]]): void {
    const list = part.element;
    const wanted = new Set(views.map((view) => view.key));
    // The options that leave first, so those that stay need no moving.
    for (const [key, option] of this.drawn) {
      if (!wanted.has(key)) {
        option.element.remove();
        this.drawn.delete(key);
      }
    }
    views.forEach((view, position) => {
      const option = this.drawn.get(view.key) ?? newOption();
      this.drawn.set(view.key, option);
      showOption(option, view);
      const there = list.children[position];
      if (there !== option.element) list.insertBefore(option.element, there ?? null);
    });
  }
}

function newOption(): DrawnOption {
  const element = document.createElement('li');
  element.setAttribute('part', 'search-option');
  element.setAttribute('role', 'option');
  return { element, name: '', why: '' };
}

/** Brings an option's element up to date, touching only what changed. */
function showOption(option: DrawnOption, view: OptionView): void {
  const { element } = option;
  if (element.id !== view.id) element.id = view.id;
  const className = view.active ? 'cx-combobox__option cx-combobox__option--active' : 'cx-combobox__option';
  if (element.className !== className) element.className = className;
  const selected = view.active ? 'true' : 'false';
  if (element.getAttribute('aria-selected') !== selected) element.setAttribute('aria-selected', selected);
  if (option.name === view.name && option.why === view.why) return;
  option.name = view.name;
  option.why = view.why;
  if (!view.why) {
    element.textContent = view.name;
    return;
  }
  const why = document.createElement('span');
  why.className = 'cx-combobox__why';
  why.textContent = view.why;
  element.replaceChildren(view.name, ' ', why);
}

const options = directive(OptionsDirective);

/**
 * The combobox: a label, an optional hint, the text box, the list of
 * options, a "no results" message and a polite live region that announces
 * the number of results. `id` prefixes every id, so two searches can share a
 * shadow root.
 */
export function renderServiceCombobox<S extends SearchableService>(
  search: ServiceComboboxState<S>,
  id: string,
  text: ServiceComboboxText,
): TemplateResult {
  const inputId = `${id}-input`;
  const listboxId = `${id}-listbox`;
  const hintId = `${id}-hint`;
  const labelId = `${id}-label`;
  // By service, not by place: an option keeps its element and id while the list changes around it as the resident types.
  const optionId = (position: number) => `${id}-option-${search.results[position]?.service.id}`;
  const noResults = search.query.trim() !== '' && search.total === 0;
  const keepFocus = (event: Event) => event.preventDefault();
  const choose = (event: Event) => {
    const option = (event.target as Element).closest('[role="option"]');
    const position = search.results.findIndex((_, i) => optionId(i) === option?.id);
    if (position >= 0) search.choose(position);
  };
  // The text box keeps focus and handles every key (aria-activedescendant); the list only takes pointer events,
  // one set of listeners for the whole list (options come and go at every keystroke). Drawn again only when
  // what it shows changes (the controller keeps the same results array for the same options).
  // eslint-disable-next-line lit-a11y/click-events-have-key-events
  const listbox = () => html`<ul
      id=${listboxId}
      class="cx-combobox__listbox"
      part="search-results"
      role="listbox"
      aria-labelledby=${labelId}
      ?hidden=${!search.expanded}
      @pointerdown=${keepFocus}
      @mousedown=${keepFocus}
      @click=${choose}
      ${options(
        search.results.map((match, position) => ({
          key: match.service,
          id: optionId(position),
          name: search.nameOf(match.service),
          why: match.keyword ? msg(str`Matches “${match.keyword}”`) : '',
          active: position === search.active,
        })),
      )}
    ></ul>`;
  return html`<div class="cx-combobox" part="search">
    <label class="cx-label" id=${labelId} for=${inputId}>${text.label}</label>
    ${text.hint ? html`<div class="cx-hint" id=${hintId}>${text.hint}</div>` : nothing}
    <input
      id=${inputId}
      class="cx-input cx-combobox__input"
      part="search-input"
      type="text"
      role="combobox"
      autocomplete="off"
      autocapitalize="off"
      spellcheck="false"
      .enterKeyHint=${'search'}
      aria-labelledby=${labelId}
      aria-autocomplete="list"
      aria-expanded=${search.expanded ? 'true' : 'false'}
      aria-controls=${listboxId}
      aria-activedescendant=${search.expanded && search.active >= 0 ? optionId(search.active) : nothing}
      aria-describedby=${text.hint ? hintId : nothing}
      .value=${live(search.query)}
      @input=${search.handleInput}
      @keydown=${search.handleKeydown}
      @blur=${search.handleBlur}
    />
    ${guard([search.results, search.active, search.expanded, msgLocale()], listbox)}
    ${noResults
      ? html`<p class="cx-combobox__empty" part="search-empty">
          ${noResultsText(search.query.trim())}
        </p>`
      : nothing}
    <div class="cx-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      ${search.announcement ? announcementText(search.announcement) : ''}
    </div>
  </div>`;
}

class ServiceComboboxDirective extends AsyncDirective implements ComboboxView {
  private args?: [ServiceComboboxState<SearchableService>, string, ServiceComboboxText];

  render(search: ServiceComboboxState<SearchableService>, id: string, text: ServiceComboboxText): TemplateResult {
    this.args = [search, id, text];
    search.view = this;
    return renderServiceCombobox(search, id, text);
  }

  redraw(): boolean {
    if (!this.isConnected || !this.args || this.args[0].view !== this) return false;
    this.setValue(renderServiceCombobox(...this.args));
    return true;
  }

  protected override disconnected(): void {
    if (this.args?.[0].view === this) this.args[0].view = undefined;
  }

  protected override reconnected(): void {
    if (this.args) this.args[0].view = this;
  }
}

/**
 * `renderServiceCombobox`, drawn on its own: the controller redraws just the
 * combobox as the resident types or moves through the options, so a
 * keystroke does not re-render the whole widget around it (with 1,000
 * services, most of a keystroke's time went there). The host still redraws
 * it whenever the host itself renders (a new language, say).
 */
export const serviceCombobox = directive(ServiceComboboxDirective) as <S extends SearchableService>(
  search: ServiceComboboxState<S>,
  id: string,
  text: ServiceComboboxText,
) => DirectiveResult<typeof ServiceComboboxDirective>;

/** Styles for `renderServiceCombobox`: add to the widget's `static styles` with `formStyles`. */
export const serviceComboboxStyles = css`
  .cx-combobox {
    margin-block-end: var(--_cx-space-4);
  }
  /*
   * Sized by its line, as the browser would size it (taller text makes it taller), but told so: each keystroke
   * then lays out the box's new text alone, not the widget around it.
   */
  .cx-combobox__input {
    contain: size layout;
    block-size: max(44px, calc(1lh + 2 * var(--_cx-space-1) + 2 * var(--_cx-border-width)));
  }
  .cx-combobox__listbox {
    list-style: none;
    margin: 0;
    padding: 0;
    border: var(--_cx-border-width) solid var(--_cx-input-border);
    border-block-start: 0;
    background: var(--_cx-background);
    max-block-size: 24rem;
    overflow-y: auto;
  }
  .cx-combobox__listbox[hidden] {
    display: none;
  }
  .cx-combobox__option {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--_cx-space-2);
    min-block-size: 44px;
    padding: var(--_cx-space-2) var(--_cx-space-3);
    border-block-end: 1px solid var(--_cx-border);
    cursor: pointer;
  }
  .cx-combobox__option:last-child {
    border-block-end: 0;
  }
  .cx-combobox__option:hover {
    background: var(--_cx-surface);
  }
  .cx-combobox__option--active,
  .cx-combobox__option--active:hover {
    background: var(--_cx-brand);
    color: var(--_cx-brand-text);
    outline: var(--_cx-focus-width) solid var(--_cx-focus);
    outline-offset: calc(-1 * var(--_cx-focus-width));
  }
  .cx-combobox__why {
    font-size: var(--_cx-font-size-small);
  }
  .cx-combobox__empty {
    margin-block: var(--_cx-space-2) 0;
  }
  @media (forced-colors: active) {
    .cx-combobox__listbox {
      border-color: CanvasText;
    }
    .cx-combobox__option--active {
      outline: 3px solid Highlight;
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
