/**
 * Loads a second, separate copy of the built kit into the page, as if a
 * partner's page carried another version of it beside the council's.
 *
 * Every module the entry imports is fetched from `dist/`, its `VERSION`
 * rewritten, and re-created as a `blob:` URL, so the browser treats it as new
 * code: its own lit, its own @lit/localize, its own classes. Needs the built
 * `dist/` (`npm test` builds it before the browser tests).
 */

/** The table the rewritten dynamic `import()`s read their blob URLs from (the locale modules import back into their parent). */
const TABLE = '__cxKitCopies';
const table: Record<string, string> = ((globalThis as Record<string, unknown>)[TABLE] ??= {}) as Record<string, string>;

const STATIC_IMPORT = /(\bfrom\s*|\bimport\s*)(["'])(\.\.?\/[^"']+?\.js)\2/g;
const DYNAMIC_IMPORT = /\bimport\((["'])(\.\.?\/[^"']+?\.js)\1\)/g;

/**
 * Imports `entry` (e.g. `/dist/cx-charter-timescales.js`) as a new copy whose
 * `VERSION` is `version` instead of `currentVersion`. Returns its exports.
 */
export async function importCopyOfDist(entry: string, currentVersion: string, version: string): Promise<Record<string, unknown>> {
  const made = new Map<string, Promise<string>>();
  const pending: string[] = [];
  const key = (url: string) => `${version} ${url}`;

  const copy = (url: string, chain: string[]): Promise<string> => {
    if (chain.includes(url)) throw new Error(`importCopyOfDist: static import cycle ${[...chain, url].join(' → ')}`);
    let promise = made.get(url);
    if (!promise) {
      promise = rewrite(url, [...chain, url]);
      made.set(url, promise);
    }
    return promise;
  };

  const rewrite = async (url: string, chain: string[]): Promise<string> => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`importCopyOfDist: ${url} answered ${response.status}. Build the kit first (npm run build).`);
    let code = await response.text();
    // Dynamic imports may point back at this module: resolve them later, through the table.
    code = code.replace(DYNAMIC_IMPORT, (_match, _quote, specifier: string) => {
      const target = new URL(specifier, url).href;
      pending.push(target);
      return `import(globalThis.${TABLE}[${JSON.stringify(key(target))}])`;
    });
    const statics = [...new Set(Array.from(code.matchAll(STATIC_IMPORT), (match) => match[3]))];
    const blobs = new Map(await Promise.all(statics.map(async (specifier) => [specifier, await copy(new URL(specifier, url).href, chain)] as const)));
    code = code.replace(STATIC_IMPORT, (_match, keyword: string, quote: string, specifier: string) => `${keyword}${quote}${blobs.get(specifier)}${quote}`);
    for (const quote of ['"', "'", '`']) code = code.replaceAll(`${quote}${currentVersion}${quote}`, `${quote}${version}${quote}`);
    code = code.replace(/\/\/# sourceMappingURL=.*$/m, '');
    const blob = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    table[key(url)] = blob;
    return blob;
  };

  const main = await copy(new URL(entry, location.href).href, []);
  while (pending.length) await copy(pending.shift()!, []);
  return (await import(main)) as Record<string, unknown>;
}

/**
 * Imports a file of the built kit (`cx-kit.js`, `cx-charter-timescales.js` …)
 * exactly as a web page would: by URL, not through the dev server's module
 * resolution, so it brings its own bundled lit and @lit/localize.
 */
export function importDist(file: string): Promise<Record<string, unknown>> {
  return import(/* @vite-ignore */ `/dist/${file}`);
}
