// Counts what the kit leaves running: timers (setTimeout, setInterval) that
// are still pending, and listeners on window and document that were added and
// not removed. Only those created from the kit's own source (a stack frame
// under /packages/) count: the test runner's and the test's own are not the
// kit's to clean up.

interface Pending {
  kind: 'timeout' | 'interval';
  delay: number;
  stack: string;
}

interface Listening {
  target: 'window' | 'document';
  type: string;
  listener: EventListenerOrEventListenerObject;
  capture: boolean;
  stack: string;
}

const fromKit = (stack: string) => stack.split('\n').some((line) => line.includes('/packages/'));
const capture = (options?: boolean | AddEventListenerOptions) => (typeof options === 'boolean' ? options : Boolean(options?.capture));

/** Starts watching; `stop()` puts the real functions back. */
export function watchLeaks() {
  const timers = new Map<unknown, Pending>();
  const listeners: Listening[] = [];
  const real = {
    setTimeout: window.setTimeout,
    clearTimeout: window.clearTimeout,
    setInterval: window.setInterval,
    clearInterval: window.clearInterval,
    windowAdd: window.addEventListener,
    windowRemove: window.removeEventListener,
    documentAdd: document.addEventListener,
    documentRemove: document.removeEventListener,
  };

  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const stack = new Error().stack ?? '';
    // The id is known only once the timer is set; the callback, which runs later, reads it from here.
    const own: { id?: number } = {};
    const run = typeof handler === 'function' ? (...a: unknown[]) => (timers.delete(own.id), (handler as (...b: unknown[]) => void)(...a)) : handler;
    own.id = (real.setTimeout as (h: TimerHandler, d?: number, ...a: unknown[]) => number).call(window, run as TimerHandler, delay, ...args);
    if (fromKit(stack)) timers.set(own.id, { kind: 'timeout', delay: delay ?? 0, stack });
    return own.id;
  }) as unknown as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    timers.delete(id);
    real.clearTimeout.call(window, id);
  }) as typeof window.clearTimeout;
  window.setInterval = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const stack = new Error().stack ?? '';
    const id = (real.setInterval as (h: TimerHandler, d?: number, ...a: unknown[]) => number).call(window, handler, delay, ...args);
    if (fromKit(stack)) timers.set(id, { kind: 'interval', delay: delay ?? 0, stack });
    return id;
  }) as unknown as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    timers.delete(id);
    real.clearInterval.call(window, id);
  }) as typeof window.clearInterval;

  const wrap = (target: 'window' | 'document', add: typeof window.addEventListener, remove: typeof window.removeEventListener) => ({
    add(this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      const stack = new Error().stack ?? '';
      const once = typeof options === 'object' && options?.once;
      if (listener && !once && fromKit(stack)) listeners.push({ target, type, listener, capture: capture(options), stack });
      if (listener) add.call(this, type, listener, options);
    },
    remove(this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      const at = listeners.findIndex((l) => l.target === target && l.type === type && l.listener === listener && l.capture === capture(options));
      if (at >= 0) listeners.splice(at, 1);
      if (listener) remove.call(this, type, listener, options);
    },
  });
  const onWindow = wrap('window', real.windowAdd, real.windowRemove);
  const onDocument = wrap('document', real.documentAdd, real.documentRemove);
  window.addEventListener = onWindow.add as typeof window.addEventListener;
  window.removeEventListener = onWindow.remove as typeof window.removeEventListener;
  document.addEventListener = onDocument.add as typeof document.addEventListener;
  document.removeEventListener = onDocument.remove as typeof document.removeEventListener;

  const where = (stack: string) =>
    stack
      .split('\n')
      .find((line) => line.includes('/packages/'))
      ?.trim() ?? '';

  return {
    /** The kit's timers still pending, as "timeout 60000ms at …". */
    timers: () => [...timers.values()].map((t) => `${t.kind} ${t.delay}ms ${where(t.stack)}`),
    /** The kit's listeners on window and document not removed, as "document visibilitychange at …". */
    listeners: () => listeners.map((l) => `${l.target} ${l.type} ${where(l.stack)}`),
    stop() {
      Object.assign(window, { setTimeout: real.setTimeout, clearTimeout: real.clearTimeout, setInterval: real.setInterval, clearInterval: real.clearInterval });
      window.addEventListener = real.windowAdd;
      window.removeEventListener = real.windowRemove;
      document.addEventListener = real.documentAdd;
      document.removeEventListener = real.documentRemove;
    },
  };
}
