/**
 * "Remember this reference on this device": opt-in, in localStorage, and
 * only the reference and the service's name. Never the email address or
 * postcode that proves the request is the resident's, and no cookies.
 * Loaded with the list of remembered references (remembered-part.ts).
 */
import { defaultStorage, readReferences, type RememberedReference } from './stored-references.js';

export { storageKey, type RememberedReference } from './stored-references.js';

/** The longest list kept: a resident tracks a few requests, not a history. */
export const MAX_REMEMBERED = 10;

export class RememberedReferences {
  constructor(
    private readonly key: string,
    private readonly storage: Storage | undefined = defaultStorage(),
  ) {}

  /** The remembered references, most recent first. */
  list(): RememberedReference[] {
    return readReferences(this.key, this.storage);
  }

  /** Adds (or moves to the top) a reference; returns the new list. */
  remember(entry: RememberedReference): RememberedReference[] {
    const clean: RememberedReference = entry.service ? { reference: entry.reference, service: entry.service } : { reference: entry.reference };
    const next = [clean, ...this.list().filter((e) => e.reference !== entry.reference)].slice(0, MAX_REMEMBERED);
    return this.save(next);
  }

  /** Forgets one reference; returns the new list. */
  forget(reference: string): RememberedReference[] {
    return this.save(this.list().filter((e) => e.reference !== reference));
  }

  has(reference: string): boolean {
    return this.list().some((e) => e.reference === reference);
  }

  private save(entries: RememberedReference[]): RememberedReference[] {
    try {
      if (entries.length) this.storage?.setItem(this.key, JSON.stringify(entries));
      else this.storage?.removeItem(this.key);
      return entries;
    } catch {
      return this.list();
    }
  }
}
