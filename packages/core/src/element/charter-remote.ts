import { fetchWithTimeout } from './fetch-with-timeout.js';

/** One fetch per URL per page, however many widgets name it. */
const remoteCharters = new Map<string, Promise<unknown>>();

export const CHARTER_TIMEOUT_MS = 10_000;

/** The text of the charter at `url` (charter-source.ts validates it). Rejects with a message an editor can act on. */
export async function loadRemoteCharter(url: string): Promise<unknown> {
  let pending = remoteCharters.get(url);
  if (!pending) {
    pending = fetchWithTimeout(url, { timeoutMs: CHARTER_TIMEOUT_MS, headers: { Accept: 'application/json' } }).then(async (response) => {
      if (!response.ok) throw new Error(`The charter at ${url} could not be loaded (HTTP ${response.status}).`);
      return response.text();
    });
    remoteCharters.set(url, pending);
    // A failure must not stick: the next widget (or a retry) tries again.
    pending.catch(() => remoteCharters.delete(url));
  }
  return pending;
}

