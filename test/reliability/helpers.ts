// Shared by the reliability suite: mounting widgets by hand (not open-wc's
// fixture(), which waits for an animation frame a background tab may never
// get), waiting for them to settle, a fetch stub that answers every request
// (so no case ever reaches the real network), a trap for uncaught errors, and
// the checks every case ends with: not blank, nothing unsafe in any shadow root.
import { waitUntil } from '@open-wc/testing';
import '../../packages/kit/src/entries/cx-contact-options.js';
import '../../packages/kit/src/entries/cx-request-tracker.js';
import '../../packages/kit/src/entries/cx-feedback-form.js';
import '../../packages/kit/src/entries/cx-charter-timescales.js';

export type WidgetTag = 'cx-contact-options' | 'cx-request-tracker' | 'cx-feedback-form' | 'cx-charter-timescales';

export type Widget = HTMLElement & { updateComplete: Promise<boolean>; charter?: unknown };

export interface MountOptions {
  /** Set as the `charter` property before the element connects. */
  charter?: unknown;
  /** Written as an inline `<script type="application/json">` child. */
  inlineCharter?: string;
  /** Light-DOM fallback content (text), as an editor would write it. */
  fallback?: string;
  /** Where to put it (default: a new box at the end of the body). */
  parent?: HTMLElement;
}

const boxes: HTMLElement[] = [];

/** Creates a widget with these attributes and puts it on the page. */
export function mount(tag: string, attributes: Record<string, string | undefined> = {}, options: MountOptions = {}): Widget {
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) el.setAttribute(name, value);
  if (options.charter !== undefined) el.charter = options.charter;
  if (options.inlineCharter !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = options.inlineCharter;
    el.append(script);
  }
  if (options.fallback !== undefined) {
    const p = document.createElement('p');
    p.textContent = options.fallback;
    el.append(p);
  }
  let parent = options.parent;
  if (!parent) {
    parent = document.createElement('div');
    boxes.push(parent);
    document.body.append(parent);
  }
  parent.append(el);
  return el;
}

/** The API paths these tests give trackers (whose remembered references live under them). */
const OUR_APIS = /^cx-request-tracker:\/(inject|flight|fuzz-api|hostile|csp|x)\b/;

/**
 * Removes every box `mount` added, and what those widgets kept in storage
 * (feedback drafts under our fresh ids, references remembered for our APIs):
 * storage is shared with every other test page of the run.
 */
export function unmountAll(): void {
  for (const box of boxes.splice(0)) box.remove();
  for (const storage of [sessionStorage, localStorage]) {
    for (const key of Object.keys(storage)) if (key.includes('#rel-') || OUR_APIS.test(key)) storage.removeItem(key);
  }
}

/** Waits until the element has rendered and nothing in it says it is busy (loading). */
export async function settle(el: Widget, what = el.localName, timeout = 5000): Promise<void> {
  const calm = () => {
    const root = el.shadowRoot;
    return Boolean(root && root.querySelector('.cx-root') && !root.querySelector('[aria-busy="true"]'));
  };
  // An attribute set just now has not rendered yet: let the update land before looking.
  await el.updateComplete;
  await waitUntil(calm, `${what} did not settle (still loading after ${timeout} ms)`, { timeout, interval: 5 });
  // Let any update that settling scheduled finish, and look again.
  for (let i = 0; i < 10 && !(await el.updateComplete); i++);
  if (!calm()) await waitUntil(calm, `${what} did not settle (still loading after ${timeout} ms)`, { timeout, interval: 5 });
}

/** Every shadow root inside `el`, its own included, however deep. */
function shadowRoots(el: Element): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (root: ParentNode) => {
    for (const child of Array.from(root.querySelectorAll('*'))) {
      if (child.shadowRoot) {
        found.push(child.shadowRoot);
        visit(child.shadowRoot);
      }
    }
  };
  if (el.shadowRoot) {
    found.push(el.shadowRoot);
    visit(el.shadowRoot);
  }
  return found;
}

/** Every element in every shadow root of `el`. */
export function shadowElements(el: Element): Element[] {
  return shadowRoots(el).flatMap((root) => Array.from(root.querySelectorAll('*')));
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of the shadow root a sighted resident could read: not styles, not visually hidden text. */
function visibleText(el: Element): string {
  const root = el.shadowRoot;
  if (!root) return '';
  const parts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('style, .cx-visually-hidden, [hidden]')) continue;
    parts.push(node.textContent ?? '');
  }
  return squash(parts.join(' '));
}

/** All the text in the widget's shadow roots (not styles), spaces collapsed: what shows as text, seen or not. */
export function shadowText(el: Element): string {
  return squash(
    shadowRoots(el)
      .flatMap((root) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const parts: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.parentElement?.closest('style')) parts.push(node.textContent ?? '');
        return parts;
      })
      .join(' '),
  );
}

/**
 * Clicks every link, button, option, radio, checkbox and disclosure in the
 * widget, as a curious resident would, without letting a link take the test
 * page anywhere.
 */
export async function clickEverything(el: Element): Promise<number> {
  const stayHere = (event: Event) => {
    if (event.composedPath().some((target) => target instanceof HTMLAnchorElement)) event.preventDefault();
  };
  window.addEventListener('click', stayHere, true);
  const stub = stubFetch(() => jsonResponse({ error: { code: 'not-found', message: 'No.' } }, 404));
  let clicked = 0;
  try {
    const targets = shadowElements(el).filter((e) => e.matches('a[href], button, summary, [role="option"], input[type="radio"], input[type="checkbox"]'));
    for (const target of targets) {
      // A click re-renders: what is gone from the page is not there to click (and a detached link still navigates).
      if (!target.isConnected) continue;
      if (target instanceof HTMLAnchorElement) target.addEventListener('click', (event) => event.preventDefault(), { once: true });
      (target as HTMLElement).click();
      clicked++;
      await pause();
    }
    await pause(20);
  } finally {
    stub.restore();
    window.removeEventListener('click', stayHere, true);
  }
  return clicked;
}

/** The text of the editor's fallback content the widget shows through its slot. */
function slottedText(el: Element): string {
  const slots = Array.from(el.shadowRoot?.querySelectorAll('slot') ?? []);
  return squash(slots.flatMap((slot) => slot.assignedNodes({ flatten: true }).map((node) => node.textContent ?? '')).join(' '));
}

/**
 * Why the widget counts as blank, or undefined when it shows something: it
 * must take up space, and show text of its own or the editor's fallback.
 */
export function blankReason(el: Element): string | undefined {
  if (!el.isConnected) return 'it is not on the page';
  if (el.getBoundingClientRect().height === 0) return 'it has no height';
  if (!visibleText(el) && !slottedText(el)) return 'it shows no text of its own and no fallback content';
  return undefined;
}

/**
 * The scheme a browser reads in `url`, worked out here on its own (not with
 * the kit's helper under test): the URL standard strips leading and trailing
 * C0 controls and spaces, and removes tabs and newlines anywhere.
 */
export function schemeOf(url: string): string | null {
  const cleaned = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  return match ? match[1].toLowerCase() : null;
}

/** Schemes a link from the kit may use. */
const SAFE_SCHEMES = new Set(['http', 'https', 'tel', 'mailto']);

/**
 * Everything in the widget's shadow roots that could run script: event
 * handler attributes, script-like elements, links and sources with other
 * schemes than http(s), tel: and mailto:. Empty when all is well.
 */
export function unsafeMarkup(el: Element): string[] {
  const found: string[] = [];
  for (const element of shadowElements(el)) {
    const name = element.localName;
    if (['script', 'iframe', 'object', 'embed', 'frame', 'base', 'meta', 'foreignobject'].includes(name)) found.push(`a <${name}> element`);
    for (const attribute of Array.from(element.attributes)) {
      const attr = attribute.name.toLowerCase();
      if (attr.startsWith('on')) found.push(`<${name} ${attr}="${attribute.value}">`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data', 'poster', 'background'].includes(attr)) {
        if (attr === 'srcdoc') {
          found.push(`<${name} srcdoc>`);
          continue;
        }
        const value = attribute.value;
        const ours = schemeOf(value);
        let browsers: string | null = null;
        try {
          browsers = new URL(value, location.href).protocol.replace(/:$/, '');
        } catch {
          browsers = null;
        }
        const bad = (scheme: string | null) => scheme !== null && !SAFE_SCHEMES.has(scheme);
        if (bad(ours) || bad(browsers)) found.push(`<${name} ${attr}="${value}">`);
      }
    }
  }
  return found;
}

/** Whether the widget is showing its own content (not the fallback: the editor's slot or the "cannot be shown" sentence). */
export const showsOwnContent = (el: Element) => !el.shadowRoot?.querySelector('slot, .cx-fallback-note');

/**
 * Records uncaught errors and unhandled rejections until `stop()`. The kit's
 * own debug-mode warnings (`[cx-kit] …`), which fuzzed charters set off by
 * the hundred, are kept out of the test log.
 */
export function trapErrors() {
  const errors: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).startsWith('[cx-kit]')) warn.apply(console, args);
  };
  const onError = (event: ErrorEvent) => errors.push(`uncaught ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection ${String(event.reason?.stack ?? event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      console.warn = warn;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

export interface Sent {
  url: string;
  method: string;
  headers: Headers;
  body?: string;
  signal?: AbortSignal | null;
}

type Handler = (request: Sent) => Response | Promise<Response>;

/** Replaces `window.fetch` until `restore()`: every request is recorded and answered by `handler`. */
export function stubFetch(handler: Handler) {
  const original = window.fetch;
  const calls: Sent[] = [];
  window.fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const sent: Sent = {
      url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : undefined,
      signal: init.signal,
    };
    calls.push(sent);
    if (init.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    return handler(sent);
  }) as typeof fetch;
  return {
    calls,
    /** Answers from now on with another handler. */
    answerWith(next: Handler) {
      handler = next;
    },
    restore() {
      window.fetch = original;
    },
  };
}

/** An answer that never comes, until the request is aborted. */
export const hang: Handler = (request) =>
  new Promise<Response>((_resolve, reject) => {
    request.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
  });

export const jsonResponse = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** A status `Response` accepts (a fuzzer may ask for any number). */
export const validStatus = (status: number) => (status >= 200 && status <= 599 && ![204, 205, 304].includes(status) ? status : 200);

/** Gives pending promises, timers and renders a moment to run. */
export const pause = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/** The feedback form's draft key for a form with this id on this page. */
export const feedbackDraftKey = (id: string) => `cx-feedback-form:${location.pathname}#${id}`;

/** A feedback draft at "Check your answers", as a reload would find it. */
export function saveFeedbackDraft(id: string, answers: Record<string, unknown>, step = 'check'): void {
  const draft = {
    v: 1,
    answers: {
      type: 'complaint',
      relatedReference: '',
      reasonNotSatisfied: '',
      service: 'waste-collection',
      serviceUnknown: false,
      details: 'My bin was not emptied on Monday.',
      name: 'Sam Resident',
      preference: 'email',
      email: 'sam@example.org',
      phone: '',
      address: '',
      consent: true,
      website: '',
      ...answers,
    },
    step,
    key: `reliability-${id}`,
    startedAt: '2026-11-23T10:00:00.000Z',
    savedAt: '2026-11-23T10:05:00.000Z',
    remember: false,
  };
  sessionStorage.setItem(feedbackDraftKey(id), JSON.stringify(draft));
}

let ids = 0;
/** An id no other test page or case has used (drafts are kept per id). */
export const freshId = (what: string) => `rel-${what}-${Date.now().toString(36)}-${++ids}`;
