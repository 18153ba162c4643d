/**
 * The search's own loading, apart from the element: its code (the search's
 * part) and, on the built-in default charter, the services it searches, both
 * asked for right after the widget first shows (its first view needs
 * neither); then its index, built while the browser is idle, and the search
 * warmed on it, so the first keystrokes are as quick as the rest.
 *
 * When either cannot be downloaded (a dropped connection), the search's place
 * says so with "Try again" (tried by itself too when the browser is back
 * online), and `cx-error` reports it once: the ways to contact the council
 * below it are already on screen and keep working.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Service } from '@cx-kit/core';
import type { ServiceSearchController } from '@cx-kit/core/element';
import { Part } from './parts.js';

/** The search's code, loaded with import(). One object, so a test can make its download fail. */
export const searchChunks = {
  view: () => import('./search-view.js'),
};

export const searchPart = new Part(() => searchChunks.view());

export interface SearchLoaderHost {
  /** Whether the charter in hand has its services (the page's own charter always does). */
  hasServices(): boolean;
  /** Brings in the built-in default's services; never rejects (`hasServices` says whether they came). */
  addServices(): Promise<void>;
  /** The search, once the element has made it. */
  search(): ServiceSearchController<Service> | undefined;
  /** Reports a failed download (`cx-error`); the widget works on without the search. */
  failed(error: unknown): void;
}

export class SearchLoader {
  /** The search's code or services could not be downloaded: its place says so, until "Try again". */
  unavailable = false;

  private coming?: Promise<void>;
  private idleScheduled = false;
  /** Listening for the browser to come back online (one listener, however often "Try again" fails meanwhile). */
  private awaitingOnline = false;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly from: SearchLoaderHost,
  ) {}

  /** Whether the search can show: its code and its services are in hand. */
  get ready(): boolean {
    return searchPart.value !== undefined && this.from.hasServices();
  }

  /** Called while the widget shows the search: asks for what it lacks, or prepares it a step at a time when idle. */
  want(): void {
    if (this.unavailable || this.coming) return;
    if (!this.ready) {
      this.coming = this.load().finally(() => {
        this.coming = undefined;
        this.host.requestUpdate();
      });
      return;
    }
    const search = this.from.search();
    if (!search || search.prepared || this.idleScheduled) return;
    this.idleScheduled = true;
    const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    idle(() => {
      this.idleScheduled = false;
      if (!this.host.isConnected) return;
      this.from.search()?.prepare();
      this.want();
    });
  }

  /** "Try again": asks once more for what could not be downloaded (the update that follows calls `want`). */
  retry(): void {
    this.unavailable = false;
    this.host.requestUpdate();
  }

  /** Waits for what is on its way, if anything; true when something was. */
  async arrived(): Promise<boolean> {
    if (!this.coming) return false;
    await this.coming;
    return true;
  }

  private async load(): Promise<void> {
    try {
      await Promise.all([searchPart.load(), this.from.hasServices() ? undefined : this.from.addServices()]);
      if (!this.from.hasServices()) throw new TypeError('the list of services did not arrive');
    } catch (error) {
      if (!this.host.isConnected) return;
      this.unavailable = true;
      this.from.failed(error);
      // A dropped connection: ask again by itself when the browser is back online, as if "Try again" were pressed.
      if (this.awaitingOnline) return;
      this.awaitingOnline = true;
      globalThis.addEventListener(
        'online',
        () => {
          this.awaitingOnline = false;
          if (this.unavailable && this.host.isConnected) this.retry();
        },
        { once: true },
      );
    }
  }
}
