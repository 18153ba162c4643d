/**
 * Reading the references remembered on this device: all the shell needs to
 * know whether to fetch their list. Writing them (remembered.ts) comes with
 * that list, or once a request is found.
 *
 * Storage can be missing, full or blocked (private browsing, a strict
 * privacy setting): then nothing is remembered and nothing throws.
 */

export interface RememberedReference {
  reference: string;
  /** The service's name as the server gave it, so the list says what each one is. */
  service?: string;
}

const PREFIX = 'cx-request-tracker:';

/** The storage key for one tracker's API, so references for one council's system are not offered to another. */
export function storageKey(api: string): string {
  return `${PREFIX}${api}`;
}

export function defaultStorage(): Storage | undefined {
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

/** The remembered references, most recent first (only the reference and service of each, whatever else was stored). */
export function readReferences(key: string, storage: Storage | undefined = defaultStorage()): RememberedReference[] {
  try {
    const raw = storage?.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter(isEntry).map((e) => (e.service ? { reference: e.reference, service: e.service } : { reference: e.reference })) : [];
  } catch {
    return [];
  }
}
