/**
 * "Remember this reference on this device": opt-in, in localStorage, and
 * only the reference and the service's name. Never the email address or
 * postcode that proves the request is the resident's, and no cookies.
 *
 * Storage can be missing, full or blocked (private browsing, a strict
 * privacy setting): then nothing is remembered and nothing throws.
 */

export interface RememberedReference {
  reference: string;
  /** The service's name as the server gave it, so the list says what each one is. */
  service?: string;
}

/** The longest list kept: a resident tracks a few requests, not a history. */
export const MAX_REMEMBERED = 10;

const PREFIX = 'cx-request-tracker:';

/** The storage key for one tracker's API, so references for one council's system are not offered to another. */
export function storageKey(api: string): string {
  return `${PREFIX}${api}`;
}

function defaultStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

const isEntry = (value: unknown): value is RememberedReference =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as RememberedReference).reference === 'string' &&
  (value as RememberedReference).reference.length > 0 &&
  ((value as RememberedReference).service === undefined || typeof (value as RememberedReference).service === 'string');

export class RememberedReferences {
  constructor(
    private readonly key: string,
    private readonly storage: Storage | undefined = defaultStorage(),
  ) {}

  /** The remembered references, most recent first. */
  list(): RememberedReference[] {
    try {
      const raw = this.storage?.getItem(this.key);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed)
        ? parsed.filter(isEntry).map((e) => (e.service ? { reference: e.reference, service: e.service } : { reference: e.reference }))
        : [];
    } catch {
      return [];
    }
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
