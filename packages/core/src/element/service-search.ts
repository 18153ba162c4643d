import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from './locale.js';
import {
  buildServiceIndex,
  searchServicesCounted,
  type SearchableService,
  type ServiceIndex,
  type ServiceIndexOptions,
  type ServiceMatch,
} from '../domain/service-search.js';

export interface ServiceSearchOptions<S extends SearchableService> {
  /** The resident chose a service (Enter on an option, or a click or tap). */
  onSelect(service: S): void;
  /** The name to show for a service in the resident's language (`localText(service.name, locale)`). */
  nameOf(service: S): string;
  /** Options shown at most (the announcement still counts every match). Default 10. */
  limit?: number;
  /**
   * Milliseconds of quiet typing before the number of results is announced,
   * so a screen reader says "5 services found" once rather than after every
   * letter. Default 500.
   */
  announceDelay?: number;
  /** Extra synonym groups for this charter. */
  index?: ServiceIndexOptions;
}

/** What the live region says: counts, so the words follow the locale when rendered. */
export interface SearchAnnouncement {
  total: number;
  shown: number;
  /** What was searched for: with no results, the announcement repeats the advice shown. */
  query: string;
}

/**
 * The state and keyboard behaviour of a service search combobox, following
 * the ARIA Authoring Practices "list autocomplete" combobox: the text box
 * keeps focus; the highlighted option is pointed at with
 * `aria-activedescendant`.
 *
 * Keys, in the text box: ArrowDown / ArrowUp open the list and move through
 * the options (wrapping round); Enter chooses the highlighted option; Escape
 * closes the list, or clears the box when the list is already closed; Home /
 * End go to the first / last option while one is highlighted (otherwise they
 * move the caret as usual); ArrowLeft / ArrowRight return to editing the text.
 *
 * The index is built the first time the resident types, not when the page
 * loads, so a page that never searches never pays for it.
 *
 * Render it with `renderServiceCombobox(controller, …)` inside the widget's
 * own shadow root, so the label, hint, listbox and live region share one
 * root with the text box (ARIA references do not cross shadow roots).
 */
export class ServiceSearchController<S extends SearchableService> implements ReactiveController {
  query = '';
  /** The options shown, best first. */
  results: ServiceMatch<S>[] = [];
  /** Every match, of which `results` shows the first `limit`. */
  total = 0;
  /** Index into `results` of the highlighted option, or -1. */
  active = -1;
  expanded = false;
  /** What the live region says, or null before the first search. */
  announcement: SearchAnnouncement | null = null;

  private services: readonly S[] = [];
  private index?: ServiceIndex<S>;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ServiceSearchOptions<S>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** The services to search; a new list (another charter) is indexed again when next searched. */
  setServices(services: readonly S[]): void {
    if (services === this.services) return;
    this.services = services;
    this.index = undefined;
    if (this.query) this.search(this.query);
  }

  /**
   * Builds the index now, if it is not built yet (a widget calls this when
   * the browser is idle after showing the search, so the first keystroke is
   * as quick as the rest).
   */
  /** Whether the index is built. */
  get prepared(): boolean {
    return this.index !== undefined;
  }

  prepare(): ServiceIndex<S> {
    return (this.index ??= buildServiceIndex(this.services, this.options.index));
  }

  /** Runs a search as if the resident had typed `query`. */
  search(query: string): void {
    this.query = query;
    const index = this.prepare();
    const { matches, total } = searchServicesCounted(index, query, this.options.limit ?? 10);
    this.total = total;
    this.results = matches;
    this.active = -1;
    this.expanded = this.results.length > 0;
    this.scheduleAnnouncement();
    this.host.requestUpdate();
  }

  /** The name shown for a service. */
  nameOf(service: S): string {
    return this.options.nameOf(service);
  }

  /** Empties the box and the list. */
  clear(): void {
    clearTimeout(this.timer);
    this.query = '';
    this.results = [];
    this.total = 0;
    this.active = -1;
    this.expanded = false;
    this.announcement = null;
    this.host.requestUpdate();
  }

  /** Chooses the option at `position` in `results`. */
  choose(position: number): void {
    const match = this.results[position];
    if (!match) return;
    clearTimeout(this.timer);
    this.query = this.options.nameOf(match.service);
    // The count belonged to the list that is now closed: a status still saying "8 services found" misleads.
    this.announcement = null;
    this.expanded = false;
    this.active = -1;
    this.host.requestUpdate();
    this.options.onSelect(match.service);
  }

  readonly handleInput = (event: Event): void => {
    this.search((event.target as HTMLInputElement).value);
  };

  readonly handleBlur = (): void => {
    if (!this.expanded && this.active === -1) return;
    this.expanded = false;
    this.active = -1;
    this.host.requestUpdate();
  };

  readonly handleKeydown = (event: KeyboardEvent): void => {
    const count = this.results.length;
    const highlight = (position: number) => {
      this.expanded = true;
      this.active = position;
      event.preventDefault();
      this.host.requestUpdate();
    };
    switch (event.key) {
      case 'ArrowDown':
        if (!count) return;
        if (event.altKey) return highlight(this.expanded ? this.active : -1);
        return highlight(this.expanded ? (this.active + 1) % count : 0);
      case 'ArrowUp':
        if (!count) return;
        return highlight(this.expanded && this.active > 0 ? this.active - 1 : count - 1);
      case 'Home':
      case 'End':
        if (this.active === -1) return;
        return highlight(event.key === 'Home' ? 0 : count - 1);
      case 'ArrowLeft':
      case 'ArrowRight':
        if (this.active !== -1) {
          this.active = -1;
          this.host.requestUpdate();
        }
        return;
      case 'Enter':
        if (!this.expanded || this.active === -1) return;
        event.preventDefault();
        return this.choose(this.active);
      case 'Escape':
        event.preventDefault();
        if (this.expanded) {
          this.expanded = false;
          this.active = -1;
          this.host.requestUpdate();
        } else if (this.query) {
          this.clear();
        }
        return;
    }
  };

  private scheduleAnnouncement(): void {
    clearTimeout(this.timer);
    if (!this.query.trim()) {
      this.announcement = null;
      return;
    }
    const announce = () => {
      this.announcement = { total: this.total, shown: this.results.length, query: this.query.trim() };
      this.host.requestUpdate();
    };
    const delay = this.options.announceDelay ?? 500;
    if (delay <= 0) announce();
    else this.timer = setTimeout(announce, delay);
  }
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

/**
 * The combobox: a label, an optional hint, the text box, the list of
 * options, a "no results" message and a polite live region that announces
 * the number of results. `id` prefixes every id, so two searches can share a
 * shadow root.
 */
export function renderServiceCombobox<S extends SearchableService>(
  search: ServiceSearchController<S>,
  id: string,
  text: ServiceComboboxText,
): TemplateResult {
  const inputId = `${id}-input`;
  const listboxId = `${id}-listbox`;
  const hintId = `${id}-hint`;
  const labelId = `${id}-label`;
  const optionId = (position: number) => `${id}-option-${position}`;
  const noResults = search.query.trim() !== '' && search.total === 0;
  const keepFocus = (event: Event) => event.preventDefault();
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
    <ul id=${listboxId} class="cx-combobox__listbox" part="search-results" role="listbox" aria-labelledby=${labelId} ?hidden=${!search.expanded}>
      ${search.results.map(
        (match, position) =>
          // The text box keeps focus and handles every key (aria-activedescendant); options only need pointer events.
          // eslint-disable-next-line lit-a11y/click-events-have-key-events
          html`<li
            id=${optionId(position)}
            class="cx-combobox__option ${position === search.active ? 'cx-combobox__option--active' : ''}"
            part="search-option"
            role="option"
            aria-selected=${position === search.active ? 'true' : 'false'}
            @pointerdown=${keepFocus}
            @mousedown=${keepFocus}
            @click=${() => search.choose(position)}
          >
            ${search.nameOf(match.service)} ${match.keyword
              ? html`<span class="cx-combobox__why">${msg(str`Matches “${match.keyword}”`)}</span>`
              : nothing}
          </li>`,
      )}
    </ul>
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

/** Styles for `renderServiceCombobox`: add to the widget's `static styles` with `formStyles`. */
export const serviceComboboxStyles = css`
  .cx-combobox {
    margin-block-end: var(--_cx-space-4);
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
