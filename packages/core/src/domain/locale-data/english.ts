/**
 * English (en) as the kit writes it, GOV.UK style: "Thursday 21 January 2027"
 * (no comma), times "8:30am", "5pm", "midday", "midnight", lists "a, b and
 * c". The same as `Intl` in British English, byte for byte (english.test.ts
 * checks), without building an `Intl` formatter: the first one on a page
 * costs some 80 ms on a slow phone, and English pages are most pages.
 */
import type { LocaleWords } from './types.js';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const english: LocaleWords = {
  tag: 'en',
  months: {
    long: months,
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
    inDate: months,
  },
  weekdays: {
    long: weekdays,
    short: weekdays.map((day) => day.slice(0, 3)),
    narrow: weekdays.map((day) => day[0]),
    afterBy: weekdays,
    rangeEnd: weekdays,
  },
  date: ({ weekday, day, month, year }) => [weekday, day, month, year].filter((part) => part !== undefined).join(' '),
  monthYear: (month, year) => `${month} ${year}`,
  time(hours, minutes) {
    if (minutes === 0 && hours % 24 === 0) return 'midnight';
    if (minutes === 0 && hours === 12) return 'midday';
    return `${hours % 12 || 12}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}${hours < 12 || hours === 24 ? 'am' : 'pm'}`;
  },
  range: (from, to) => `${from} to ${to}`,
  and: () => 'and',
  or: () => 'or',
  comma: ', ',
  plural: (n) => (Math.abs(n) === 1 ? 'one' : 'other'),
};
