/**
 * Polish (pl): "czwartek, 21 stycznia 2027" (months in the genitive inside a
 * date), "do czwartku, 21 stycznia 2027" after "do", 24-hour times "8:30",
 * "17:00". Names from CLDR.
 */
import type { LocaleWords } from './types.js';

const weekdays = ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'];

export const polish: LocaleWords = {
  tag: 'pl',
  months: {
    long: ['styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień'],
    short: ['sty', 'lut', 'mar', 'kwi', 'maj', 'cze', 'lip', 'sie', 'wrz', 'paź', 'lis', 'gru'],
    inDate: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  },
  weekdays: {
    long: weekdays,
    short: ['pon.', 'wt.', 'śr.', 'czw.', 'pt.', 'sob.', 'niedz.'],
    narrow: ['P', 'W', 'Ś', 'C', 'P', 'S', 'N'],
    // "do" takes the genitive.
    afterBy: ['poniedziałku', 'wtorku', 'środy', 'czwartku', 'piątku', 'soboty', 'niedzieli'],
    rangeEnd: weekdays,
  },
  date: ({ weekday, day, month, year }) => `${weekday ? `${weekday}, ` : ''}${day} ${month}${year === undefined ? '' : ` ${year}`}`,
  monthYear: (month, year) => `${month} ${year}`,
  time: (hours, minutes) => `${hours}:${String(minutes).padStart(2, '0')}`,
  range: (from, to) => `${from}–${to}`,
  and: () => 'i',
  or: () => 'lub',
  comma: ', ',
  plural(n) {
    if (!Number.isInteger(n)) return 'other';
    const ones = n % 10;
    const tens = n % 100;
    if (n === 1) return 'one';
    if (ones >= 2 && ones <= 4 && !(tens >= 12 && tens <= 14)) return 'few';
    return 'many';
  },
};
