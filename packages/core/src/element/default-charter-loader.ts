/**
 * The built-in default charter as widgets load it: the English (with this
 * module), and the words of the page's language only. One charter per
 * language (with or without services) for every widget on the page.
 */
import type { Charter, Service } from '../domain/charter-schema.js';
import { charterWithoutServices } from '../domain/default-charter-core.js';
import type { CharterWords } from '../domain/default-charter-en.js';
import type { DefaultCharterLanguage } from '../domain/default-charter-language.js';
import type { ServiceWords } from '../domain/default-charter-services.js';

// Fixed maps, not a template import(): bundlers and the dev server see every file.
const wordsIn: Record<DefaultCharterLanguage, () => Promise<CharterWords>> = {
  cy: () => import('../domain/default-charter-cy.js').then((m) => m.cy),
  pl: () => import('../domain/default-charter-pl.js').then((m) => m.pl),
  ur: () => import('../domain/default-charter-ur.js').then((m) => m.ur),
};
const serviceWordsIn: Record<DefaultCharterLanguage, () => Promise<ServiceWords>> = {
  cy: () => import('../domain/default-charter-services-cy.js').then((m) => m.cyServices),
  pl: () => import('../domain/default-charter-services-pl.js').then((m) => m.plServices),
  ur: () => import('../domain/default-charter-services-ur.js').then((m) => m.urServices),
};

type DefaultServices = (translations: Partial<Record<DefaultCharterLanguage, ServiceWords>>) => Service[];

/** Each default built or being built, by language and with or without services. */
const built = new Map<string, Promise<Charter>>();

/**
 * The default charter in English and the language of `locale`, with the
 * services when `services` (default-charter-services.ts) is given. When the
 * language's words cannot be downloaded, it comes in English (widgets mark
 * it as English) and a later call tries again.
 */
export function defaultCharterIn(locale: string, services?: DefaultServices): Promise<Charter> {
  const base = locale.toLowerCase().split('-')[0];
  const lang = base in wordsIn ? (base as DefaultCharterLanguage) : undefined;
  const key = `${lang ?? 'en'} ${services ? 'with' : 'without'} services`;
  let charter = built.get(key);
  if (!charter) {
    let complete = true;
    const translation = <T>(load: () => Promise<T>) => load().then((words) => ({ [lang!]: words }), () => void (complete = false));
    charter = Promise.all([lang && translation(wordsIn[lang]), lang && services && translation(serviceWordsIn[lang])]).then(([words, serviceWords]) => {
      // In English only, its language missing: the next call tries again.
      if (!complete) built.delete(key);
      const charter = charterWithoutServices(words || {});
      return services ? { ...charter, services: services(serviceWords || {}) } : charter;
    });
    built.set(key, charter);
  }
  return charter;
}

/**
 * The default's services with their words in every language the kit has, for
 * a search that found nothing in the page's language: a resident on an
 * English page may still type "śmieci" or "biniau". A language that cannot
 * be downloaded is left out.
 */
export async function defaultServicesInEveryLanguage(): Promise<Service[]> {
  const languages = Object.keys(serviceWordsIn) as DefaultCharterLanguage[];
  const [{ defaultServices }, ...words] = await Promise.all([
    import('../domain/default-charter-services.js'),
    ...languages.map((lang) => serviceWordsIn[lang]().then((w) => [lang, w] as const, () => undefined)),
  ]);
  return defaultServices(Object.fromEntries(words.filter((w) => w !== undefined)));
}
