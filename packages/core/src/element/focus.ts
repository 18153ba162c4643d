import type { ReactiveControllerHost } from 'lit';

/**
 * Moves focus to an element once the host has rendered (a new step's
 * heading, the error summary, a result): waits for `host.updateComplete`,
 * then asks `find` for the element, so the element is the one the new
 * render made, not the one it replaced.
 *
 * An element that cannot take focus by itself (a heading, a summary box)
 * gets `tabindex="-1"` for as long as it has focus, as GOV.UK does, so a
 * later click on it draws no focus ring and Tab order is unchanged.
 *
 * Resolves with whether focus moved.
 */
export async function focusAfterRender(
  host: Pick<ReactiveControllerHost, 'updateComplete'>,
  find: () => HTMLElement | null | undefined,
  options: FocusOptions & { scroll?: boolean } = {},
): Promise<boolean> {
  await host.updateComplete;
  const target = find();
  if (!target?.isConnected) return false;
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) {
    target.setAttribute('tabindex', '-1');
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
  }
  target.focus({ preventScroll: options.scroll === false || options.preventScroll });
  const root = target.getRootNode() as Document | ShadowRoot;
  return root.activeElement === target;
}
