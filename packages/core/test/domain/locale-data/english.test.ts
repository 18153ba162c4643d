// English from the kit's own words (locale-data/english.ts) must read exactly
// as it did when format.ts asked Intl for British English: checked here
// against Node's full ICU, date by date and minute by minute.
import { expect } from 'chai';
import { formatDate, formatList, formatMonthYear, formatNumber, formatTime, formatTimeRange, formatWeekday, formatWeekdayRange, pluralCategory } from '../../../src/element/format.js';

const utc = (iso: string) => new Date(`${iso}T12:00:00Z`);

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** How format.ts wrote an English date with Intl (GOV.UK: no comma after the weekday). */
function intlDate(iso: string, weekday = true, year = true): string {
  const key = `${weekday}|${year}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { weekday: weekday ? 'long' : undefined, day: 'numeric', month: 'long', year: year ? 'numeric' : undefined, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format.format(utc(iso)).replace(',', '');
}

/** Every day from 1990 to 2060 (the kit's dates are this century's, give or take). */
function everyDay(): string[] {
  const days: string[] = [];
  for (let ms = Date.UTC(1990, 0, 1); ms <= Date.UTC(2060, 11, 31); ms += 86_400_000) days.push(new Date(ms).toISOString().slice(0, 10));
  return days;
}

describe('English dates, times, lists and counts without Intl', () => {
  it('writes every date as Intl wrote it in British English, with and without the weekday and year', () => {
    const formats = [true, false].flatMap((weekday) => [true, false].map((year) => ({ weekday, year })));
    const long = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(long.format(utc('2027-01-21')), 'Intl itself').to.equal('Thursday, 21 January 2027');
    let checked = 0;
    for (const iso of everyDay()) {
      for (const { weekday, year } of formats) {
        const ours = formatDate(iso, 'en-GB', { weekday, year });
        if (ours !== intlDate(iso, weekday, year)) expect(ours, `${iso} ${JSON.stringify({ weekday, year })}`).to.equal(intlDate(iso, weekday, year));
        checked++;
      }
    }
    expect(checked).to.be.greaterThan(100_000);
    expect(formatDate('2027-01-21', 'en')).to.equal('Thursday 21 January 2027');
    expect(formatDate('2027-01-21', 'en-US'), 'any English reads British').to.equal('Thursday 21 January 2027');
  });

  it('writes month titles and weekdays, long, short and narrow, as Intl did', () => {
    const month = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const widths = ['long', 'short', 'narrow'] as const;
    const weekday = Object.fromEntries(widths.map((w) => [w, new Intl.DateTimeFormat('en-GB', { weekday: w, timeZone: 'UTC' })]));
    for (const iso of everyDay().filter((_, i) => i % 7 === 0 || i < 14)) {
      expect(formatMonthYear(iso, 'en-GB'), iso).to.equal(month.format(utc(iso)));
      for (const w of widths) expect(formatWeekday(iso, 'en-GB', w), `${iso} ${w}`).to.equal(weekday[w].format(utc(iso)));
    }
    expect(formatWeekdayRange('2027-01-18', '2027-01-21', 'en-GB')).to.equal('Monday to Thursday');
  });

  it('writes every minute of the day as the kit always has: "8:30am", "5pm", "midday", "midnight"', () => {
    // Intl's twelve-hour clock, "8:30 am", written the kit's way: no space, no ":00".
    const twelve = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hourCycle: 'h12', timeZone: 'UTC' });
    for (let minute = 0; minute <= 24 * 60; minute++) {
      const h = Math.floor(minute / 60);
      const m = minute % 60;
      const time = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
      let expected = twelve.format(new Date(Date.UTC(2000, 0, 1, h % 24, m))).replace(/\s/g, '').replace(':00', '');
      if (m === 0 && h % 24 === 0) expected = 'midnight';
      else if (m === 0 && h === 12) expected = 'midday';
      expect(formatTime(time, 'en-GB'), time).to.equal(expected);
    }
    expect(formatTimeRange('08:30', '17:00', 'en-GB')).to.equal('8:30am to 5pm');
  });

  it('writes lists, counts and whole numbers as Intl does', () => {
    const items = ['email', 'phone', 'post', 'visit', 'webchat', 'letter'];
    for (const type of ['conjunction', 'disjunction'] as const) {
      const intl = new Intl.ListFormat('en-GB', { style: 'long', type });
      for (let n = 0; n <= items.length; n++) expect(formatList(items.slice(0, n), 'en-GB', type), `${type} of ${n}`).to.equal(intl.format(items.slice(0, n)));
    }
    const rules = new Intl.PluralRules('en-GB');
    for (const n of [-1001, -2, -1, -0.5, 0, 0.5, 1, 1.5, 2, 3, 11, 21, 101, 1_000_000, NaN, Infinity]) expect(pluralCategory(n, 'en-GB'), String(n)).to.equal(rules.select(n));
    const numbers = new Intl.NumberFormat('en-GB');
    for (const n of [0, -0, 7, -7, 12, 999, 1000, -1000, 12345, 123456, 1234567, -98765432, Number.MAX_SAFE_INTEGER, 1.5, -2.25, 1e21]) {
      expect(formatNumber(n, 'en-GB'), String(n)).to.equal(numbers.format(n));
    }
  });
});
