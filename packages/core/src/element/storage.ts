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
import type { CxErrorDetail } from './events.js';

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
  /**
   * Why the last call failed (code `storage`, ready for `cx-error`), cleared
   * by the next call that works. A plain detail, not a `CxError`: the module
   * is in first downloads, and nothing here is thrown.
   */
  readonly lastError: (CxErrorDetail & { cause: unknown }) | undefined;
}

/**
 * Storage of one kind that never throws. `area` is for tests: a function
 * returning the `Storage` (or throwing, as a blocked browser does).
 */
export function safeStorage(kind: StorageKind, area: () => Storage | undefined = () => (kind === 'session' ? sessionStorage : localStorage)): SafeStorage {
  let lastError: SafeStorage['lastError'];
  const attempt = <T>(action: (storage: Storage) => T, failed: T): T => {
    try {
      // Inside the try: reading the global throws where storage is blocked, and no storage at all is a TypeError here.
      const result = action(area()!);
      lastError = undefined;
      return result;
    } catch (cause) {
      lastError = { code: 'storage', message: `Could not use ${kind}Storage (${(cause as Error).name}).`, cause };
      return failed;
    }
  };
  return {
    get: (key) => attempt((s) => s.getItem(key), null),
    set: (key, value) => attempt((s) => (s.setItem(key, value), true), false),
    remove: (key) => attempt((s) => (s.removeItem(key), true), false),
    get available() {
      return attempt((s) => s.length >= 0, false);
    },
    get lastError() {
      return lastError;
    },
  };
}
