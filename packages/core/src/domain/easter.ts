/**
 * Easter Sunday in the Gregorian calendar, by the "anonymous Gregorian
 * algorithm" (Meeus/Jones/Butcher): pure integer arithmetic, valid for every
 * Gregorian year. Good Friday and Easter Monday hang off it.
 */
import { dayNumberFromParts } from './iso-date.js';

/** Month (3 or 4) and day of Easter Sunday in `year`. */
export function easterSundayParts(year: number): { month: number; day: number } {
  if (!Number.isInteger(year) || year < 1583) throw new RangeError(`Easter is computed for Gregorian years from 1583, not ${year}`);
  const golden = year % 19; // position in the 19-year Metonic cycle
  const century = Math.floor(year / 100);
  const yearOfCentury = year % 100;
  const skippedLeaps = Math.floor(century / 4);
  const centuryRemainder = century % 4;
  const moonCorrection = Math.floor((century + 8) / 25);
  const solarCorrection = Math.floor((century - moonCorrection + 1) / 3);
  // Days from 21 March to the paschal full moon.
  const epact = (19 * golden + century - skippedLeaps - solarCorrection + 15) % 30;
  const leapsInCentury = Math.floor(yearOfCentury / 4);
  const yearRemainder = yearOfCentury % 4;
  // Days from the full moon to the following Sunday.
  const toSunday = (32 + 2 * centuryRemainder + 2 * leapsInCentury - epact - yearRemainder) % 7;
  const exception = Math.floor((golden + 11 * epact + 22 * toSunday) / 451);
  const fromMarch = epact + toSunday - 7 * exception + 114;
  return { month: Math.floor(fromMarch / 31), day: (fromMarch % 31) + 1 };
}

/** Day number (days since 1970-01-01) of Easter Sunday in `year`. */
export function easterSunday(year: number): number {
  const { month, day } = easterSundayParts(year);
  return dayNumberFromParts(year, month, day);
}
