/**
 * The one-off bank holidays and moved bank holidays the UK has declared by
 * royal proclamation since 1970. Rules cannot predict these, so they are data.
 * Every entry applied in all three divisions (England and Wales, Scotland,
 * Northern Ireland); titles follow GOV.UK's where GOV.UK has published the
 * year, and its style otherwise.
 */

/** The regular holidays a proclamation can move to another day. */
export type MovableHoliday = 'early-may' | 'spring';

export interface Proclamation {
  /** Regular holidays moved that year: the holiday, its new month (1-12) and day, and its title if that changed too. */
  readonly moves: readonly { holiday: MovableHoliday; month: number; day: number; title?: string }[];
  /** Extra bank holidays that year. */
  readonly extras: readonly { month: number; day: number; title: string }[];
}

const VE_DAY_TITLE = 'Early May bank holiday (VE day)';

/** Proclamations by year. */
export const PROCLAMATIONS: Readonly<Record<number, Proclamation>> = Object.freeze({
  // Silver Jubilee: the spring holiday moved from 30 May to 6 June, next to the extra day.
  1977: { moves: [{ holiday: 'spring', month: 6, day: 6 }], extras: [{ month: 6, day: 7, title: 'Queen’s Silver Jubilee' }] },
  // Wedding of the Prince of Wales and Lady Diana Spencer.
  1981: { moves: [], extras: [{ month: 7, day: 29, title: 'Royal wedding' }] },
  // 50th anniversary of VE day: early May moved from 1 May to Monday 8 May.
  1995: { moves: [{ holiday: 'early-may', month: 5, day: 8, title: VE_DAY_TITLE }], extras: [] },
  1999: { moves: [], extras: [{ month: 12, day: 31, title: 'Millennium celebrations' }] },
  // Golden Jubilee: spring holiday moved from 27 May to Tuesday 4 June; Monday 3 June extra.
  2002: { moves: [{ holiday: 'spring', month: 6, day: 4 }], extras: [{ month: 6, day: 3, title: 'Queen’s Golden Jubilee' }] },
  // Wedding of Prince William and Catherine Middleton.
  2011: { moves: [], extras: [{ month: 4, day: 29, title: 'Royal wedding' }] },
  // Diamond Jubilee: spring holiday moved from 28 May to Monday 4 June; Tuesday 5 June extra.
  2012: { moves: [{ holiday: 'spring', month: 6, day: 4 }], extras: [{ month: 6, day: 5, title: 'Queen’s Diamond Jubilee' }] },
  // 75th anniversary of VE day: early May moved from 4 May to Friday 8 May.
  2020: { moves: [{ holiday: 'early-may', month: 5, day: 8, title: VE_DAY_TITLE }], extras: [] },
  // Platinum Jubilee: spring holiday moved from 30 May to Thursday 2 June; Friday 3 June extra.
  // Then the State Funeral of Queen Elizabeth II on Monday 19 September.
  2022: {
    moves: [{ holiday: 'spring', month: 6, day: 2 }],
    extras: [
      { month: 6, day: 3, title: 'Platinum Jubilee bank holiday' },
      { month: 9, day: 19, title: 'Bank Holiday for the State Funeral of Queen Elizabeth II' },
    ],
  },
  2023: { moves: [], extras: [{ month: 5, day: 8, title: 'Bank holiday for the coronation of King Charles III' }] },
});
