/**
 * Shared domain types. Everything here is plain data: no DOM, no lit, so it
 * runs in Node and in browsers alike.
 */

/** A calendar date in UK time, `YYYY-MM-DD`. Never a `Date` at midnight UTC. */
export type ISODate = string;

/** A wall-clock time in Europe/London, `HH:MM` (24-hour). */
export type LocalTime = string;

/** The three bank-holiday divisions GOV.UK publishes. */
export type Division = 'england-and-wales' | 'scotland' | 'northern-ireland';

/** A division, or the whole UK (a holiday anywhere counts: the FOI Act's reading). */
export type CalendarDivision = Division | 'united-kingdom';

export interface BankHoliday {
  date: ISODate;
  title: string;
}

export interface WorkingCalendar {
  /** The division this calendar counts for. */
  readonly division: CalendarDivision;
  isWorkingDay(date: ISODate): boolean;
  /** The Nth working day strictly after `date` (day 1 is the first working day after it). */
  addWorkingDays(date: ISODate, days: number): ISODate;
  /** Working days in (from, to]: `workingDaysBetween(d, addWorkingDays(d, n)) === n`. Negative when `to` is before `from`. */
  workingDaysBetween(from: ISODate, to: ISODate): number;
  /** Why a date is not a working day: 'Saturday', 'Boxing Day (substitute day)', a closure's title; `null` on a working day. */
  reasonClosed(date: ISODate): string | null;
  /**
   * The bank holidays and closures from `from` to `to` inclusive, in date order: the list behind
   * "What counts as a working day?". Weekends are not listed (every Saturday and Sunday is closed).
   */
  holidaysBetween(from: ISODate, to: ISODate): NonWorkingDay[];
}

/** A named day that is not a working day (a bank holiday or a closure), as `holidaysBetween` lists it. */
export interface NonWorkingDay {
  date: ISODate;
  title: string;
  kind: 'bank-holiday' | 'closure';
  /** For a bank holiday, the divisions it is a bank holiday in (in a 'united-kingdom' calendar it may be fewer than all three). Empty for a closure. */
  divisions: Division[];
}

/** Text an editor writes once, or per language: `{ "en": "Bins", "cy": "Biniau" }`. English is the fallback. */
export type LocalText = string | { en: string; [lang: string]: string };

/**
 * How a charter promise turns into a date. Rules are data so a partner council
 * with other promises changes its charter, not the kit's code.
 */
export type TimescaleRule =
  | {
      kind: 'working-days';
      days: number;
      /** 'council' (the organisation's division plus its closures, the default) or 'united-kingdom' (FOI). */
      calendar?: 'council' | 'united-kingdom';
      /** Count from another timescale's due date (a milestone) instead of receipt, e.g. stage 1 from acknowledgement. */
      from?: string;
    }
  | {
      kind: 'calendar-months';
      months: number;
      /** Move a due date that is not a working day of the council's calendar to the next working day. Default true. */
      nextWorkingDay?: boolean;
      /** The longest the clock may run for complex requests, in months from the same start (SAR: 3). */
      extendedMonths?: number;
      from?: string;
    }
  | {
      /** A promise that is not a date: answering a call within two minutes. */
      kind: 'duration';
      minutes: number;
    };

export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/**
 * Opening hours in Europe/London. Either always open, or ranges per weekday
 * ("08:30-17:00"; several a day allowed; "00:00-24:00" for a whole day).
 * Bank holidays and council closures close the channel unless
 * `openOnBankHolidays` / `openOnClosures` say otherwise.
 */
export interface OpeningHours {
  always?: boolean;
  weekly?: Partial<Record<Weekday, string[]>>;
  openOnBankHolidays?: boolean;
  openOnClosures?: boolean;
}

/** A point on the UK wall clock. */
export interface LocalMoment {
  date: ISODate;
  time: LocalTime;
  weekday: Weekday;
}

export interface OpeningState {
  open: boolean;
  /** Open round the clock: no next change. */
  always: boolean;
  /** When open: when it next closes. */
  closesAt?: LocalMoment;
  /** When closed: when it next opens (undefined when it never does within a year). */
  opensAt?: LocalMoment;
  /** When closed today for a bank holiday or closure, its name. */
  closedFor?: string;
}
