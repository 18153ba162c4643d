import { supportsAdoptingStyleSheets, type CSSResult, type CSSResultOrNative } from 'lit';

/** What each shadow root has been given already, so calling again (another view, a reconnect) adds nothing twice. */
const added = new WeakMap<ShadowRoot, Set<CSSResultOrNative>>();

/**
 * Adds styles to an element's shadow root after its first render, after
 * those of its `static styles`: a view's styles come with the view's chunk,
 * so the first download carries only what the first view shows. Call it
 * before the view renders, so the view never shows unstyled. Each style
 * object is one constructed sheet, however many widgets adopt it.
 */
export function addStyles(root: HTMLElement | DocumentFragment, styles: readonly CSSResultOrNative[]): void {
  if (!(root instanceof ShadowRoot)) return;
  let has = added.get(root);
  if (!has) added.set(root, (has = new Set()));
  const fresh = styles.filter((style) => !has.has(style));
  fresh.forEach((style) => has.add(style));
  if (supportsAdoptingStyleSheets) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...fresh.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet!))];
    return;
  }
  // No adoptable sheets: <style> elements after lit's own (they precede what lit renders, which it may clear).
  let after = [...root.children].filter((child) => child.localName === 'style').pop() ?? null;
  for (const style of fresh) {
    const element = document.createElement('style');
    const nonce = (globalThis as { litNonce?: string }).litNonce;
    if (nonce !== undefined) element.setAttribute('nonce', nonce);
    element.textContent = (style as CSSResult).cssText;
    root.insertBefore(element, after ? after.nextSibling : root.firstChild);
    after = element;
  }
}
