/**
 * Finding a council service from the words a resident types: "bin",
 * "pothole", "council tax bill", "rubish colection".
 *
 * Build the index once per charter with `buildServiceIndex(services)`, then
 * call `searchServices(index, query)` on every keystroke. No DOM, no lit: it
 * runs in Node and in browsers, and the feedback form shares it with
 * `<cx-contact-options>`.
 *
 * How a query is matched:
 * - Text is normalised: lower case, accents stripped ("Café" → "cafe"),
 *   punctuation to spaces, apostrophes dropped ("children's" → "childrens"),
 *   and each word lightly stemmed (plurals: "potholes" → "pothole",
 *   "libraries" → "library"; "-ing"/"-ed"/"-ion": "collected" and
 *   "collection" → "collect"). An exact word beats a stemmed one.
 * - Each query word is compared with every distinct word of every name,
 *   keyword and built-in synonym: exact, then the start of a word (so
 *   results appear while typing: "pot" → "pothole"), then a word within a
 *   small Damerau-Levenshtein distance (one typo from 4 letters, two from
 *   8: "potholw", "councl", "rubish"; a swap of two letters is one typo).
 * - A word found in a service's name counts more than one found in its
 *   keywords, which counts more than one found through a synonym ("trash"
 *   → "rubbish"). A query that is a whole name or keyword, or the start of
 *   a name, ranks above everything else.
 * - Every word of a short query must match; in a query of three words or
 *   more, one may miss ("my bin wasnt collected").
 *
 * Speed: the vocabulary of 1,000 services is a few thousand distinct words;
 * a query compares each of its words with each vocabulary word once, with
 * cheap length checks first, and remembers the last few hundred words it
 * looked up. That stays well under a millisecond per keystroke.
 */
import { localText } from './local-text.js';
import type { LocalText } from './types.js';

/** What the index needs from a service: the charter's `Service` fits. */
export interface SearchableService {
  id: string;
  name: LocalText;
  keywords: readonly string[];
}

export interface ServiceIndexOptions {
  /**
   * Groups of words residents use for the same thing, added to the built-in
   * groups (`SERVICE_SYNONYMS`): `[["skip", "bin"], ["lamp", "light"]]`. Single words only.
   */
  synonyms?: readonly (readonly string[])[];
  /** Set false to leave out the built-in synonym groups. */
  builtInSynonyms?: boolean;
}

/** One result: the service, how well it matched, and what matched. */
export interface ServiceMatch<S extends SearchableService = SearchableService> {
  service: S;
  /** Higher is better; only meaningful for comparing results of one query. */
  score: number;
  /** True when the name matched (the best kind of match). */
  matchedName: boolean;
  /**
   * When the name did not match, the keyword that did (as the editor wrote
   * it), so a result can say why it is there: "Bin collections (rubbish)".
   */
  keyword?: string;
}

/** The built index: opaque; build it once per list of services. */
export interface ServiceIndex<S extends SearchableService = SearchableService> {
  readonly services: readonly S[];
  /** @internal */
  readonly vocabulary: readonly VocabularyWord[];
  /** @internal The vocabulary by first letter, in the same order: all a query of under 4 letters (no typos allowed) can match. */
  readonly byFirstLetter: ReadonlyMap<string, readonly VocabularyWord[]>;
  /** @internal The vocabulary's lengths and `letterMask`s side by side, so a query rules most words out without touching them. */
  readonly shapes: VocabularyShapes;
  /** @internal */
  readonly records: readonly ServiceRecord[];
  /** @internal The whole-query bonuses, looked up once per query rather than tried on every match. */
  readonly phrases: PhraseIndex;
  /** @internal query word → the services it matches, so typing one letter more does not redo the words before it. */
  readonly memo: Map<string, WordResult>;
  /** @internal per-service working space, reused by every search. */
  readonly scratch: Scratch;
}

/**
 * Words residents use for the same thing, beyond what each service's
 * keywords already say. Each group is symmetric.
 */
export const SERVICE_SYNONYMS: readonly (readonly string[])[] = [
  ['bin', 'rubbish', 'refuse', 'waste', 'trash', 'garbage', 'wheelie'],
  ['tip', 'dump', 'hwrc'],
  ['pothole', 'hole', 'crater'],
  ['road', 'street', 'highway', 'carriageway'],
  ['pavement', 'footway', 'sidewalk', 'kerb'],
  ['streetlight', 'lamppost', 'lamp', 'light'],
  ['bill', 'invoice', 'statement', 'demand'],
  ['pay', 'payment'],
  ['fine', 'penalty', 'ticket', 'pcn'],
  ['benefit', 'support', 'allowance'],
  ['home', 'house', 'housing', 'property', 'flat'],
  ['homeless', 'homelessness', 'evicted', 'eviction'],
  ['complaint', 'complain', 'unhappy', 'dissatisfied'],
  ['dog', 'puppy'],
  ['poo', 'fouling', 'mess'],
  ['rat', 'mouse', 'mice', 'vermin', 'pest'],
  ['noise', 'noisy', 'loud'],
  ['school', 'education'],
  ['nursery', 'childcare', 'preschool'],
  ['elderly', 'older', 'pensioner'],
  ['disabled', 'disability'],
  ['wedding', 'marriage', 'marry'],
  ['death', 'died', 'bereavement', 'funeral'],
  ['birth', 'baby', 'born'],
  ['licence', 'license', 'permit'],
  ['job', 'vacancy', 'career', 'work'],
  ['tree', 'hedge'],
  ['flood', 'flooding', 'flooded'],
  ['vote', 'voting', 'election', 'electoral'],
];

// ---------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------

const STOP_WORDS = new Set([
  'a', 'an', 'the', 'my', 'our', 'your', 'i', 'me', 'we', 'of', 'for', 'to', 'and', 'or', 'in', 'on', 'at', 'is',
  'it', 'be', 'do', 'can', 'how', 'what', 'where', 'when', 'about', 'with', 'from', 'please', 'want', 'need',
]);

/**
 * Letters that are not a base letter plus an accent, so NFD leaves them:
 * Polish ł (so "smieci" finds "śmieci" and "zlom" finds "złom"), and the
 * Arabic-script letters Urdu writes differently from Arabic (a resident's
 * keyboard may give either): Arabic yeh, kaf and heh to Urdu's ی, ک and ہ.
 */
const FOLDED: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', 'ي': 'ی', 'ى': 'ی', 'ك': 'ک', 'ه': 'ہ', 'ۀ': 'ہ', 'ة': 'ہ' };
const FOLDABLE = new RegExp(`[${Object.keys(FOLDED).join('')}]`, 'gu');

/**
 * Lower case, accents and other marks stripped (Welsh ŵ, Polish ś, Urdu's
 * vowel marks), letters folded as above, apostrophes dropped, everything
 * but letters and digits to spaces: what a resident types without the
 * right keyboard still matches.
 */
export function normaliseText(text: string): string {
  const lower = text.toLowerCase();
  // Most names and keywords are plain ASCII words: skip the Unicode work for them.
  if (/^[a-z0-9 ]*$/.test(lower)) return lower.replace(/ {2,}/g, ' ').trim();
  return lower
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(FOLDABLE, (letter) => FOLDED[letter]!)
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The code of a word's letter at `at`, or -1 past its end. */
function letterAt(word: string, at: number): number {
  return at < word.length ? word.charCodeAt(at) : -1;
}

/** A word's light stem: plurals to singular, and "-ing", "-ed", "-ion" endings dropped from longer words. */
export function stemWord(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 6 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith('ed') && !w.endsWith('eed')) w = w.slice(0, -2);
  else if (w.length > 6 && w.endsWith('tion')) w = w.slice(0, -3);
  return w;
}

/** The words of a text, normalised; stop words ("the", "my", "how") left out unless that leaves none. */
export function searchWords(text: string): string[] {
  const words = normaliseText(text).split(' ').filter(Boolean);
  const kept = words.filter((w) => !STOP_WORDS.has(w));
  return kept.length ? kept : words;
}

let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Damerau-Levenshtein distance (optimal string alignment: insertions,
 * deletions, substitutions and swaps of two neighbours each cost 1) between
 * `a` and `b` (only its first `bLength` letters), or `max + 1` as soon as it
 * must exceed `max`.
 */
export function boundedEditDistance(a: string, b: string, max: number, bLength = b.length): number {
  const n = a.length;
  const m = Math.min(bLength, b.length);
  if (m === b.length && a === b) return 0;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0 || m === 0) return Math.max(n, m) <= max ? Math.max(n, m) : max + 1;
  // Three rows of the table, reused between calls (words are short): no allocation per comparison.
  if (m + 1 > rows[0].length) rows = [0, 1, 2].map(() => new Int32Array(m + 1)) as [Int32Array, Int32Array, Int32Array];
  let [before, previous, current] = rows;
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      let cost = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) cost = Math.min(cost, before[j - 2] + 1);
      current[j] = cost;
      if (cost < rowMin) rowMin = cost;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[m] <= max ? previous[m] : max + 1;
}

/**
 * The letters of a word as bits (each letter's code modulo 32). A letter of
 * one word missing from the other takes at least one edit, so the count of
 * such letters is a lower bound on the distance: most of the vocabulary is
 * ruled out without working the distance out. (Two letters sharing a bit only
 * make the bound lower, never wrong.)
 */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) & 31);
  return mask;
}

function bitCount(bits: number): number {
  let v = bits - ((bits >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Typos allowed in a word of this length: none under 4 letters, one up to 7, two from 8. */
function typosAllowed(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

// ---------------------------------------------------------------------------
// Index
// ---------------------------------------------------------------------------

const NAME = 3;
const KEYWORD = 2;
const SYNONYM_FACTOR = 0.6;

/** Where a vocabulary word occurs: a service, how much that field counts, and which keyword it came from. */
interface Posting {
  record: number;
  weight: number;
  /** Index into the service's keywords, or -1 for the name. */
  keyword: number;
}

/** @internal */
export interface VocabularyWord {
  word: string;
  stem: string;
  /** `letterMask` of the word and of its stem. */
  wordLetters: number;
  stemLetters: number;
  /** Where the word itself occurs. */
  postings: Posting[];
  /** Where the other words of its synonym groups occur (weights already reduced). */
  synonyms: Posting[];
}

/** @internal */
export interface ServiceRecord {
  /** 1 / the number of words in the shortest name: of two names that match equally, the shorter is the more specific. */
  brevity: number;
  /** For sorting ties: the place of the English name in alphabetical order. */
  alphabetical: number;
}

/** @internal */
export interface VocabularyShapes {
  wordLength: Int32Array;
  /** The first three letters' codes (-1 past the end): a word that starts with, or nearly with, a query shares one of them in place. */
  first: Int32Array;
  second: Int32Array;
  third: Int32Array;
  stemLength: Int32Array;
  wordLetters: Int32Array;
  stemLetters: Int32Array;
}

/** @internal */
export interface PhraseIndex {
  /** Each normalised name and keyword as a whole phrase (stemmed words joined by spaces) → the services with it. */
  names: ReadonlyMap<string, readonly number[]>;
  keywords: ReadonlyMap<string, readonly number[]>;
  /** Every name's words as typed (normalised, not stemmed), sorted, and whose name each is: for "the name starts with what you typed". */
  starts: readonly string[];
  startRecords: Int32Array;
}

/** @internal What one query word matches: parallel arrays, one entry per service it reaches. */
export interface WordResult {
  records: number[];
  /** The best score the word gives the service. */
  best: number[];
  /** 1 when it matched the service's name. */
  name: number[];
  /** The keyword it matched through, or -1; and how strongly. */
  keyword: number[];
  keywordValue: number[];
}

/** @internal */
export interface Scratch {
  best: Float64Array;
  name: Uint8Array;
  keyword: Int32Array;
  keywordValue: Float64Array;
  score: Float64Array;
  matched: Uint8Array;
  /** The whole-query bonuses of each service for the current query: for its name (8 or 5), and 1 for a keyword. */
  bonus: Uint8Array;
  keywordBonus: Uint8Array;
  /** The services that match, in no order. */
  hits: Int32Array;
  /** The vocabulary words a query word may match (`shortlistVocabulary`). */
  shortlist: Int32Array;
}

function newScratch(count: number, words: number): Scratch {
  return {
    best: new Float64Array(count),
    name: new Uint8Array(count),
    keyword: new Int32Array(count).fill(-1),
    keywordValue: new Float64Array(count),
    score: new Float64Array(count),
    matched: new Uint8Array(count),
    bonus: new Uint8Array(count),
    keywordBonus: new Uint8Array(count),
    hits: new Int32Array(count),
    shortlist: new Int32Array(words),
  };
}

function texts(text: LocalText): string[] {
  return typeof text === 'string' ? [text] : Object.values(text);
}

/**
 * Builds the search index over services (every translation of each name is
 * searchable). Do it once per charter: it is the slow part.
 */
export function buildServiceIndex<S extends SearchableService>(services: readonly S[], options: ServiceIndexOptions = {}): ServiceIndex<S> {
  const byWord = new Map<string, VocabularyWord>();
  const entry = (word: string) => {
    let found = byWord.get(word);
    if (!found) {
      const stem = stemWord(word);
      found = { word, stem, wordLetters: letterMask(word), stemLetters: letterMask(stem), postings: [], synonyms: [] };
      byWord.set(word, found);
    }
    return found;
  };
  const post = (word: string, posting: Posting) => {
    const { postings } = entry(word);
    const last = postings[postings.length - 1];
    // One posting per service and word: keep the field that counts most.
    if (last && last.record === posting.record) {
      if (posting.weight > last.weight) postings[postings.length - 1] = posting;
    } else {
      postings.push(posting);
    }
  };

  const stems = new Map<string, string>();
  const stemPhrase = (words: string[]) =>
    words
      .map((w) => {
        let stem = stems.get(w);
        if (stem === undefined) stems.set(w, (stem = stemWord(w)));
        return stem;
      })
      .join(' ');

  const namePhrases = new Map<string, number[]>();
  const keywordPhrases = new Map<string, number[]>();
  const starts: [string, number][] = [];
  // Each service once per phrase, however many of its names or keywords say it.
  const addPhrase = (phrases: Map<string, number[]>, phrase: string, record: number) => {
    const list = phrases.get(phrase);
    if (!list) phrases.set(phrase, [record]);
    else if (list[list.length - 1] !== record) list.push(record);
  };
  const records: ServiceRecord[] = services.map((service, record) => {
    const names = texts(service.name).map(searchWords);
    for (const words of names) {
      for (const word of words) post(word, { record, weight: NAME, keyword: -1 });
      addPhrase(namePhrases, stemPhrase(words), record);
      starts.push([words.join(' '), record]);
    }
    service.keywords.forEach((keyword, k) => {
      const words = searchWords(keyword);
      for (const word of words) post(word, { record, weight: KEYWORD, keyword: k });
      addPhrase(keywordPhrases, stemPhrase(words), record);
    });
    return {
      brevity: 1 / Math.max(1, Math.min(...names.map((words) => words.length))),
      alphabetical: 0,
    };
  });
  // In code unit order, as startsWith compares: the names that start with a text are then side by side.
  starts.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const phrases: PhraseIndex = {
    names: namePhrases,
    keywords: keywordPhrases,
    starts: starts.map(([start]) => start),
    startRecords: Int32Array.from(starts, ([, record]) => record),
  };

  // Ties sort by name: rank the names once here, so a search compares numbers, not strings.
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const names = services.map((service) => localText(service.name, 'en'));
  records
    .map((_, r) => r)
    .sort((a, b) => collator.compare(names[a], names[b]))
    .forEach((r, rank) => (records[r].alphabetical = rank));

  // Synonyms: a word of a group also reaches the services that use any other word of the group, counting less.
  const groups = [...(options.builtInSynonyms === false ? [] : SERVICE_SYNONYMS), ...(options.synonyms ?? [])];
  for (const group of groups) {
    const words = [...new Set(group.flatMap((w) => searchWords(w)))];
    const members = words.map(entry);
    for (const vocab of members) {
      for (const other of members) {
        if (other === vocab) continue;
        for (const p of other.postings) vocab.synonyms.push({ record: p.record, weight: p.weight * SYNONYM_FACTOR, keyword: p.keyword });
      }
    }
  }
  const vocabulary = [...byWord.values()].filter((v) => v.postings.length > 0 || v.synonyms.length > 0);
  // A service reached through several synonyms counts once, through the strongest.
  for (const vocab of vocabulary) if (vocab.synonyms.length) vocab.synonyms = mergePostings(vocab.synonyms);

  const byFirstLetter = new Map<string, VocabularyWord[]>();
  for (const vocab of vocabulary) {
    const list = byFirstLetter.get(vocab.word[0]);
    if (list) list.push(vocab);
    else byFirstLetter.set(vocab.word[0], [vocab]);
  }
  const shapes: VocabularyShapes = {
    wordLength: Int32Array.from(vocabulary, (v) => v.word.length),
    first: Int32Array.from(vocabulary, (v) => letterAt(v.word, 0)),
    second: Int32Array.from(vocabulary, (v) => letterAt(v.word, 1)),
    third: Int32Array.from(vocabulary, (v) => letterAt(v.word, 2)),
    stemLength: Int32Array.from(vocabulary, (v) => v.stem.length),
    wordLetters: Int32Array.from(vocabulary, (v) => v.wordLetters),
    stemLetters: Int32Array.from(vocabulary, (v) => v.stemLetters),
  };
  return { services, vocabulary, byFirstLetter, shapes, records, phrases, memo: new Map(), scratch: newScratch(records.length, vocabulary.length) };
}

function mergePostings(postings: Posting[]): Posting[] {
  const best = new Map<number, Posting>();
  for (const p of postings) {
    const seen = best.get(p.record);
    if (!seen || p.weight > seen.weight) best.set(p.record, p);
  }
  return [...best.values()];
}

// ---------------------------------------------------------------------------
// Search
// ---------------------------------------------------------------------------

/**
 * How well a query word matches a vocabulary word, 0 for not at all.
 * Negative for a match on the start of the word only (the resident is still
 * typing): those do not reach synonyms, which would only add noise.
 */
function wordQuality(query: QueryWord, vocab: VocabularyWord): number {
  const word = vocab.word;
  if (word === query.word) return 1;
  if (vocab.stem === query.stem) return 0.9;
  if (word.startsWith(query.word)) return -(0.7 + 0.1 * (query.word.length / word.length));
  const max = typosAllowed(query.word.length);
  if (max === 0) return 0;
  const stems = query.stemLetters;
  const missing = Math.max(bitCount(stems & ~vocab.stemLetters), bitCount(vocab.stemLetters & ~stems));
  if (missing <= max && boundedEditDistance(query.stem, vocab.stem, max) <= max) {
    return max === 1 || boundedEditDistance(query.stem, vocab.stem, 1) <= 1 ? 0.6 : 0.45;
  }
  // Still typing a longer word, with a typo in what is there so far: "potho" for "pothole" is a prefix; "pohto" is a typo of one.
  const { word: typed } = query;
  if (typed.length >= 5 && word.length > typed.length && bitCount(query.wordLetters & ~vocab.wordLetters) <= 1) {
    if (boundedEditDistance(typed, word, 1, typed.length) <= 1) return -0.5;
  }
  return 0;
}

/** A query word, its stem, and their letters (`letterMask`). */
interface QueryWord {
  word: string;
  stem: string;
  wordLetters: number;
  stemLetters: number;
}

/** What one query word matches, remembered per index. */
function wordResult<S extends SearchableService>(index: ServiceIndex<S>, query: string): WordResult {
  const remembered = index.memo.get(query);
  if (remembered) return remembered;
  const { scratch, vocabulary } = index;
  const stem = stemWord(query);
  const typed: QueryWord = { word: query, stem, wordLetters: letterMask(query), stemLetters: letterMask(stem) };
  const touched: number[] = [];
  const max = typosAllowed(query.length);
  if (max === 0) {
    // Without typos (under 4 letters) a word matches only words it equals, shares a stem with or starts: all with its first letter.
    for (const vocab of index.byFirstLetter.get(query[0]) ?? []) take(scratch, touched, typed, vocab);
  } else {
    const { shortlist } = scratch;
    const count = shortlistVocabulary(index.shapes, typed, max, shortlist);
    for (let i = 0; i < count; i++) take(scratch, touched, typed, vocabulary[shortlist[i]]);
  }
  const result = collectWord(scratch, touched);
  if (index.memo.size > 500) index.memo.clear();
  index.memo.set(query, result);
  return result;
}

// The loops of a search live in small functions of their own: a browser optimises a small function after fewer
// calls than a large one, and a resident's first keystrokes run before much of the page's code is optimised.

/**
 * Writes to `out` the vocabulary words (their places) that pass one of wordQuality's own letter and length checks,
 * and returns how many: only those can match, and the checks, on plain arrays, rule out nearly all the rest.
 */
function shortlistVocabulary(shapes: VocabularyShapes, typed: QueryWord, max: number, out: Int32Array): number {
  const { wordLength, first, second, third, stemLength, wordLetters, stemLetters } = shapes;
  const length = typed.word.length;
  // The start of the word within one typo of what was typed (a letter changed, or two swapped, at most: the lengths are
  // the same) keeps one of the first three letters in place; so does a start without a typo.
  const [letter0, letter1, letter2] = [letterAt(typed.word, 0), letterAt(typed.word, 1), letterAt(typed.word, 2)];
  const typedStemLength = typed.stem.length;
  const { wordLetters: queryWord, stemLetters: queryStem } = typed;
  // Equal to, the start of, or (from 5 letters) the start of with a typo: every typed letter but `slack` is in the word.
  const slack = length >= 5 ? 1 : 0;
  let count = 0;
  // Counting letters by clearing the lowest set bit (`x & (x - 1)`) as many times as are allowed: no call in the loop.
  for (let i = 0; i < wordLength.length; i++) {
    let extra = queryWord & ~wordLetters[i];
    if (slack) extra &= extra - 1;
    if (wordLength[i] < length || extra !== 0 || (first[i] !== letter0 && second[i] !== letter1 && third[i] !== letter2)) {
      // Not a start: the same stem, or within `max` typos of it (no more than `max` letters on either side that the other lacks).
      const difference = stemLength[i] - typedStemLength;
      if (difference > max || difference < -max) continue;
      let missing = queryStem & ~stemLetters[i];
      let added = stemLetters[i] & ~queryStem;
      missing &= missing - 1;
      added &= added - 1;
      if (max === 2) {
        missing &= missing - 1;
        added &= added - 1;
      }
      if (missing !== 0 || added !== 0) continue;
    }
    out[count++] = i;
  }
  return count;
}

/** Adds what a vocabulary word gives the services it reaches, if it matches the typed word. */
function take(scratch: Scratch, touched: number[], typed: QueryWord, vocab: VocabularyWord): void {
  const quality = wordQuality(typed, vocab);
  if (quality === 0) return;
  const strength = Math.abs(quality);
  for (const p of vocab.postings) addPosting(scratch, touched, p, strength);
  if (quality > 0) for (const p of vocab.synonyms) addPosting(scratch, touched, p, quality);
}

function addPosting({ best, name, keyword, keywordValue }: Scratch, touched: number[], p: Posting, quality: number): void {
  const value = quality * p.weight;
  const r = p.record;
  if (best[r] === 0) touched.push(r);
  if (value > best[r]) best[r] = value;
  if (p.keyword === -1) {
    if (p.weight === NAME) name[r] = 1;
  } else if (value > keywordValue[r]) {
    keywordValue[r] = value;
    keyword[r] = p.keyword;
  }
}

/** The word's result from the working space, which it leaves clean. */
function collectWord({ best, name, keyword, keywordValue }: Scratch, touched: number[]): WordResult {
  const result: WordResult = { records: touched, best: [], name: [], keyword: [], keywordValue: [] };
  for (const r of touched) {
    result.best.push(best[r]);
    result.name.push(name[r]);
    result.keyword.push(keyword[r]);
    result.keywordValue.push(keywordValue[r]);
    best[r] = 0;
    name[r] = 0;
    keyword[r] = -1;
    keywordValue[r] = 0;
  }
  return result;
}

/** The best matches and how many there were in all (for "23 services found"). */
export interface ServiceSearchResult<S extends SearchableService = SearchableService> {
  matches: ServiceMatch<S>[];
  total: number;
}

/**
 * The services that match `query`, best first, at most `limit` of them
 * (all of them with `Infinity`). An empty query matches nothing.
 */
export function searchServices<S extends SearchableService>(index: ServiceIndex<S>, query: string, limit = 10): ServiceMatch<S>[] {
  return searchServicesCounted(index, query, limit).matches;
}

/**
 * `searchServices`, also counting every match: only the best `limit` are
 * ranked in full and made into results, so a one-letter query over 1,000
 * services costs little more than a precise one.
 */
export function searchServicesCounted<S extends SearchableService>(index: ServiceIndex<S>, query: string, limit = 10): ServiceSearchResult<S> {
  const words = [...new Set(searchWords(query))];
  if (!words.length) return { matches: [], total: 0 };
  const { scratch, phrases, records } = index;
  const candidates: number[] = [];
  for (const word of words) addWord(scratch, candidates, wordResult(index, word));

  const phrase = words.map(stemWord).join(' ');
  const typed = words.join(' ');
  const { bonus, keywordBonus, hits, score, name, keyword } = scratch;
  // The whole query as a name (+8), else as the start of a name (+5); and as a keyword (+4).
  const wholeNames = phrases.names.get(phrase) ?? [];
  const wholeKeywords = phrases.keywords.get(phrase) ?? [];
  for (const r of wholeNames) bonus[r] = 8;
  const { starts, startRecords } = phrases;
  const from = lowerBound(starts, typed);
  let to = from;
  for (; to < starts.length && starts[to].startsWith(typed); to++) {
    const r = startRecords[to];
    if (bonus[r] === 0) bonus[r] = 5;
  }
  for (const r of wholeKeywords) keywordBonus[r] = 1;

  const count = scoreMatches(scratch, records, candidates, words.length >= 3 ? words.length - 1 : words.length);
  const best = bestOf(hits, count, limit, (a, b) => score[b] - score[a] || records[a].alphabetical - records[b].alphabetical);
  const matches = best.map((r): ServiceMatch<S> => {
    const match: ServiceMatch<S> = { service: index.services[r], score: score[r], matchedName: name[r] === 1 };
    if (!match.matchedName && keyword[r] >= 0) match.keyword = index.services[r].keywords[keyword[r]];
    return match;
  });
  // Leave the working space clean for the next search.
  for (let i = 0; i < count; i++) score[hits[i]] = 0;
  clearCandidates(scratch, candidates);
  for (const r of wholeNames) bonus[r] = 0;
  for (let i = from; i < to; i++) bonus[startRecords[i]] = 0;
  for (const r of wholeKeywords) keywordBonus[r] = 0;
  return { matches, total: count };
}

/** Adds one query word's matches to the services' scores; a service met for the first time joins `candidates`. */
function addWord({ score, matched, name, keyword, keywordValue }: Scratch, candidates: number[], result: WordResult): void {
  for (let i = 0; i < result.records.length; i++) {
    const r = result.records[i];
    if (matched[r] === 0) candidates.push(r);
    matched[r]++;
    score[r] += result.best[i];
    if (result.name[i]) name[r] = 1;
    if (result.keywordValue[i] > keywordValue[r]) {
      keywordValue[r] = result.keywordValue[i];
      keyword[r] = result.keyword[i];
    }
  }
}

/**
 * The final score of every candidate that matched `needed` words, kept in `score`, and those candidates in `hits`;
 * returns how many. The others' scores are cleared.
 */
function scoreMatches({ score, matched, bonus, keywordBonus, hits }: Scratch, records: readonly ServiceRecord[], candidates: number[], needed: number): number {
  let count = 0;
  for (const r of candidates) {
    if (matched[r] >= needed) {
      // Added up in the same order as ever, so the scores are the same to the last bit.
      let value = score[r] + matched[r] * 2 + records[r].brevity;
      if (bonus[r] !== 0) value += bonus[r];
      if (keywordBonus[r] !== 0) value += 4;
      score[r] = value;
      hits[count++] = r;
    } else {
      score[r] = 0;
    }
    matched[r] = 0;
  }
  return count;
}

function clearCandidates({ name, keyword, keywordValue }: Scratch, candidates: number[]): void {
  for (const r of candidates) {
    name[r] = 0;
    keyword[r] = -1;
    keywordValue[r] = 0;
  }
}

/**
 * Runs the search over the index's own names as a resident would type them
 * (a letter at a time, the first `letters` of each of `names` names, spread
 * through the list), then forgets those searches: nothing a later search
 * finds changes. Why: a page's code runs slowly until the browser has seen
 * it run often enough to optimise it, and with 1,000 services a resident's
 * first keystrokes took three to four times as long as later ones (0.7 ms
 * against 0.2 with the CPU slowed 4×). Run it when the browser is idle, after
 * building the index; it costs about as much as 50 early keystrokes.
 */
export function warmServiceIndex(index: ServiceIndex, names = 6, letters = 8): void {
  const { services, memo } = index;
  const step = Math.max(1, Math.floor(services.length / names));
  for (let s = 0; s < services.length && s < names * step; s += step) {
    const name = normaliseText(localText(services[s].name, 'en'));
    for (let length = 1; length <= Math.min(letters, name.length); length++) searchServicesCounted(index, name.slice(0, length));
  }
  memo.clear();
}

/** The first `limit` of `hits` (its first `count`) in `order`: all sorted when there are few, else kept as they come. */
function bestOf(hits: Int32Array, count: number, limit: number, order: (a: number, b: number) => number): number[] {
  if (limit <= 0) return [];
  if (count <= limit * 4) return Array.from(hits.subarray(0, count)).sort(order).slice(0, limit);
  const best: number[] = [];
  for (let i = 0; i < count; i++) {
    const r = hits[i];
    if (best.length === limit && order(r, best[limit - 1]) >= 0) continue;
    let at = best.length;
    while (at > 0 && order(r, best[at - 1]) < 0) at--;
    best.splice(at, 0, r);
    if (best.length > limit) best.pop();
  }
  return best;
}

/** The first place in `sorted` whose text is not before `text` (code unit order). */
function lowerBound(sorted: readonly string[], text: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < text) low = middle + 1;
    else high = middle;
  }
  return low;
}
