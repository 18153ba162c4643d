// fast-check arbitraries for the fuzz tests: nasty strings and values, and
// mutations of a valid document (a charter, an API answer) at random paths,
// so most cases are *nearly* right, which is where parsers and renderers break.
import fc from 'fast-check';
import { XSS_PAYLOADS, UNSAFE_URLS } from './payloads.js';

/** Strings that have broken software before: empty, blank, huge, control characters, bidi and zero-width marks, lone surrogates, markup. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.constantFrom(...XSS_PAYLOADS) },
  { weight: 1, arbitrary: fc.constantFrom(...UNSAFE_URLS) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '\n\t ',
      '\u0000',
      '\u202e\u2066evil\u2069',
      '\u200b',
      '\ud800',
      '\udfff\ud800',
      'é'.normalize('NFD'),
      '👩🏽‍🚒👨‍👩‍👧‍👦',
      'ﷺ'.repeat(30),
      '2026-02-30',
      '2026-13-01',
      '0000-00-00',
      '9999-12-31',
      '2026-03-02T25:61:00Z',
      'not a date',
      '//evil.example',
      'https://',
      'http://[::1',
      'https://example.org/\u0000',
      '-1',
      'NaN',
      'Infinity',
      '1e309',
      '0x10',
      '__proto__',
      'constructor',
      'toString',
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 120_000 }).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 2000 }).map((n) => 'Lorem ipsum dolor sit amet '.repeat(n)) },
);

/** Any JSON-ish value, of any type: what a field holds after someone got it wrong. */
const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: nastyString },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, 0, -1, [], {}, [null], { en: '' }, { cy: 'Biniau' }) },
  { weight: 1, arbitrary: fc.array(nastyString, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.object({ maxDepth: 1, maxKeys: 3 }) },
);

type Path = (string | number)[];

/** Every path to a value inside `value` (not the root). */
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const path = [...prefix, Array.isArray(value) ? Number(key) : key];
      out.push(path);
      pathsOf(child, path, out);
    }
  }
  return out;
}

/** One change at the `at`-th path (modulo the number of paths). */
export type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'duplicate'; at: number }
  | { kind: 'empty'; at: number }
  | { kind: 'text'; at: number; value: string };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: nastyValue }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('empty' as const), at: fc.nat() }),
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('text' as const), at: fc.nat(), value: nastyString }) },
);

/** Applies mutations to a copy of `base`. A `text` mutation replaces a string leaf (only), so the document stays nearly valid. */
export function mutate<T>(base: T, mutations: readonly Mutation[]): T {
  const doc = structuredClone(base) as unknown;
  for (const change of mutations) {
    const all = pathsOf(doc);
    const paths = change.kind === 'text' ? all.filter((p) => typeof get(doc, p) === 'string') : all;
    if (!paths.length) continue;
    const path = paths[change.at % paths.length];
    const parent = get(doc, path.slice(0, -1)) as Record<string | number, unknown>;
    const key = path[path.length - 1];
    switch (change.kind) {
      case 'delete':
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete parent[key];
        break;
      case 'set':
      case 'text':
        parent[key] = structuredClone(change.value);
        break;
      case 'duplicate':
        // A second copy of an array item: duplicate ids, duplicate channels.
        if (Array.isArray(parent)) parent.splice(Number(key), 0, structuredClone(parent[Number(key)]));
        else parent[key] = structuredClone(parent[key]);
        break;
      case 'empty': {
        const value = parent[key];
        parent[key] = Array.isArray(value) ? [] : typeof value === 'string' ? '' : value && typeof value === 'object' ? {} : null;
        break;
      }
    }
  }
  return doc as T;
}

function get(doc: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)?.[key], doc);
}

/** Damage to a JSON text: cut short, a character put in or taken out, or another text altogether. */
export const textDamage: fc.Arbitrary<(text: string) => string> = fc.oneof(
  fc.constant((text: string) => text),
  fc.nat().map((n) => (text: string) => text.slice(0, n % (text.length + 1))),
  fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 3 })).map(([n, extra]) => (text: string) => {
    const at = n % (text.length + 1);
    return text.slice(0, at) + extra + text.slice(at);
  }),
  fc.nat().map((n) => (text: string) => {
    const at = n % Math.max(1, text.length);
    return text.slice(0, at) + text.slice(at + 1);
  }),
  nastyString.map((other) => () => other),
  fc.constant(() => '\ufeff{}'),
);

/** A value from `options`, or (sometimes) a nasty string instead. */
export const mostly = <T>(...options: T[]): fc.Arbitrary<T | string> =>
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...options) }, { weight: 1, arbitrary: nastyString });

/** An attribute value: absent, one of the good ones, or something odd. */
export const attribute = (...good: string[]): fc.Arbitrary<string | undefined> =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 3, arbitrary: good.length ? fc.constantFrom(...good) : fc.constant(undefined) },
    { weight: 3, arbitrary: nastyString.map((s) => s.slice(0, 2000)) },
  );
