import { expect } from '@open-wc/testing';
import { fetchWithTimeout, TimeoutError } from '../../src/element/index.js';

describe('fetchWithTimeout', () => {
  const realFetch = window.fetch;
  let seen: AbortSignal | undefined;
  beforeEach(() => {
    // A server that never answers, but stops when told to.
    window.fetch = (_input: RequestInfo | URL, init: RequestInit = {}) => {
      seen = init.signal ?? undefined;
      if (init.signal?.aborted) return Promise.reject(new DOMException('Aborted', 'AbortError'));
      return new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('gives up after its timeout with a TimeoutError that says how long it waited', async () => {
    const error = await fetchWithTimeout('/slow', { timeoutMs: 50 }).catch((e) => e);
    expect(error).to.be.instanceOf(TimeoutError);
    expect(error.message).to.contain('/slow');
  });

  it('stops when the caller aborts', async () => {
    const caller = new AbortController();
    const pending = fetchWithTimeout('/slow', { timeoutMs: 5000, signal: caller.signal }).catch((e) => e);
    caller.abort();
    const error = await pending;
    expect(error.name).to.equal('AbortError');
    expect(seen!.aborted).to.equal(true);
  });

  it('honours a signal that was aborted before the call (a superseded lookup)', async () => {
    const caller = new AbortController();
    caller.abort();
    const error = await fetchWithTimeout('/slow', { timeoutMs: 5000, signal: caller.signal }).catch((e) => e);
    expect(seen!.aborted).to.equal(true);
    expect(error.name).to.equal('AbortError');
  });
});
