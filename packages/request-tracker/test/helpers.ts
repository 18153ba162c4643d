// Shared helpers for the tracker's tests: a window.fetch stub that records
// what was sent, recorded fixtures, cx-kit TrackerStatus bodies, and timers
// and page visibility that tests drive by hand.
import type { ResourceTimers } from '@cx-kit/core/element';

export interface SentRequest {
  url: string;
  method: string;
  headers: Headers;
  body: string | undefined;
  credentials: RequestCredentials | undefined;
}

export type Answer = Response | Promise<Response> | ((request: SentRequest, signal: AbortSignal | undefined) => Response | Promise<Response>);

const realFetch = window.fetch.bind(window);

/** Reads a recorded fixture from test/fixtures. */
export async function fixtureText(name: string): Promise<string> {
  const response = await realFetch(`/packages/request-tracker/test/fixtures/${name}`);
  if (!response.ok) throw new Error(`No fixture ${name}`);
  return response.text();
}

/**
 * Replaces window.fetch: each call is recorded and answered by the next
 * answer in the queue (the last one repeats). Call `restore()` after.
 */
export function stubFetch(...answers: Answer[]) {
  const calls: SentRequest[] = [];
  const queue = [...answers];
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const request: SentRequest = {
      url: String(input instanceof Request ? input.url : input),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : undefined,
      credentials: init.credentials,
    };
    calls.push(request);
    const answer = queue.length > 1 ? queue.shift()! : queue[0];
    if (init.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    const response = typeof answer === 'function' ? await answer(request, init.signal ?? undefined) : await answer;
    return response.clone();
  };
  return {
    calls,
    /** Answers the next calls with these instead. */
    then(...next: Answer[]) {
      queue.splice(0, queue.length, ...next);
    },
    restore() {
      window.fetch = realFetch;
    },
  };
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

export const xml = (body: string, status = 200) => new Response(body, { status, headers: { 'Content-Type': 'application/xml' } });

/** An answer that never comes, until the caller gives up (aborts). */
export const never: Answer = (_request, signal) =>
  new Promise<Response>((_resolve, reject) => {
    signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
  });

/** Makes the browser say it is offline (navigator.onLine), until the returned function restores it. */
export function goOffline() {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  return () => void delete (navigator as { onLine?: unknown }).onLine;
}

/** A network failure, as fetch reports it. */
export const offline: Answer = () => Promise.reject(new TypeError('Failed to fetch'));

/** A cx-kit TrackerStatus body: a stage 1 complaint received on Monday 2 March 2026. */
export function cxStatus(overrides: Record<string, unknown> = {}) {
  return {
    reference: 'CEC-123456',
    service: { id: 'complaints-and-feedback', name: 'Compliments, suggestions and complaints' },
    status: 'acknowledged',
    stage: 1,
    receivedAt: '2026-03-02T09:30:00Z',
    events: [
      { at: '2026-03-02T09:30:00Z', status: 'received', text: 'We received your complaint.' },
      { at: '2026-03-03T11:00:00Z', status: 'acknowledged', text: 'We sent you an acknowledgement by email.' },
    ],
    team: { name: 'Customer feedback team', phone: '01632 960123', email: 'feedback@cheshireeast.example.org' },
    ...overrides,
  };
}

/** The visible text of an element's shadow root, spaces collapsed. */
export const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Timers that run only when the test says time has passed. */
export class ManualTimers implements ResourceTimers {
  time = 0;
  private next = 1;
  private pending = new Map<number, { at: number; callback: () => void }>();

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.next++;
    this.pending.set(id, { at: this.time + ms, callback });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  now(): number {
    return this.time;
  }
  get scheduled(): number[] {
    return [...this.pending.values()].map((p) => p.at - this.time);
  }
  /** Moves time on, running what falls due (and letting their promises settle). */
  async advance(ms: number): Promise<void> {
    const until = this.time + ms;
    for (;;) {
      const due = [...this.pending.entries()].filter(([, p]) => p.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.pending.delete(due[0]);
      this.time = due[1].at;
      due[1].callback();
      for (let i = 0; i < 5; i++) await Promise.resolve();
    }
    this.time = until;
  }
}

/**
 * Makes the page read as hidden or visible (document.visibilityState) and
 * tells listeners, as a browser does when the tab changes. `restore()` after.
 */
export function pageVisibility() {
  let visible = true;
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (visible ? 'visible' : 'hidden') });
  return {
    set(next: boolean) {
      visible = next;
      document.dispatchEvent(new Event('visibilitychange'));
    },
    restore() {
      delete (document as { visibilityState?: unknown }).visibilityState;
    },
  };
}
