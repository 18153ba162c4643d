/**
 * One polite live region per widget, for results ("3 services found", "The
 * status of CX-1 is now answered"). Never for "Loading": a resident on a
 * page with five widgets would hear it five times.
 *
 * Why a region in each widget's shadow root, not one on the document:
 * - the announcement is read in the widget's own language (`lang` and `dir`
 *   are copied from the widget's root), which may not be the page's;
 * - nothing is written into a partner's page outside the widget's tag,
 *   where the page's CSS could show it or its scripts remove it;
 * - screen readers follow live regions inside shadow roots (the
 *   accessibility tree is flat), and one region per widget still means one
 *   region to watch, created only when the widget first has news.
 *
 * The region is put before lit's own content in the shadow root, so
 * re-rendering never removes it, and it is present (empty) before it
 * speaks: regions added already filled are not announced reliably.
 */

/** How long the region stays empty before repeating the same words, so screen readers notice the change. */
const REPEAT_GAP_MS = 150;

const regions = new WeakMap<ShadowRoot, { region: HTMLElement; timer?: ReturnType<typeof setTimeout> }>();

function regionFor(root: ShadowRoot): { region: HTMLElement; timer?: ReturnType<typeof setTimeout> } {
  let entry = regions.get(root);
  if (!entry || !entry.region.isConnected || entry.region.getRootNode() !== root) {
    const region = document.createElement('div');
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('aria-atomic', 'true');
    region.className = 'cx-visually-hidden';
    region.dataset.cxAnnouncer = '';
    root.insertBefore(region, root.firstChild);
    entry = { region };
    regions.set(root, entry);
  }
  return entry;
}

/**
 * Creates the widget's region, empty, so that a later `announce` is heard.
 * Call it when the widget first renders something a resident can act on.
 */
export function prepareAnnouncer(host: Element): void {
  if (host.shadowRoot) regionFor(host.shadowRoot);
}

/**
 * Says `text` politely through the widget's live region. The same words
 * twice in a row are said twice (the region is emptied for a moment
 * between). An empty text clears the region.
 */
export function announce(host: Element, text: string): void {
  const root = host.shadowRoot;
  if (!root) return;
  const entry = regionFor(root);
  const { region } = entry;
  clearTimeout(entry.timer);
  const lang = root.querySelector('[lang]');
  if (lang) region.lang = lang.getAttribute('lang')!;
  const dir = root.querySelector('[dir]')?.getAttribute('dir');
  if (dir) region.dir = dir;
  const words = text.trim();
  if (words && region.textContent === words) {
    region.textContent = '';
    entry.timer = setTimeout(() => {
      region.textContent = words;
    }, REPEAT_GAP_MS);
  } else {
    region.textContent = words;
  }
}

/** What the widget's region says now (for tests and debugging). */
export function announced(host: Element): string {
  return host.shadowRoot ? (regions.get(host.shadowRoot)?.region.textContent ?? '') : '';
}
