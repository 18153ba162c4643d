import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { inLocaleOf } from './locale.js';
import type { ComboboxView, SearchAnnouncement, ServiceComboboxState } from './service-combobox.js';
import {
  buildServiceIndex,
  searchServicesCounted,
  warmServiceIndex,
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
  /** A search found nothing (the widget may bring more words and call `setServices`, which searches again). */
  onNoMatch?(query: string): void;
}

/** Whether a search on this page has warmed the search's code (`prepare`). */
let searchWarmed = false;

/** Whether two lists show the same options (the same services, each with the same "Matches …" keyword). */
function sameOptions<S extends SearchableService>(a: readonly ServiceMatch<S>[], b: readonly ServiceMatch<S>[]): boolean {
  return a.length === b.length && a.every((match, i) => match.service === b[i].service && match.keyword === b[i].keyword);
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
 * Render it with `renderServiceCombobox(controller, …)` (service-combobox.ts) inside the widget's
 * own shadow root, so the label, hint, listbox and live region share one
 * root with the text box (ARIA references do not cross shadow roots).
 */
export class ServiceSearchController<S extends SearchableService> implements ReactiveController, ServiceComboboxState<S> {
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

  /**
   * The combobox when it is drawn on its own (`serviceCombobox`): a keystroke
   * then redraws only the combobox, not the whole widget around it.
   */
  view?: ComboboxView;

  private services: readonly S[] = [];
  private index?: ServiceIndex<S>;
  private timer?: ReturnType<typeof setTimeout>;
  /** When (performance.now()) the number of results is announced, unless the resident types on. */
  private announceAt = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ServiceSearchOptions<S>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stopAnnouncement();
  }

  /** The services to search; a new list (another charter) is indexed again when next searched. */
  setServices(services: readonly S[]): void {
    if (services === this.services) return;
    this.services = services;
    this.index = undefined;
    if (this.query) this.search(this.query);
  }

  /** Whether the index is built and the page's search code warmed (`prepare`). */
  get prepared(): boolean {
    return this.index !== undefined && searchWarmed;
  }

  /**
   * One step of getting ready for the resident's first keystroke, for a
   * widget to call while the browser is idle until `prepared` (one step a
   * call, so each is a short task): builds the index, then warms the search
   * on it (`warmServiceIndex`), once per page, since the code is the page's
   * whichever widget runs it. The first keystrokes are then as quick as the rest.
   */
  prepare(): void {
    if (!this.index) {
      this.indexed();
    } else if (!searchWarmed) {
      searchWarmed = true;
      warmServiceIndex(this.index);
    }
  }

  /** The index, built now if it is not yet (a keystroke before the browser was idle). */
  private indexed(): ServiceIndex<S> {
    return (this.index ??= buildServiceIndex(this.services, this.options.index));
  }

  /** Runs a search as if the resident had typed `query`. */
  search(query: string): void {
    this.query = query;
    const { matches, total } = searchServicesCounted(this.indexed(), query, this.options.limit ?? 10);
    this.total = total;
    // Typing on within a word often finds the same options: the same array then, so the list is not drawn again.
    if (!sameOptions(matches, this.results)) this.results = matches;
    this.active = -1;
    this.expanded = this.results.length > 0;
    this.scheduleAnnouncement();
    this.changed();
    if (!total && query.trim()) this.options.onNoMatch?.(query);
  }

  /** The name shown for a service. */
  nameOf(service: S): string {
    return this.options.nameOf(service);
  }

  /** Empties the box and the list. */
  clear(): void {
    this.stopAnnouncement();
    this.query = '';
    this.results = [];
    this.total = 0;
    this.active = -1;
    this.expanded = false;
    this.announcement = null;
    this.changed();
  }

  /** Chooses the option at `position` in `results`. */
  choose(position: number): void {
    const match = this.results[position];
    if (!match) return;
    this.stopAnnouncement();
    this.query = this.options.nameOf(match.service);
    // The count belonged to the list that is now closed: a status still saying "8 services found" misleads.
    this.announcement = null;
    this.expanded = false;
    this.active = -1;
    this.changed();
    this.options.onSelect(match.service);
  }

  readonly handleInput = (event: Event): void => {
    this.search((event.target as HTMLInputElement).value);
  };

  readonly handleBlur = (): void => {
    if (!this.expanded && this.active === -1) return;
    this.expanded = false;
    this.active = -1;
    this.changed();
  };

  readonly handleKeydown = (event: KeyboardEvent): void => {
    const count = this.results.length;
    const highlight = (position: number) => {
      this.expanded = true;
      this.active = position;
      event.preventDefault();
      this.changed();
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
          this.changed();
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
          this.changed();
        } else if (this.query) {
          this.clear();
        }
        return;
    }
  };

  /** Shows the new state: in the combobox alone when it is drawn on its own, else by updating the host. */
  private changed(): void {
    const view = this.view;
    // Outside the host's update, so msg() is told the host's language.
    if (view && this.host instanceof Element && inLocaleOf(this.host, () => view.redraw())) return;
    this.host.requestUpdate();
  }

  private scheduleAnnouncement(): void {
    if (!this.query.trim()) {
      this.stopAnnouncement();
      this.announcement = null;
      return;
    }
    const delay = this.options.announceDelay ?? 500;
    if (delay <= 0) return this.announce();
    // One timer for a run of keystrokes: each moves the moment on, and the timer waits out the rest when it fires
    // (clearing and setting a timer on every keystroke costs more than the search on a slow phone).
    this.announceAt = performance.now() + delay;
    if (this.timer === undefined) this.waitToAnnounce(delay);
  }

  private waitToAnnounce(ms: number): void {
    this.timer = setTimeout(() => {
      const left = this.announceAt - performance.now();
      if (left > 0) return this.waitToAnnounce(left);
      this.timer = undefined;
      this.announce();
    }, ms);
  }

  private announce(): void {
    this.announcement = { total: this.total, shown: this.results.length, query: this.query.trim() };
    this.changed();
  }

  private stopAnnouncement(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
