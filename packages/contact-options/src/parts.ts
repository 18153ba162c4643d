/**
 * A part of the widget loaded with import() when a page needs it, once per
 * page however many widgets show it. A failed load is tried again the next
 * time it is wanted.
 */
import type { CSSResultOrNative } from 'lit';

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
