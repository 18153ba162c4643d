// The loader: one small script for every tag. It loads a widget's code only
// when its tag appears on the page (now, or later from a CMS or an app).
const loaders: Record<string, () => Promise<unknown>> = {
  'cx-contact-options': () => import('./cx-contact-options.js'),
  'cx-request-tracker': () => import('./cx-request-tracker.js'),
  'cx-feedback-form': () => import('./cx-feedback-form.js'),
  'cx-charter-timescales': () => import('./cx-charter-timescales.js'),
};
const selector = Object.keys(loaders).join(',');

function load(tag: string) {
  // Own keys only: an element named like an Object.prototype property (<constructor>) is not ours.
  const loader = Object.hasOwn(loaders, tag) ? loaders[tag] : undefined;
  if (!loader || customElements.get(tag)) return;
  delete loaders[tag];
  loader().catch((error) => console.warn(`[cx-kit] could not load <${tag}>:`, error));
}

function scan(root: ParentNode) {
  if (root instanceof Element) load(root.localName);
  root.querySelectorAll(selector).forEach((el) => load(el.localName));
}

scan(document);
new MutationObserver((records) => {
  for (const record of records) record.addedNodes.forEach((node) => node instanceof Element && scan(node));
}).observe(document.documentElement, { childList: true, subtree: true });
