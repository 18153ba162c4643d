/** A CLDR plural category (https://cldr.unicode.org/index/cldr-spec/plural-rules). */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** What a date is written from: the names are already in the right case for where the date goes. */
export interface DateParts {
  weekday?: string;
  day: number;
  month: string;
  year?: number;
}

/**
 * The words and patterns one language needs to write dates, times, lists and
 * plurals, so the kit does not depend on the browser having that language's
 * data. Weeks start on Monday: index 0 is Monday, 6 Sunday; months 0..11.
 */
export interface LocaleWords {
  /** The language tag these words are for. */
  tag: string;
  months: {
    /** On their own or with a year: "styczeń 2027" (Polish nominative). */
    long: readonly string[];
    short: readonly string[];
    /** Inside a date, after the day number: "21 stycznia" (Polish genitive); `long` where the language has one form. */
    inDate: readonly string[];
  };
  weekdays: {
    long: readonly string[];
    short: readonly string[];
    narrow: readonly string[];
    /** After the language's word for "by" ("do czwartku": Polish genitive); `long` where nothing changes. */
    afterBy: readonly string[];
    /** As the end of a range ("dydd Llun i ddydd Iau": Welsh soft mutation after "i"); `long` where nothing changes. */
    rangeEnd: readonly string[];
  };
  /** A whole date from its parts: "dydd Iau 21 Ionawr 2027". */
  date(parts: DateParts): string;
  /** A month and year, as a calendar's title: "Ionawr 2027". */
  monthYear(month: string, year: number): string;
  /** A time of day (`hours` 0..24, `minutes` 0..59) as people read it. */
  time(hours: number, minutes: number): string;
  /** "from to to": a range of days or of times. */
  range(from: string, to: string): string;
  /** The word joining the last two items of a list ("a"/"ac" in Welsh, by the next word). */
  and(next: string): string;
  or(next: string): string;
  /** The separator between the other items: ", " (Urdu "، "). */
  comma: string;
  /** The plural category of a whole number (the kit counts days, months and minutes). */
  plural(n: number): PluralCategory;
}
