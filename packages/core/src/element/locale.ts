import { configureLocalization, LOCALE_STATUS_EVENT } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sourceLocale, targetLocales } from '../locales/locale-codes.js';

export type KitLocale = typeof sourceLocale | (typeof targetLocales)[number];
export const supportedLocales: readonly KitLocale[] = [sourceLocale, ...targetLocales];

// A fixed map, not a template import(): bundlers and the dev server can see every file.
const loaders: Record<string, () => Promise<unknown>> = {
  cy: () => import('../locales/generated/cy.js'),
  pl: () => import('../locales/generated/pl.js'),
  ur: () => import('../locales/generated/ur.js'),
};

/** Locales written right to left. */
const rtlLocales = new Set(['ur', 'ar', 'he', 'fa']);

/**
 * Maps any BCP 47 tag to a locale the kit has: `cy-GB` → `cy`, `en-US` → `en-GB`,
 * anything unknown → `en-GB`.
 */
export function matchLocale(tag: string | null | undefined): KitLocale {
  const lower = (tag ?? '').trim().toLowerCase();
  if (!lower) return sourceLocale;
  const exact = supportedLocales.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const base = lower.split('-')[0];
  return supportedLocales.find((l) => l.toLowerCase() === base) ?? sourceLocale;
}

export function isRightToLeft(locale: string): boolean {
  return rtlLocales.has(locale.split('-')[0].toLowerCase());
}

/** The `lang` of the nearest ancestor that has one, crossing shadow roots. */
export function nearestLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return '';
}

/**
 * @lit/localize's `configureLocalization` is a page-wide singleton that throws
 * when called twice (lit#1661). The kit's bundles carry their own copy, so a
 * host page's copy never clashes with it. When a build shares one copy with a
 * host app that configured it first, the kit does not throw: its strings stay in
 * English, and so do its dates, `lang` and `dir` (a console warning says so).
 */
let controls: { getLocale(): string; setLocale(locale: string): Promise<void> } | null | undefined;

function localization() {
  if (controls === undefined) {
    try {
      controls = configureLocalization({
        sourceLocale,
        targetLocales,
        loadLocale: (locale) => loaders[locale]() as never,
      });
    } catch {
      controls = null;
      console.warn('[cx-kit] @lit/localize was already configured by the page; cx-kit text stays in the page’s locale.');
    }
  }
  return controls;
}

const hosts = new Set<LocaleController>();
let observer: MutationObserver | undefined;

/** One observer for every kit element: a change of any `lang` re-checks each. */
function watchLang() {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => hosts.forEach((controller) => controller.sync()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Keeps an element's text in the locale of its nearest `lang`, live: when a
 * page (or a language switcher) changes `lang`, the element re-renders.
 */
export class LocaleController implements ReactiveController {
  locale: KitLocale = sourceLocale;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  private readonly onStatus = (event: Event) => {
    if ((event as CustomEvent<{ status: string }>).detail.status === 'ready') this.host.requestUpdate();
  };

  hostConnected(): void {
    hosts.add(this);
    watchLang();
    window.addEventListener(LOCALE_STATUS_EVENT, this.onStatus);
    this.sync();
  }

  hostDisconnected(): void {
    hosts.delete(this);
    window.removeEventListener(LOCALE_STATUS_EVENT, this.onStatus);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** Re-reads the nearest `lang`; loads that locale's strings when it changed. */
  sync(): void {
    const l10n = localization();
    // When the page configured @lit/localize first, the kit's strings stay English: so do its
    // dates, `lang` and `dir`, rather than English sentences marked (and read aloud) as Welsh.
    const wanted = l10n ? matchLocale(nearestLang(this.host)) : sourceLocale;
    if (wanted === this.locale && (!l10n || l10n.getLocale() === wanted)) return;
    this.locale = wanted;
    if (l10n && l10n.getLocale() !== wanted) {
      l10n.setLocale(wanted).catch(() => {
        /* strings stay in the previous locale; dates still follow `locale` */
      });
    }
    this.host.requestUpdate();
  }

  get dir(): 'ltr' | 'rtl' {
    return isRightToLeft(this.locale) ? 'rtl' : 'ltr';
  }
}
