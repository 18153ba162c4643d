/**
 * The loader: one small script for every tag. It loads a widget's code only
 * when its tag appears on the page (now, or later from a CMS or an app).
 *
 * ```html
 * <script type="module" src="https://council.example/kit/1.0.0/cx-kit.js" data-prefix="acme"></script>
 * <acme-feedback-form endpoint="…"></acme-feedback-form>
 * ```
 * - `data-prefix`: the tag prefix to look for (`acme` → `<acme-feedback-form>`); default `cx`.
 * - `data-base`: where the widgets' files are (a URL ending in `/`); default the folder
 *   the loader itself came from, so a versioned folder stays together.
 *
 * Once every widget kind has been loaded there is nothing left to watch for,
 * so the MutationObserver is disconnected.
 */
const script = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((s) => s.src === import.meta.url);
const prefix = script?.dataset.prefix || 'cx';
const base = new URL(script?.dataset.base || './', import.meta.url);

const pending = new Set(['contact-options', 'request-tracker', 'feedback-form', 'charter-timescales']);
const observer = new MutationObserver((records) => {
  for (const record of records) record.addedNodes.forEach((node) => node instanceof Element && scan(node));
});

function load(name: string) {
  pending.delete(name);
  if (!pending.size) observer.disconnect();
  const tag = `${prefix}-${name}`;
  if (customElements.get(tag)) return;
  import(/* @vite-ignore */ new URL(`widgets/${name}.js`, base).href)
    .then((module: { define(tag: string): void }) => module.define(tag))
    .catch((error) => console.warn(`[cx-kit] could not load <${tag}>:`, error));
}

function scan(root: Element | Document) {
  // A set of our own names: an element named like an Object.prototype property (<constructor>) is not ours.
  for (const name of pending) if ((root instanceof Element && root.localName === `${prefix}-${name}`) || root.querySelector(`${prefix}-${name}`)) load(name);
}

if (/^[a-z][a-z0-9]*$/.test(prefix)) {
  scan(document);
  if (pending.size) observer.observe(document.documentElement, { childList: true, subtree: true });
} else {
  console.warn(`[cx-kit] data-prefix "${prefix}" must be lower-case letters and digits, starting with a letter (e.g. "acme").`);
}
