/**
 * Each widget in its own language.
 *
 * THE RULE FOR WIDGET CODE: import `msg` and `str` from `@cx-kit/core/element`,
 * never from `@lit/localize`. The kit's `msg()` looks a string up in the
 * language of the element that is rendering now, so two widgets on one page can
 * speak two languages, and a host page's own @lit/localize is never touched
 * (the kit never calls `configureLocalization`, which is page-wide and throws
 * when called twice, lit#1661).
 *
 * - Inside a `CxElement`'s update (willUpdate, render and the template functions
 *   it calls, updated) `msg()` answers in that element's language, by itself.
 * - Outside it (an event handler, a timer, a fetch callback) wrap the call:
 *   `inLocaleOf(this, () => msg('Saved'))`. With no element rendering and no
 *   wrapper, `msg()` answers in English, the source language.
 * - Strings are still written and extracted as @lit/localize strings: XLIFF in
 *   `xliff/`, `npm run localize:extract`, `lit-localize build` (runtime mode).
 * - Counts: `plural(n, { one: () => msg(…, { id }), few: …, other: … })` (format.ts).
 * - Dates, times, lists: format.ts (`formatDate`, `formatByDate` after "by",
 *   `formatMonthYear`, `formatWeekday(…, 'narrow')`, `formatWeekdayRange`,
 *   `formatTime`, `formatTimeRange`, `formatList`), never `Intl` directly:
 *   Welsh, Polish and Urdu come from the kit's own data in every browser.
 * - Charter text in a template: `localized(text, this.locale)` (foreign-text.ts)
 *   marks words in another language with their `lang`; test with
 *   `untaggedEnglish(el)` from test/i18n/lang-audit.ts.
 *
 * Why this way: a widget's language is the `lang` of its nearest ancestor, and
 * @lit/localize's runtime keeps one active locale per page. Its `msg()` is a
 * thin function over a map of templates, so the kit keeps one map per loaded
 * locale and switches to the element's own map around each update (updates are
 * synchronous, so no other element can render in between).
 *
 * An element whose language has not loaded yet shows no kit text at all (never
 * English on a Welsh page); once it has, a change of `lang` switches when the
 * new language's strings are in, so text, dates, `lang` and `dir` change together.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { msg as litMsg } from '@lit/localize';
import { joinStringsAndValues } from '@lit/localize/internal/str-tag.js';
import type { TemplateMap } from '@lit/localize/internal/types.js';
import { sourceLocale, targetLocales } from '../locales/locale-codes.js';
import type { LocaleWords } from '../domain/locale-data/types.js';
import { useLocaleWords } from './locale-words.js';

export { str } from '@lit/localize/internal/str-tag.js';

export type KitLocale = typeof sourceLocale | (typeof targetLocales)[number];
export const supportedLocales: readonly KitLocale[] = [sourceLocale, ...targetLocales];

// A fixed map, not a template import(): bundlers and the dev server can see every file.
// Each language's strings come with its words for dates, times and lists (format.ts)
// and with the lookup that finds a translation (English needs none).
const loaders: Record<(typeof targetLocales)[number], () => Promise<{ templates: TemplateMap }>> = {
  cy: () => withWords(import('../locales/generated/cy.js'), import('../domain/locale-data/welsh.js').then((m) => m.welsh)),
  pl: () => withWords(import('../locales/generated/pl.js'), import('../domain/locale-data/polish.js').then((m) => m.polish)),
  ur: () => withWords(import('../locales/generated/ur.js'), import('../domain/locale-data/urdu.js').then((m) => m.urdu)),
};

/** The lookup, once any translation has loaded. */
let translate: typeof import('./translate.js').translate | undefined;

async function withWords(strings: Promise<{ templates: TemplateMap }>, words: Promise<LocaleWords>): Promise<{ templates: TemplateMap }> {
  const [module, loaded, lookup] = await Promise.all([strings, words, import('./translate.js')]);
  useLocaleWords(loaded);
  translate = lookup.translate;
  return module;
}

/** Each loaded locale's templates (the source locale needs none). */
const templatesOf = new Map<KitLocale, TemplateMap | undefined>([[sourceLocale, undefined]]);
const pending = new Map<KitLocale, Promise<void>>();

/** Whether `locale`'s strings are in hand, so an element can render in it now. */
export function localeLoaded(locale: KitLocale): boolean {
  return templatesOf.has(locale);
}

/** Loads `locale`'s strings once; later calls share the same promise. Rejects when the file cannot be fetched. */
export function loadLocale(locale: KitLocale): Promise<void> {
  if (templatesOf.has(locale)) return Promise.resolve();
  let loading = pending.get(locale);
  if (!loading) {
    loading = loaders[locale as (typeof targetLocales)[number]]().then(
      (module) => void templatesOf.set(locale, module.templates),
      (error: unknown) => {
        pending.delete(locale); // let a later attempt try again (the network may be back)
        throw error;
      },
    );
    pending.set(locale, loading);
  }
  return loading;
}

/** The templates `msg()` reads now: those of the element being rendered, and their locale. */
let active: TemplateMap | undefined;
let activeLocale: KitLocale = sourceLocale;

/** Runs `fn` with `msg()` answering in `locale` (which must be loaded; English otherwise). */
export function inLocale<T>(locale: KitLocale, fn: () => T): T {
  const previous = [active, activeLocale] as const;
  active = templatesOf.get(locale);
  activeLocale = active || locale === sourceLocale ? locale : sourceLocale;
  try {
    return fn();
  } finally {
    [active, activeLocale] = previous;
  }
}

/** The language `msg()` answers in now (format.ts `plural` picks its forms by it). */
export function msgLocale(): KitLocale {
  return activeLocale;
}

/** Each kit element's controller, so `inLocaleOf` finds the language an element is showing. */
const controllers = new WeakMap<Element, LocaleController>();

/**
 * Runs `fn` with `msg()` answering in the language `host` shows: for text made
 * outside an update (an event handler, a timer, a fetch callback).
 */
export function inLocaleOf<T>(host: Element, fn: () => T): T {
  return inLocale(controllers.get(host)?.locale ?? matchLocale(nearestLang(host)), fn);
}

/**
 * The kit's `msg()`: @lit/localize's, looking up the language of the element
 * rendering now (see the rule at the top of this file). Typed as @lit/localize's
 * so `lit-localize extract` finds every call. English is the source itself: a
 * string, a `str` joined with its values, or an `html` template as written.
 */
export const msg = ((template: Parameters<typeof litMsg>[0], options?: Parameters<typeof litMsg>[1]) => {
  if (active && translate) return translate(active, template as never, options);
  return typeof template === 'object' && 'strTag' in template ? joinStringsAndValues(template.strings, template.values) : template;
}) as typeof litMsg;

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

const hosts = new Set<LocaleController>();
let observer: MutationObserver | undefined;

/** One observer for every kit element: a change of any `lang` re-checks each. */
function watchLang() {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => hosts.forEach((controller) => controller.sync()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Keeps an element in the language of its nearest `lang`, live: when a page
 * (or a language switcher) changes `lang`, the element loads that language's
 * strings and then re-renders wholly in it.
 */
export class LocaleController implements ReactiveController {
  /** The language the element shows (its strings are loaded). */
  locale: KitLocale = sourceLocale;

  /** False until the element's first language has loaded: until then it shows no kit text. */
  ready = false;

  /** The language asked for by the nearest `lang` (may still be loading). */
  wanted: KitLocale = sourceLocale;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    controllers.set(host, this);
  }

  hostConnected(): void {
    hosts.add(this);
    watchLang();
    this.sync();
  }

  hostDisconnected(): void {
    hosts.delete(this);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** Re-reads the nearest `lang`; switches once that language's strings are loaded. */
  sync(): void {
    const wanted = matchLocale(nearestLang(this.host));
    if (wanted === this.wanted && this.ready) return;
    this.wanted = wanted;
    if (localeLoaded(wanted)) return this.show(wanted);
    loadLocale(wanted).then(
      () => this.wanted === wanted && this.show(wanted),
      // The strings could not be fetched: English (marked as English) beats a blank widget.
      () => this.wanted === wanted && this.show(sourceLocale),
    );
  }

  /** Runs `fn` with `msg()` answering in this element's language. */
  run<T>(fn: () => T): T {
    return inLocale(this.locale, fn);
  }

  private show(locale: KitLocale): void {
    if (locale === this.locale && this.ready) return;
    this.locale = locale;
    this.ready = true;
    this.host.requestUpdate();
  }

  get dir(): 'ltr' | 'rtl' {
    return isRightToLeft(this.locale) ? 'rtl' : 'ltr';
  }
}
