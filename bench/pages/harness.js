// The in-page half of the browser benchmarks. Run from bench/lib/browser.mjs
// with page.evaluate: each function measures with performance.now() inside
// the page, so the figures do not include the DevTools round trips.
//
// "Rendered" is judged on the composed tree (light DOM and every shadow root),
// not on a widget's own selectors, so it works for any widget's final shape
// and for the peers' components alike: every custom element in it is defined
// and has rendered its shadow root (lit's `hasUpdated` where it has one),
// nothing says aria-busy="true" (cx-kit's "Loading…" state), and the controls
// the case expects (radios, a button) are there. Then style and layout are
// forced, so the figure includes the browser's own work to lay it out.

const shadowRoots = new WeakMap();
const watchers = new Set();
const observer = new MutationObserver(() => watchers.forEach((check) => check()));
const everything = { childList: true, subtree: true, attributes: true, characterData: true };
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) {
  const root = attachShadow.call(this, init);
  shadowRoots.set(this, root); // closed roots too
  observer.observe(root, everything);
  return root;
};
observer.observe(document.documentElement, everything);

/**
 * Runs `body` with the observer stopped: once a subject has rendered, nothing
 * waits on it, and it would only add a record of every change to the time of
 * work that is not the subject's (a resident's page has no such observer).
 * Afterwards it watches again every root on the page.
 */
async function unobserved(body) {
  observer.disconnect();
  try {
    return await body();
  } finally {
    observer.observe(document.documentElement, everything);
    for (const element of composed(document)) {
      const shadow = shadowOf(element);
      if (shadow) observer.observe(shadow, everything);
    }
  }
}

const stage = () => document.getElementById('stage');
const shadowOf = (element) => shadowRoots.get(element) ?? element.shadowRoot;

/** Every element under `root` (a node), through shadow roots. */
function composed(root, out = []) {
  for (const element of root.querySelectorAll('*')) {
    out.push(element);
    const shadow = shadowOf(element);
    if (shadow) composed(shadow, out);
  }
  return out;
}

/** Every element of `element`'s composed tree, itself included. */
function composedFrom(element) {
  const out = [element];
  const shadow = shadowOf(element);
  if (shadow) composed(shadow, out);
  return composed(element, out);
}

/** The first element matching `selector` anywhere in `element`'s composed tree. */
function deepQuery(element, selector) {
  return composedFrom(element).find((e) => e.matches(selector));
}

/** The visible text of `element`'s composed tree (text nodes only, not <style>). */
function deepText(element) {
  let text = '';
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.data;
      else if (child.nodeType === Node.ELEMENT_NODE && child.localName !== 'style' && child.localName !== 'script') {
        const shadow = shadowOf(child);
        if (shadow) walk(shadow);
        walk(child);
      }
    }
  };
  const shadow = shadowOf(element);
  if (shadow) walk(shadow);
  walk(element);
  return text.replace(/\s+/g, ' ').trim();
}

const RADIO = 'input[type="radio"], [role="radio"]';
const BUTTON = 'button, [role="button"], input[type="submit"]';

/** Whether `root` has rendered (see the top of this file); `expect` lists extra needs: 'radio', 'button'. */
function rendered(root, expect = []) {
  const all = composedFrom(root);
  if (all.length < 2) return false;
  for (const element of all) {
    if (element.localName.includes('-')) {
      if (!customElements.get(element.localName)) return false;
      const shadow = shadowOf(element);
      if (shadow && shadow.childNodes.length === 0) return false;
      if ('hasUpdated' in element && element.hasUpdated === false) return false;
    }
    if (element.getAttribute('aria-busy') === 'true') return false;
  }
  if (expect.includes('radio') && !all.some((e) => e.matches(RADIO))) return false;
  if (expect.includes('button') && !all.some((e) => e.matches(BUTTON))) return false;
  return deepText(root) !== '';
}

/** Resolves when `condition()` holds, checked after every DOM change anywhere (and every 50 ms); rejects after `timeoutMs`. */
function waitFor(condition, timeoutMs = 20_000) {
  return new Promise((resolve, reject) => {
    let timer;
    let poll;
    const check = () => {
      let ok = false;
      try {
        ok = condition();
      } catch {
        ok = false;
      }
      if (!ok) return;
      watchers.delete(check);
      clearTimeout(timer);
      clearInterval(poll);
      resolve();
    };
    watchers.add(check);
    poll = setInterval(check, 50);
    timer = setTimeout(() => {
      watchers.delete(check);
      clearInterval(poll);
      reject(new Error(`timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    check();
  });
}

/** Forces style and layout, so a figure includes the browser's work to lay out what was rendered. */
function layout(element) {
  element.getBoundingClientRect();
  return document.body.offsetHeight;
}

function loadStylesheet(href) {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = resolve;
    link.onerror = () => reject(new Error(`could not load ${href}`));
    document.head.append(link);
  });
}

function element(tag, attributes = {}) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/**
 * How a case puts its subject on the page once its modules are loaded:
 * `{ tag, attributes }` for a cx-kit widget, or `{ build: true }` for a peer
 * entry that exports `buildForm(container)`.
 */
function mount(spec, modules, container = stage()) {
  if (spec.build) return modules[0].buildForm(container);
  const node = element(spec.tag, spec.attributes);
  if (spec.charter) node.charter = spec.charter;
  container.append(node);
  return node;
}

/**
 * Module load to first render: from just before the import (and the
 * stylesheets, for a peer that needs one) to the subject rendered and laid
 * out. Returns `{ total, load, render }` in milliseconds.
 */
async function firstRender(spec) {
  const t0 = performance.now();
  const sheets = Promise.all((spec.styles ?? []).map(loadStylesheet));
  const modules = await Promise.all(spec.scripts.map((src) => import(src)));
  await sheets;
  const tLoaded = performance.now();
  const root = mount(spec, modules);
  await waitFor(() => rendered(root, spec.expect));
  layout(root);
  const t1 = performance.now();
  return { total: t1 - t0, load: tLoaded - t0, render: t1 - tLoaded, text: deepText(root).slice(0, 120) };
}

/** Loads the modules and mounts `count` subjects, waiting for each to render (the memory benchmark). */
async function mountMany(spec, count) {
  window.__cxModules ??= await Promise.all(spec.scripts.map((src) => import(src)));
  await Promise.all((spec.styles ?? []).filter((href) => !document.querySelector(`link[href="${href}"]`)).map(loadStylesheet));
  const roots = [];
  for (let i = 0; i < count; i++) {
    const container = element('div');
    stage().append(container);
    roots.push(mount(spec, window.__cxModules, container));
  }
  await waitFor(() => roots.every((root) => rendered(root, spec.expect)), 120_000);
  layout(stage());
  return roots.length;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const nextTask = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The service search, per keystroke: `values` are what the box holds after
 * each keystroke. Each is set and an `input` event dispatched, as typing
 * does; the time runs from the dispatch to the results rendered (the
 * element's update finished and laid out, the browser's work for the box's
 * new text included). Between keystrokes the page idles a little, as it
 * would between a resident's key presses. The harness's own observer is
 * stopped meanwhile (see `unobserved`). Returns every keystroke's time, and
 * apart: the input event's handling (`handlers`: the search and the redraw)
 * and the style and layout after it (`layouts`).
 */
async function searchKeystrokes(spec, values) {
  await Promise.all(spec.scripts.map((src) => import(src)));
  const root = mount(spec, []);
  const findInput = () => deepQuery(root, 'input[role="combobox"]') ?? deepQuery(root, 'input[type="search"]');
  try {
    await waitFor(() => rendered(root) && findInput(), 10_000);
  } catch {
    return { unavailable: `no search box in <${spec.tag}> (no input[role=combobox] in its shadow root)` };
  }
  const input = findInput();
  input.focus();
  const times = [];
  const handlers = [];
  const layouts = [];
  const options = [];
  await unobserved(async () => {
    for (const value of values) {
      await nextTask(15);
      input.value = value;
      const t0 = performance.now();
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value.slice(-1) }));
      // Listeners run synchronously inside dispatchEvent: this much is the search itself.
      handlers.push(performance.now() - t0);
      if (root.updateComplete) await root.updateComplete;
      else await new Promise((resolve) => requestAnimationFrame(resolve));
      const tUpdated = performance.now();
      layout(root);
      const t1 = performance.now();
      times.push(t1 - t0);
      layouts.push(t1 - tUpdated);
      options.push(composedFrom(root).filter((e) => e.matches('[role="option"]')).length);
    }
  });
  return { times, handlers, layouts, options, median: median(times) };
}

/**
 * The tracker showing a request with many events: window.fetch answers the
 * cx API with `status` (so the figure is the element's own work: reading,
 * checking and rendering), the form is filled in and submitted, and the time
 * runs from the submit to the request rendered and laid out.
 */
async function trackerTimeline(spec, status, verifier) {
  const realFetch = window.fetch;
  window.fetch = async () => new Response(JSON.stringify(status), { status: 200, headers: { 'Content-Type': 'application/json' } });
  try {
    await Promise.all(spec.scripts.map((src) => import(src)));
    const root = mount(spec, []);
    const findVerifier = () => deepQuery(root, 'input[name="verifier"]') ?? deepQuery(root, 'input[autocomplete="email"]');
    await waitFor(() => rendered(root) && deepQuery(root, 'form'), 10_000);
    const verifierInput = findVerifier();
    if (verifierInput) {
      verifierInput.value = verifier;
      verifierInput.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }
    if (root.updateComplete) await root.updateComplete;
    const form = deepQuery(root, 'form');
    const marker = status.service.name;
    const t0 = performance.now();
    form.requestSubmit();
    try {
      await waitFor(() => deepText(root).includes(marker) && rendered(root), 10_000);
    } catch {
      return { unavailable: `the request did not render (the widget shows: “${deepText(root).slice(0, 160)}”)` };
    }
    layout(root);
    const ms = performance.now() - t0;
    const text = deepText(root);
    const eventsShown = status.events.filter((e) => text.includes(e.text)).length;
    return { ms, eventsShown };
  } finally {
    window.fetch = realFetch;
  }
}

window.cxBench = { firstRender, mountMany, searchKeystrokes, trackerTimeline, deepText, rendered };
