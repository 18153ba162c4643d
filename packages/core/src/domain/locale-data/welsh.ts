/**
 * Welsh (cy), GOV.UK Welsh style: "dydd Iau 21 Ionawr 2027", times "8:30yb" and
 * "5yh" (y bore, yr hwyr), "hanner dydd", "hanner nos". Names from CLDR.
 */
import type { LocaleWords } from './types.js';

const months = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
const weekdays = ['dydd Llun', 'dydd Mawrth', 'dydd Mercher', 'dydd Iau', 'dydd Gwener', 'dydd Sadwrn', 'dydd Sul'];

/** "a" before a consonant, "ac" before a vowel ("a, b ac Ebrill"). */
const beforeVowel = (next: string) => /^[aeiouwyâêîôûŵŷ]/i.test(next.trim());

export const welsh: LocaleWords = {
  tag: 'cy',
  months: {
    long: months,
    short: ['Ion', 'Chwef', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gorff', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'],
    inDate: months,
  },
  weekdays: {
    long: weekdays,
    short: ['Llun', 'Maw', 'Mer', 'Iau', 'Gwen', 'Sad', 'Sul'],
    narrow: ['Ll', 'M', 'M', 'I', 'G', 'S', 'S'],
    afterBy: weekdays,
    // Soft mutation after "i" (to): dydd → ddydd.
    rangeEnd: weekdays.map((day) => `d${day}`),
  },
  date: ({ weekday, day, month, year }) => [weekday, day, month, year].filter((part) => part !== undefined).join(' '),
  monthYear: (month, year) => `${month} ${year}`,
  time(hours, minutes) {
    if (minutes === 0 && (hours === 0 || hours === 24)) return 'hanner nos';
    if (minutes === 0 && hours === 12) return 'hanner dydd';
    const hour12 = hours % 12 === 0 ? 12 : hours % 12;
    return `${hour12}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}${hours < 12 || hours === 24 ? 'yb' : 'yh'}`;
  },
  range: (from, to) => `${from} i ${to}`,
  and: (next) => (beforeVowel(next) ? 'ac' : 'a'),
  or: () => 'neu',
  comma: ', ',
  plural(n) {
    if (n === 0) return 'zero';
    if (n === 1) return 'one';
    if (n === 2) return 'two';
    if (n === 3) return 'few';
    if (n === 6) return 'many';
    return 'other';
  },
};
