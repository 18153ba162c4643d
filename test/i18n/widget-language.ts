/**
 * Helpers for the language tests: every widget in one state a resident meets
 * first, and ways to wait for a widget to show a language and to compare two
 * renders of it.
 */
import { waitUntil } from '@open-wc/testing';
import { place } from '../registration/place.js';

/** One resident-facing state of each widget (fixed `now`, so text does not change under the test). */
export const WIDGETS: Record<string, string> = {
  'contact-options-open': '<cx-contact-options service="waste-collection" now="2026-12-16T10:00:00Z"></cx-contact-options>',
  'contact-options-closed': '<cx-contact-options service="waste-collection" now="2026-12-16T22:00:00Z"></cx-contact-options>',
  'contact-options-search': '<cx-contact-options now="2026-12-16T10:00:00Z"></cx-contact-options>',
  'request-tracker': '<cx-request-tracker api="/api"></cx-request-tracker>',
  'feedback-form': '<cx-feedback-form draft-key="i18n-test"></cx-feedback-form>',
  'charter-timescales-calendar': '<cx-charter-timescales timescale="foi" received="2026-12-18" now="2026-12-18"></cx-charter-timescales>',
  'charter-timescales-table': '<cx-charter-timescales received="2026-12-18" now="2026-12-18"></cx-charter-timescales>',
};

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

let placed = 0;

/** Puts a widget on the page inside `<div lang=…>` (with an id, for screenshots). */
export function placeWidget(markup: string, lang: string): Updating {
  const attributes: Record<string, string> = { lang, id: `cx-lang-${++placed}` };
  if (lang === 'ur') attributes.dir = 'rtl';
  return place(markup, attributes).firstElementChild as Updating;
}

/** The wrapper the base element renders round a ready widget, carrying its `lang` and `dir`. */
export function wrapperOf(el: Element): HTMLElement | undefined {
  return Array.from(el.shadowRoot?.children ?? []).find((child): child is HTMLElement => child.matches('div[lang]'));
}

/** Waits until the widget shows `locale` (its wrapper says so and nothing is loading). */
export async function showing(el: Updating, locale: string): Promise<void> {
  await waitUntil(
    // Its charter settled too: the feedback form shows its first question before the charter, and a little differently.
    () =>
      wrapperOf(el)?.getAttribute('lang') === locale &&
      !el.shadowRoot!.querySelector('[aria-busy="true"]') &&
      (el as unknown as { charterState: { status: string } }).charterState.status !== 'loading',
    `<${el.localName}> did not come to show ${locale}`,
    { timeout: 5000 },
  );
  await el.updateComplete;
}

/** The widget's shadow DOM as markup, without lit's comment markers: what two renders must share. */
export function markupOf(el: Element): string {
  return el.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, '').replace(/\s+/g, ' ');
}

/** The text a resident reads, spaces collapsed. */
export function textOf(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
