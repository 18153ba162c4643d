import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SearchableService } from '../domain/service-search.js';
import type { ServiceComboboxState } from './service-combobox.js';
import type { ServiceSearchController, ServiceSearchOptions } from './service-search-controller.js';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A service search whose controller and index (a third of a widget's weight)
 * load only when wanted: `load()` when the resident focuses or types in the
 * box, or when the page is idle after showing it. Until then `state` is an
 * empty search that renders the very same box (label, hint, text box), so
 * nothing moves when the real one arrives, and what the resident typed
 * meanwhile is searched as soon as it does.
 */
export class LazyServiceSearch<S extends SearchableService> implements ReactiveController {
  private controller?: ServiceSearchController<S>;
  private loading?: Promise<void>;
  private services: readonly S[] = [];
  private typed = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ServiceSearchOptions<S>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** What to render: the real search once it has loaded, else the stand-in. */
  get state(): ServiceComboboxState<S> {
    return this.controller ?? this.waiting;
  }

  /** The controller, once loaded. */
  get loaded(): ServiceSearchController<S> | undefined {
    return this.controller;
  }

  /** While the controller is on its way: resolves when it has arrived (or failed to). */
  get pending(): Promise<void> | undefined {
    return this.controller ? undefined : this.loading;
  }

  setServices(services: readonly S[]): void {
    this.services = services;
    this.controller?.setServices(services);
  }

  /** Loads the controller (once); a failure is retried on the next call. */
  load(): Promise<void> {
    this.loading ??= import('./service-search-controller.js').then(
      ({ ServiceSearchController }) => {
        const controller = new ServiceSearchController<S>(this.host, this.options);
        controller.setServices(this.services);
        this.controller = controller;
        if (this.typed) controller.search(this.typed);
        else this.host.requestUpdate();
      },
      () => {
        // The box stays a plain text box; the next focus or key tries again.
        this.loading = undefined;
      },
    );
    return this.loading;
  }

  private readonly load_ = (): void => void this.load();

  private readonly waiting: Writable<ServiceComboboxState<S>> = {
    query: '',
    results: [],
    total: 0,
    active: -1,
    expanded: false,
    announcement: null,
    nameOf: (service) => this.options.nameOf(service),
    choose: () => {},
    handleInput: (event) => {
      this.typed = (event.target as HTMLInputElement).value;
      this.waiting.query = this.typed;
      this.load_();
    },
    handleKeydown: this.load_,
    handleBlur: () => {},
    handleFocus: this.load_,
  };
}
