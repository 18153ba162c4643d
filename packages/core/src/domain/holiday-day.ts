/** The form every bank-holiday source (rules, GOV.UK's snapshot, a live feed) gives the calendar. */

/** A holiday as a day number (days since 1970-01-01), the form the calendar works in. */
export interface HolidayDay {
  readonly day: number;
  readonly title: string;
}

/** Appended to a holiday's title on its substitute day (GOV.UK puts "Substitute day" in a separate `notes` field; the kit shows one string). */
export const SUBSTITUTE_DAY_SUFFIX = ' (substitute day)';
