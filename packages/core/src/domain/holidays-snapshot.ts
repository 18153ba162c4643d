// GOV.UK's published bank holidays where they differ from the rules, in the kit's compact form
// (see published-holidays.ts). Written by `npm run holidays:update` (scripts/holidays-update.mjs):
// do not edit by hand.
import type { HolidaysSnapshot } from './published-holidays.js';

export const HOLIDAYS_SNAPSHOT: HolidaysSnapshot = {
  source: 'https://www.gov.uk/bank-holidays.json',
  asOf: '2026-02-25',
  firstYear: 2012,
  lastYear: 2028,
  titles: [
    'Spring bank holiday', // a
    'New Year’s Day', // b
    '2nd January', // c
  ],
  exceptions: {
    'england-and-wales': {
      2012: '0604a~',
    },
    scotland: {
      2012: '0604a~',
      2023: '0102b~ 0103c~',
    },
    'northern-ireland': {},
  },
};
