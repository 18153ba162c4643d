/**
 * sessionStorage and localStorage that never throw. Browsers throw on the
 * way in (a `SecurityError` when storage is blocked: cookies off, some
 * private modes, a sandboxed iframe), on write (`QuotaExceededError` when
 * full) and some have no storage at all. A widget must keep working in
 * each case and be able to tell the resident their answers are not being
 * kept: every call says whether it worked, and `lastError` says why not.
 *
 * Nothing personal goes in without the resident's consent: that is the
 * caller's rule to keep; this module only makes storage safe to call.
 */
import { CxError } from './cx-error.js';

export type StorageKind = 'session' | 'local';

export interface SafeStorage {
  /** The value, or null when absent or when storage cannot be read. */
  get(key: string): string | null;
  /** Stores a value; false when the browser would not (full, blocked, absent). */
  set(key: string, value: string): boolean;
  /** Removes a value; false when storage cannot be reached. */
  remove(key: string): boolean;
  /** Whether the browser gives this storage at all. */
  readonly available: boolean;
  /** Why the last call failed (code `storage`), cleared by the next call that works. */
  readonly lastError: CxError | undefined;
}

function browserArea(kind: StorageKind): Storage | undefined {
  return kind === 'session' ? globalThis.sessionStorage : globalThis.localStorage;
}

/**
 * Storage of one kind that never throws. `area` is for tests: a function
 * returning the `Storage` (or throwing, as a blocked browser does).
 */
export function safeStorage(kind: StorageKind, area: () => Storage | undefined = () => browserArea(kind)): SafeStorage {
  let lastError: CxError | undefined;
  const attempt = <T>(what: string, action: (storage: Storage) => T, failed: T): T => {
    try {
      const storage = area();
      if (!storage) throw new Error(`this browser has no ${kind}Storage`);
      const result = action(storage);
      lastError = undefined;
      return result;
    } catch (error) {
      const reason = error instanceof Error ? error.name : 'Error';
      lastError = new CxError('storage', `Could not ${what} ${kind}Storage (${reason}).`, { cause: error });
      return failed;
    }
  };
  return {
    get: (key) => attempt('read', (s) => s.getItem(key), null),
    set: (key, value) => attempt('write to', (s) => (s.setItem(key, value), true), false),
    remove: (key) => attempt('remove from', (s) => (s.removeItem(key), true), false),
    get available() {
      return attempt('reach', (s) => s !== undefined, false);
    },
    get lastError() {
      return lastError;
    },
  };
}
