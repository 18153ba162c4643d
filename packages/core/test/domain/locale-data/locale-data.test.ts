// The kit's own Welsh, Polish and Urdu words for dates, times, lists and
// plurals (used where a browser lacks the language). Names and plural rules
// are checked against CLDR as Node's full ICU has it; patterns against the
// sentences a resident should read.
import { expect } from 'chai';
import {
  dateInWords,
  listInWords,
  localeWords,
  monthYearInWords,
  pluralInWords,
  timeInWords,
  timeRangeInWords,
  weekdayInWords,
  weekdayRangeInWords,
  type LocaleWords,
} from '../../../src/domain/locale-data/index.js';

const words = (tag: string): LocaleWords => localeWords(tag)!;
const THURSDAY = '2027-01-21';
const icuHas = (tag: string) => new Intl.DateTimeFormat(tag).resolvedOptions().locale.split('-')[0] === tag;

describe('locale data: Welsh, Polish and Urdu without the browser', () => {
  it('finds the words by language tag, regions included, and has none for other languages', () => {
    expect(localeWords('cy-GB')?.tag).to.equal('cy');
    expect(localeWords('PL')?.tag).to.equal('pl');
    expect(localeWords('ur-PK')?.tag).to.equal('ur');
    expect(localeWords('fr')).to.equal(undefined);
  });

  it('writes whole dates as residents read them', () => {
    expect(dateInWords(THURSDAY, words('cy'))).to.equal('dydd Iau 21 Ionawr 2027');
    expect(dateInWords(THURSDAY, words('pl'))).to.equal('czwartek, 21 stycznia 2027');
    expect(dateInWords(THURSDAY, words('ur'))).to.equal('جمعرات، 21 جنوری، 2027');
    expect(dateInWords('2026-12-02', words('cy'), { weekday: false })).to.equal('2 Rhagfyr 2026');
    expect(dateInWords('2026-12-02', words('pl'), { year: false })).to.equal('środa, 2 grudnia');
    expect(dateInWords('2026-12-02', words('ur'), { weekday: false })).to.equal('2 دسمبر، 2026');
  });

  it('Polish after "do": the weekday and month in the genitive', () => {
    expect(dateInWords(THURSDAY, words('pl'), { form: 'by' })).to.equal('czwartku, 21 stycznia 2027');
    const genitives = ['2027-01-18', '2027-01-19', '2027-01-20', '2027-01-21', '2027-01-22', '2027-01-23', '2027-01-24'].map((iso) =>
      dateInWords(iso, words('pl'), { form: 'by', year: false }).split(',')[0],
    );
    expect(genitives).to.deep.equal(['poniedziałku', 'wtorku', 'środy', 'czwartku', 'piątku', 'soboty', 'niedzieli']);
    // Welsh "erbyn" and Urdu "تک" change nothing.
    expect(dateInWords(THURSDAY, words('cy'), { form: 'by' })).to.equal(dateInWords(THURSDAY, words('cy')));
  });

  it('has CLDR’s month and weekday names (as Node’s ICU has them)', () => {
    for (const tag of ['cy', 'pl', 'ur']) {
      if (!icuHas(tag)) continue;
      for (let month = 0; month < 12; month++) {
        const first = `2027-${String(month + 1).padStart(2, '0')}-15`;
        const icu = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' }).format(new Date(`${first}T12:00:00Z`));
        expect(monthYearInWords(first, words(tag)), `${tag} month ${month + 1}`).to.equal(icu({ month: 'long', year: 'numeric' }));
        // (CLDR's Welsh day-and-month is "Ionawr 15"; GOV.UK Welsh, and the kit, write "15 Ionawr".)
        if (tag !== 'cy') expect(dateInWords(first, words(tag), { weekday: false, year: false }), `${tag} day and month ${month + 1}`).to.equal(icu({ day: 'numeric', month: 'long' }));
      }
      for (let day = 18; day <= 24; day++) {
        const iso = `2027-01-${day}`;
        const icu = new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));
        expect(weekdayInWords(iso, words(tag)).toLowerCase(), `${tag} ${iso}`).to.equal(icu.toLowerCase());
      }
    }
  });

  it('short and narrow weekdays for a calendar’s column heads', () => {
    const week = ['2027-01-18', '2027-01-19', '2027-01-20', '2027-01-21', '2027-01-22', '2027-01-23', '2027-01-24'];
    expect(week.map((iso) => weekdayInWords(iso, words('cy'), 'narrow'))).to.deep.equal(['Ll', 'M', 'M', 'I', 'G', 'S', 'S']);
    expect(week.map((iso) => weekdayInWords(iso, words('pl'), 'narrow'))).to.deep.equal(['P', 'W', 'Ś', 'C', 'P', 'S', 'N']);
    expect(week.map((iso) => weekdayInWords(iso, words('cy'), 'short'))).to.deep.equal(['Llun', 'Maw', 'Mer', 'Iau', 'Gwen', 'Sad', 'Sul']);
    // No Latin letters standing in for Urdu day names (CLDR's Urdu narrow days are "M T W …").
    expect(week.map((iso) => weekdayInWords(iso, words('ur'), 'narrow')).join('')).to.not.match(/[A-Za-z]/);
  });

  it('times: Welsh yb/yh as GOV.UK Welsh writes them, Polish and Urdu on the 24-hour clock', () => {
    expect(['08:30', '17:00', '12:00', '00:00', '24:00', '16:30', '09:05'].map((t) => timeInWords(t, words('cy')))).to.deep.equal([
      '8:30yb', '5yh', 'hanner dydd', 'hanner nos', 'hanner nos', '4:30yh', '9:05yb',
    ]);
    expect(['08:30', '17:00', '24:00'].map((t) => timeInWords(t, words('pl')))).to.deep.equal(['8:30', '17:00', '24:00']);
    expect(['08:30', '17:00'].map((t) => timeInWords(t, words('ur')))).to.deep.equal(['8:30', '17:00']);
    expect(timeRangeInWords('08:30', '17:00', words('cy'))).to.equal('8:30yb i 5yh');
    expect(timeRangeInWords('08:30', '17:00', words('pl'))).to.equal('8:30–17:00');
    expect(timeRangeInWords('08:30', '17:00', words('ur'))).to.equal('8:30 تا 17:00');
  });

  it('ranges of days, with the Welsh mutation after "i"', () => {
    expect(weekdayRangeInWords('2027-01-18', THURSDAY, words('cy'))).to.equal('dydd Llun i ddydd Iau');
    expect(weekdayRangeInWords('2027-01-18', THURSDAY, words('pl'))).to.equal('poniedziałek–czwartek');
    expect(weekdayRangeInWords('2027-01-18', THURSDAY, words('ur'))).to.equal('پیر تا جمعرات');
  });

  it('joins lists: "a, b a c" (ac before a vowel), "a, b i c", "a، b اور c"', () => {
    expect(listInWords(['a', 'b', 'c'], words('cy'))).to.equal('a, b a c');
    expect(listInWords(['e-bost', 'ffôn', 'ar-lein'], words('cy'))).to.equal('e-bost, ffôn ac ar-lein');
    expect(listInWords(['a', 'b', 'c'], words('pl'))).to.equal('a, b i c');
    expect(listInWords(['a', 'b', 'c'], words('ur'))).to.equal('a، b اور c');
    expect(listInWords(['a', 'b'], words('cy'), 'disjunction')).to.equal('a neu b');
    expect(listInWords(['a', 'b'], words('pl'), 'disjunction')).to.equal('a lub b');
    expect(listInWords(['a', 'b'], words('ur'), 'disjunction')).to.equal('a یا b');
    expect(listInWords(['one'], words('cy'))).to.equal('one');
    expect(listInWords([], words('pl'))).to.equal('');
  });

  it('plural categories: Welsh’s six and Polish’s four, as CLDR (and Node’s ICU) has them', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 20].map((n) => pluralInWords(n, words('cy')))).to.deep.equal(['zero', 'one', 'two', 'few', 'other', 'other', 'many', 'other', 'other']);
    expect([1, 2, 4, 5, 12, 14, 21, 22, 25, 112, 122].map((n) => pluralInWords(n, words('pl')))).to.deep.equal([
      'one', 'few', 'few', 'many', 'many', 'many', 'many', 'few', 'many', 'many', 'few',
    ]);
    for (const tag of ['cy', 'pl', 'ur']) {
      const icu = new Intl.PluralRules(tag);
      if (icu.resolvedOptions().locale.split('-')[0] !== tag) continue;
      for (let n = 0; n <= 300; n++) expect(pluralInWords(n, words(tag)), `${tag} ${n}`).to.equal(icu.select(n));
    }
  });
});
