/**
 * Puts `markup` into a new `<div>` at the end of the page and returns the div.
 *
 * Not @open-wc's `fixture()` for plain markup: that waits for an animation
 * frame, which a test page running in a background tab (web-test-runner runs
 * two at once) may never get.
 */
export function place(markup: string, attributes: Record<string, string> = {}): HTMLDivElement {
  const box = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) box.setAttribute(name, value);
  box.setHTMLUnsafe(markup);
  document.body.append(box);
  return box;
}
