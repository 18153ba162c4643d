import type { Charter } from '../domain/charter-schema.js';
import { matchLocale, nearestLang } from './locale.js';

export interface CharterProblem {
  path: string;
  message: string;
}

/** Where the charter came from, for the editor's error panel. */
export type CharterOrigin = 'property' | 'inline' | 'charter-src' | 'default';

export type CharterResult =
  | { ok: true; charter: Charter; origin: CharterOrigin }
  | { ok: false; origin: CharterOrigin; code: 'charter-invalid' | 'charter-unreachable'; problems: CharterProblem[] };

/**
 * The validator (zod and the charter schema) is loaded only when a page gives
 * its own charter: the built-in default is checked by the kit's own tests, so
 * a zero-configuration widget never downloads it.
 */
async function validated(input: unknown, origin: CharterOrigin): Promise<CharterResult> {
  const { safeParseCharter } = await import('../domain/charter.js');
  let result: ReturnType<typeof safeParseCharter>;
  try {
    result = safeParseCharter(input);
  } catch (error) {
    // A checker bug must still leave residents the fallback, never "Loading…" for ever.
    result = { ok: false, problems: [{ path: '(root)', message: `could not be checked: ${(error as Error).message}` }] };
  }
  return result.ok ? { ok: true, charter: result.charter, origin } : { ok: false, origin, code: 'charter-invalid', problems: result.problems };
}

/** The JSON inside `<script type="application/json">` among the element's own children, if any. */
export function inlineCharterText(host: Element): string | undefined {
  for (const child of Array.from(host.children)) {
    if (child.localName === 'script' && child.getAttribute('type') === 'application/json') return child.textContent ?? '';
  }
  return undefined;
}

/**
 * Resolves a widget's charter in the documented order: the `charter`
 * property, an inline JSON script child, a `charter-src` URL, the built-in
 * default (`withServices: false`: without its services; in English and
 * `locale`, by default the host's language). Never throws: a bad or
 * unreachable charter comes back as problems with paths that an editor can act on.
 */
export async function resolveCharter(
  host: Element,
  property: unknown,
  src: string | undefined,
  withServices = true,
  locale: string = matchLocale(nearestLang(host)),
): Promise<CharterResult> {
  if (property !== undefined && property !== null) return validated(property, 'property');
  const inline = inlineCharterText(host);
  if (inline !== undefined) return validated(inline, 'inline');
  const origin = src ? 'charter-src' : 'default';
  try {
    // Loaded with the first `charter-src`: a page that gives none never downloads the fetching.
    if (src) return validated(await (await import('./charter-remote.js')).loadRemoteCharter(src), origin);
    return { ok: true, charter: await loadDefaultCharter(withServices, locale), origin };
  } catch (error) {
    // Unreachable, or a chunk that could not be downloaded: residents get the fallback content, never "Loading…" for ever.
    return { ok: false, origin, code: 'charter-unreachable', problems: [{ path: origin, message: (error as Error).message }] };
  }
}

/**
 * The built-in default charter, loaded on demand, in English and the
 * language of `locale` only (each language is its own download,
 * default-charter-loader.ts): a page that brings its own charter never
 * downloads it, and a widget that lists no services never downloads the
 * default's (most of its weight). Rejects when the English cannot be downloaded.
 */
export async function loadDefaultCharter(withServices = true, locale = 'en'): Promise<Charter> {
  const [loader, services] = await Promise.all([
    import('./default-charter-loader.js'),
    withServices ? import('../domain/default-charter-services.js') : undefined,
  ]);
  return loader.defaultCharterIn(locale, services?.defaultServices);
}
