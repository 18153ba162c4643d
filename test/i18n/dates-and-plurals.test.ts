// Welsh, Polish and Urdu dates, calendars and counts come from the kit's own
// data: they are right even in a browser with no data for that language
// (forced here by making `Intl` answer every Welsh, Polish and Urdu request in
// American English, as Debian's Chromium does for Welsh), and counts take the
// language's plural forms (Welsh six, Polish four).
import { expect } from '@open-wc/testing';
import { defaultCharter, type Charter } from '@cx-kit/core';
import { formatDate, formatList, formatTime, loadLocale, pluralCategory } from '@cx-kit/core/element';
import { defineCxKit } from '@cx-kit/kit';
import { placeWidget, showing } from './widget-language.js';

defineCxKit();

const RealDateTimeFormat = Intl.DateTimeFormat;
const RealPluralRules = Intl.PluralRules;
const RealListFormat = Intl.ListFormat;
const lacking = (locales?: string | readonly string[]) => [locales ?? []].flat().some((tag) => /^(cy|pl|ur)\b/i.test(tag));

/** `Intl` as a browser without Welsh, Polish or Urdu data has it: those requests come back in en-US. */
function forceFallback(): void {
  const intl = Intl as unknown as Record<string, unknown>;
  intl.DateTimeFormat = function (locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    return new RealDateTimeFormat(lacking(locales) ? 'en-US' : locales, options);
  };
  (intl.DateTimeFormat as typeof Intl.DateTimeFormat).supportedLocalesOf = (locales: string | readonly string[]) =>
    RealDateTimeFormat.supportedLocalesOf(locales).filter((tag) => !lacking(tag));
  intl.PluralRules = function (locales?: string | string[], options?: Intl.PluralRulesOptions) {
    return new RealPluralRules(lacking(locales) ? 'en-US' : locales, options);
  };
  intl.ListFormat = function (locales?: string | string[], options?: Intl.ListFormatOptions) {
    return new RealListFormat(lacking(locales) ? 'en-US' : locales, options);
  };
}

function restoreIntl(): void {
  Object.assign(Intl, { DateTimeFormat: RealDateTimeFormat, PluralRules: RealPluralRules, ListFormat: RealListFormat });
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The FOI timescale (received Friday 18 December 2026, due Thursday 21 January 2027) in `lang`. */
async function foi(lang: string, charter?: Charter, now = '2026-12-18') {
  const el = placeWidget(`<cx-charter-timescales timescale="foi" received="2026-12-18" now="${now}"></cx-charter-timescales>`, lang);
  if (charter) (el as unknown as { charter: Charter }).charter = charter;
  await showing(el, lang);
  return el.shadowRoot!;
}

/** The default charter with FOI promised in `days` working days. */
const foiIn = (days: number): Charter => ({
  ...defaultCharter,
  timescales: defaultCharter.timescales.map((t) => (t.id === 'foi' ? { ...t, rule: { ...t.rule, kind: 'working-days', days } as typeof t.rule } : t)),
});

describe('dates, times and lists without the browser’s language data', () => {
  // The languages' words arrive with their strings, as when a widget shows them.
  before(() => Promise.all([loadLocale('cy'), loadLocale('pl'), loadLocale('ur')]).then(forceFallback));
  after(restoreIntl);

  it('the fallback is really forced: Intl answers Welsh in English', () => {
    expect(new Intl.DateTimeFormat('cy', { month: 'long', timeZone: 'UTC' }).format(new Date('2027-01-21T12:00:00Z'))).to.equal('January');
    expect(new Intl.PluralRules('cy').resolvedOptions().pluralCategories).to.not.include('two');
  });

  it('Welsh: the due date, the calendar’s months and column heads', async () => {
    const root = await foi('cy');
    expect(text(root.querySelector('[part~="due-date"]'))).to.equal('dydd Iau 21 Ionawr 2027');
    expect(Array.from(root.querySelectorAll('caption'), text)).to.deep.equal(['Rhagfyr 2026', 'Ionawr 2027']);
    expect(Array.from(root.querySelector('table thead')!.querySelectorAll('th'), text)).to.deep.equal(['Ll', 'M', 'M', 'I', 'G', 'S', 'S']);
    expect(text(root.querySelector('.cx-answer__lead'))).to.not.match(/January|Thursday/);
  });

  it('Urdu: the due date, Urdu month names and day heads, no Latin letters', async () => {
    const root = await foi('ur');
    expect(text(root.querySelector('[part~="due-date"]'))).to.equal('جمعرات، 21 جنوری، 2027');
    expect(Array.from(root.querySelectorAll('caption'), text)).to.deep.equal(['دسمبر 2026', 'جنوری 2027']);
    expect(text(root.querySelector('table thead'))).to.not.match(/[A-Za-z]/);
  });

  it('Polish: "do" takes the genitive ("do czwartku, 21 stycznia 2027")', async () => {
    const root = await foi('pl');
    expect(text(root.querySelector('.cx-answer__lead'))).to.contain('do czwartku, 21 stycznia 2027');
    expect(Array.from(root.querySelectorAll('caption'), text)).to.deep.equal(['grudzień 2026', 'styczeń 2027']);
  });

  it('times and lists: "5yh", "17:00"; "a, b a c", "a, b i c", "a، b اور c"', () => {
    expect(formatTime('17:00', 'cy')).to.equal('5yh');
    expect(formatTime('08:30', 'ur')).to.equal('8:30');
    expect(formatList(['a', 'b', 'c'], 'cy')).to.equal('a, b a c');
    expect(formatList(['a', 'b', 'c'], 'pl')).to.equal('a, b i c');
    expect(formatList(['a', 'b', 'c'], 'ur')).to.equal('a، b اور c');
    expect(formatDate('2027-01-21', 'cy-GB')).to.equal('dydd Iau 21 Ionawr 2027');
  });

  it('plural categories from the kit’s rules where Intl lacks them', () => {
    expect([0, 1, 2, 3, 6, 20].map((n) => pluralCategory(n, 'cy'))).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect([1, 2, 5, 22].map((n) => pluralCategory(n, 'pl'))).to.deep.equal(['one', 'few', 'many', 'few']);
  });

  it('Welsh counts take their plural forms: 1, 2 (mutated), 3, 6 and 20 working days', async () => {
    const lengths: string[] = [];
    for (const days of [1, 2, 3, 6, 20]) lengths.push(text((await foi('cy', foiIn(days))).querySelector('.cx-answer__length')));
    expect(lengths).to.deep.equal(['(1 diwrnod gwaith)', '(2 ddiwrnod gwaith)', '(3 diwrnod gwaith)', '(6 diwrnod gwaith)', '(20 diwrnod gwaith)']);
  });

  it('Polish counts take their plural forms: 1 dzień roboczy, 3 dni robocze, 20 dni roboczych, 22 dni robocze', async () => {
    const lengths: string[] = [];
    for (const days of [1, 3, 20, 22]) lengths.push(text((await foi('pl', foiIn(days))).querySelector('.cx-answer__length')));
    expect(lengths).to.deep.equal(['(1 dzień roboczy)', '(3 dni robocze)', '(20 dni roboczych)', '(22 dni robocze)']);
  });

  it('Polish and Welsh say how overdue a request is in the right form', async () => {
    // Due Thursday 21 January 2027; Monday 25 January is 2 working days late, Friday 29 January 6.
    const pl = await foi('pl', undefined, '2027-01-25');
    expect(text(pl.querySelector('.cx-overdue__title'))).to.contain('Opóźnienie wynosi 2 dni robocze.');
    const cy = await foi('cy', undefined, '2027-01-25');
    expect(text(cy.querySelector('.cx-overdue__title'))).to.contain('Mae hyn 2 ddiwrnod gwaith yn hwyr.');
    const plLater = await foi('pl', undefined, '2027-01-29');
    expect(text(plLater.querySelector('.cx-overdue__title'))).to.contain('Opóźnienie wynosi 6 dni roboczych.');
  });
});
