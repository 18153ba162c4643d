/**
 * Debug mode shows editors what is wrong (an error panel, console warnings
 * that name the problem and link to the docs). Residents never see it: it is
 * on only when the element has `debug` or the page URL has `?cx-debug`.
 */
export const DOCS_URL = 'https://github.com/cx-kit/cx-kit#readme';

export function pageWantsDebug(): boolean {
  try {
    return new URLSearchParams(globalThis.location?.search ?? '').has('cx-debug');
  } catch {
    return false;
  }
}

/** A console warning an editor can act on, without personal data. */
export function debugWarn(tag: string, message: string, anchor = ''): void {
  console.warn(`[cx-kit] <${tag}>: ${message} See ${DOCS_URL}${anchor}`);
}
