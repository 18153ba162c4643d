/**
 * Bank holidays no rule predicts: extra days and regular holidays moved by
 * royal proclamation (jubilees, weddings, a funeral, a coronation, VE day)
 * and Scotland's World Cup bank holiday of 2026. They are data (each with
 * why it happened in a comment, kept out of the bundle), so that:
 * - the rules (bank-holidays.ts) can apply them in years GOV.UK's snapshot
 *   does not cover (before 2012, and any future one-off declared before the
 *   snapshot is refreshed), and
 * - the test comparing the rules with the snapshot can check that every
 *   difference is one of these, documented.
 * Titles follow GOV.UK's where it has published the year, and its style otherwise.
 */
import type { Division, ISODate } from './types.js';

const ALL: readonly Division[] = ['england-and-wales', 'scotland', 'northern-ireland'];

export interface OneOffHoliday {
  /** The day off. */
  readonly date: ISODate;
  readonly title: string;
  /** Where it was a bank holiday. */
  readonly divisions: readonly Division[];
  /** For a moved holiday: the regular date it replaced, no longer a holiday. */
  readonly replaces?: ISODate;
}

const SPRING = 'Spring bank holiday';
const VE_DAY = 'Early May bank holiday (VE day)';

/** Every one-off since 1970, in date order. */
export const ONE_OFF_HOLIDAYS: readonly OneOffHoliday[] = Object.freeze([
  // Silver Jubilee: spring holiday moved next to the extra day.
  { date: '1977-06-06', title: SPRING, divisions: ALL, replaces: '1977-05-30' },
  // Silver Jubilee.
  { date: '1977-06-07', title: 'Queen’s Silver Jubilee', divisions: ALL },
  // Wedding of the Prince of Wales and Lady Diana Spencer.
  { date: '1981-07-29', title: 'Royal wedding', divisions: ALL },
  // 50th anniversary of VE day: early May moved.
  { date: '1995-05-08', title: VE_DAY, divisions: ALL, replaces: '1995-05-01' },
  // The millennium.
  { date: '1999-12-31', title: 'Millennium celebrations', divisions: ALL },
  // Golden Jubilee.
  { date: '2002-06-03', title: 'Queen’s Golden Jubilee', divisions: ALL },
  // Golden Jubilee: spring holiday moved.
  { date: '2002-06-04', title: SPRING, divisions: ALL, replaces: '2002-05-27' },
  // Wedding of Prince William and Catherine Middleton.
  { date: '2011-04-29', title: 'Royal wedding', divisions: ALL },
  // Diamond Jubilee: spring holiday moved.
  { date: '2012-06-04', title: SPRING, divisions: ALL, replaces: '2012-05-28' },
  // Diamond Jubilee.
  { date: '2012-06-05', title: 'Queen’s Diamond Jubilee', divisions: ALL },
  // 75th anniversary of VE day: early May moved.
  { date: '2020-05-08', title: VE_DAY, divisions: ALL, replaces: '2020-05-04' },
  // Platinum Jubilee: spring holiday moved.
  { date: '2022-06-02', title: SPRING, divisions: ALL, replaces: '2022-05-30' },
  // Platinum Jubilee.
  { date: '2022-06-03', title: 'Platinum Jubilee bank holiday', divisions: ALL },
  // State Funeral of Queen Elizabeth II.
  { date: '2022-09-19', title: 'Bank Holiday for the State Funeral of Queen Elizabeth II', divisions: ALL },
  // Coronation of King Charles III.
  { date: '2023-05-08', title: 'Bank holiday for the coronation of King Charles III', divisions: ALL },
  // Scotland only, for the men's football World Cup (GOV.UK's list, February 2026).
  { date: '2026-06-15', title: 'World Cup bank holiday', divisions: ['scotland'] },
]);
