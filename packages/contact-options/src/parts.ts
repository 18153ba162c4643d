/**
 * A part of the widget loaded with import() when a page needs it, once per
 * page however many widgets show it. A failed load is tried again the next
 * time it is wanted.
 */
import type { CSSResultOrNative, ReactiveController, ReactiveControllerHost } from 'lit';
import { addStyles } from '@cx-kit/core/element';

/** A part's module: what it exports, and the styles the element adopts when it arrives. */
export interface PartModule {
  readonly partStyles?: readonly CSSResultOrNative[];
}

export class Part<T extends object> {
  /** The module, once it has loaded. */
  value?: T;
  private pending?: Promise<T>;

  constructor(private readonly importer: () => Promise<T>) {}

  load(): Promise<T> {
    this.pending ??= this.importer().then(
      (value) => (this.value = value),
      (error: unknown) => {
        this.pending = undefined;
        throw error;
      },
    );
    return this.pending;
  }
}

/**
 * The parts one element is waiting for: `want(part)` gives the module once it
 * has loaded (its styles added to the element's shadow root first), or starts
 * loading it and re-renders the element when it arrives.
 */
export class PartsController implements ReactiveController {
  private readonly loading = new Set<Promise<unknown>>();
  /** Optional parts that failed: not asked for again (nor reported again) until the element is put back. */
  private readonly gaveUp = new Set<Part<object>>();

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    /** A part could not be downloaded; `optional` parts (live wait times) leave the widget working without them. */
    private readonly onFailed: (error: unknown, optional: boolean) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.gaveUp.clear();
  }

  want<T extends object>(part: Part<T>, optional = false): T | undefined {
    const module = part.value;
    if (module) {
      // Its styles before it first renders here (added once per shadow root).
      addStyles(this.host.renderRoot, (module as PartModule).partStyles ?? []);
      return module;
    }
    if (this.gaveUp.has(part)) return undefined;
    const loading = part.load().then(
      () => this.host.requestUpdate(),
      (error: unknown) => {
        if (optional) this.gaveUp.add(part);
        this.onFailed(error, optional);
      },
    );
    this.loading.add(loading);
    void loading.finally(() => this.loading.delete(loading));
    return undefined;
  }

  /** Waits for the parts on their way; false when there were none. */
  async arrived(): Promise<boolean> {
    if (!this.loading.size) return false;
    await Promise.allSettled([...this.loading]);
    return true;
  }
}
