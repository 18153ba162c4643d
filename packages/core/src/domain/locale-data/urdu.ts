/**
 * Urdu (ur): "جمعرات، 21 جنوری، 2027" (CLDR's pattern and names), lists with
 * "اور" and "یا", ranges with "تا". Times on the 24-hour clock ("8:30",
 * "17:00"): CLDR's Urdu writes Latin "AM"/"PM", which Urdu readers do not use,
 * and the 24-hour clock needs no words for the time of day to be got right
 * (a draft decision, for a native speaker to review).
 */
import type { LocaleWords } from './types.js';

const months = ['جنوری', 'فروری', 'مارچ', 'اپریل', 'مئی', 'جون', 'جولائی', 'اگست', 'ستمبر', 'اکتوبر', 'نومبر', 'دسمبر'];
const weekdays = ['پیر', 'منگل', 'بدھ', 'جمعرات', 'جمعہ', 'ہفتہ', 'اتوار'];

export const urdu: LocaleWords = {
  tag: 'ur',
  months: { long: months, short: months, inDate: months },
  // Urdu has no abbreviated day names: the calendar's column heads use the whole name.
  weekdays: { long: weekdays, short: weekdays, narrow: weekdays, afterBy: weekdays, rangeEnd: weekdays },
  date: ({ weekday, day, month, year }) => `${weekday ? `${weekday}، ` : ''}${day} ${month}${year === undefined ? '' : `، ${year}`}`,
  monthYear: (month, year) => `${month} ${year}`,
  time: (hours, minutes) => `${hours}:${String(minutes).padStart(2, '0')}`,
  range: (from, to) => `${from} تا ${to}`,
  and: () => 'اور',
  or: () => 'یا',
  comma: '، ',
  plural: (n) => (n === 1 ? 'one' : 'other'),
};
