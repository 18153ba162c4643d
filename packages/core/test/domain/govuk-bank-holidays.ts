/**
 * GOV.UK's bank holidays for 2012 to 2028 (source: https://www.gov.uk/bank-holidays.json,
 * read 2026-02-25), in the kit's own compact form: titles listed once, and per division
 * one string a year of "MMDD" + a title letter (a = titles[0], …) + "~" on a substitute
 * day. The whole list that the kit's snapshot (only where GOV.UK differs from the rules)
 * must give back: the tests compare the two, and read it as a feed (govukBankHolidays).
 */
import type { Division } from '../../src/domain/types.js';

export interface FeedEvent {
  title: string;
  date: string;
  notes: string;
  bunting?: boolean;
}

export type Feed = Record<Division, { division: Division; events: FeedEvent[] }>;

/** The day the list was read. */
export const GOVUK_AS_OF = '2026-02-25';

const FIRST_YEAR = 2012;

const GOVUK_LIST: { titles: readonly string[]; divisions: Record<Division, readonly string[]> } = {
  titles: [
    'New Year’s Day', // a
    'Good Friday', // b
    'Easter Monday', // c
    'Early May bank holiday', // d
    'Spring bank holiday', // e
    'Queen’s Diamond Jubilee', // f
    'Summer bank holiday', // g
    'Christmas Day', // h
    'Boxing Day', // i
    'Early May bank holiday (VE day)', // j
    'Platinum Jubilee bank holiday', // k
    'Bank Holiday for the State Funeral of Queen Elizabeth II', // l
    'Bank holiday for the coronation of King Charles III', // m
    '2nd January', // n
    'St Andrew’s Day', // o
    'World Cup bank holiday', // p
    'St Patrick’s Day', // q
    'Battle of the Boyne (Orangemen’s Day)', // r
  ],
  divisions: {
    'england-and-wales': [
      '0102a~ 0406b 0409c 0507d 0604e~ 0605f 0827g 1225h 1226i', // 2012
      '0101a 0329b 0401c 0506d 0527e 0826g 1225h 1226i', // 2013
      '0101a 0418b 0421c 0505d 0526e 0825g 1225h 1226i', // 2014
      '0101a 0403b 0406c 0504d 0525e 0831g 1225h 1228i~', // 2015
      '0101a 0325b 0328c 0502d 0530e 0829g 1226i 1227h~', // 2016
      '0102a~ 0414b 0417c 0501d 0529e 0828g 1225h 1226i', // 2017
      '0101a 0330b 0402c 0507d 0528e 0827g 1225h 1226i', // 2018
      '0101a 0419b 0422c 0506d 0527e 0826g 1225h 1226i', // 2019
      '0101a 0410b 0413c 0508j 0525e 0831g 1225h 1228i~', // 2020
      '0101a 0402b 0405c 0503d 0531e 0830g 1227h~ 1228i~', // 2021
      '0103a~ 0415b 0418c 0502d 0602e 0603k 0829g 0919l 1226i 1227h~', // 2022
      '0102a~ 0407b 0410c 0501d 0508m 0529e 0828g 1225h 1226i', // 2023
      '0101a 0329b 0401c 0506d 0527e 0826g 1225h 1226i', // 2024
      '0101a 0418b 0421c 0505d 0526e 0825g 1225h 1226i', // 2025
      '0101a 0403b 0406c 0504d 0525e 0831g 1225h 1228i~', // 2026
      '0101a 0326b 0329c 0503d 0531e 0830g 1227h~ 1228i~', // 2027
      '0103a~ 0414b 0417c 0501d 0529e 0828g 1225h 1226i', // 2028
    ],
    scotland: [
      '0102n 0103a~ 0406b 0507d 0604e~ 0605f 0806g 1130o 1225h 1226i', // 2012
      '0101a 0102n 0329b 0506d 0527e 0805g 1202o~ 1225h 1226i', // 2013
      '0101a 0102n 0418b 0505d 0526e 0804g 1201o~ 1225h 1226i', // 2014
      '0101a 0102n 0403b 0504d 0525e 0803g 1130o 1225h 1228i~', // 2015
      '0101a 0104n~ 0325b 0502d 0530e 0801g 1130o 1226i 1227h~', // 2016
      '0102n 0103a~ 0414b 0501d 0529e 0807g 1130o 1225h 1226i', // 2017
      '0101a 0102n 0330b 0507d 0528e 0806g 1130o 1225h 1226i', // 2018
      '0101a 0102n 0419b 0506d 0527e 0805g 1202o~ 1225h 1226i', // 2019
      '0101a 0102n 0410b 0508j 0525e 0803g 1130o 1225h 1228i~', // 2020
      '0101a 0104n~ 0402b 0503d 0531e 0802g 1130o 1227h~ 1228i~', // 2021
      '0103a~ 0104n~ 0415b 0502d 0602e 0603k 0801g 0919l 1130o 1226i 1227h~', // 2022
      '0102a~ 0103n~ 0407b 0501d 0508m 0529e 0807g 1130o 1225h 1226i', // 2023
      '0101a 0102n 0329b 0506d 0527e 0805g 1202o~ 1225h 1226i', // 2024
      '0101a 0102n 0418b 0505d 0526e 0804g 1201o~ 1225h 1226i', // 2025
      '0101a 0102n 0403b 0504d 0525e 0615p 0803g 1130o 1225h 1228i~', // 2026
      '0101a 0104n~ 0326b 0503d 0531e 0802g 1130o 1227h~ 1228i~', // 2027
      '0103a~ 0104n~ 0414b 0501d 0529e 0807g 1130o 1225h 1226i', // 2028
    ],
    'northern-ireland': [
      '0102a~ 0319q~ 0406b 0409c 0507d 0604e 0605f 0712r 0827g 1225h 1226i', // 2012
      '0101a 0318q~ 0329b 0401c 0506d 0527e 0712r 0826g 1225h 1226i', // 2013
      '0101a 0317q 0418b 0421c 0505d 0526e 0714r~ 0825g 1225h 1226i', // 2014
      '0101a 0317q 0403b 0406c 0504d 0525e 0713r~ 0831g 1225h 1228i~', // 2015
      '0101a 0317q 0325b 0328c 0502d 0530e 0712r 0829g 1226i 1227h~', // 2016
      '0102a~ 0317q 0414b 0417c 0501d 0529e 0712r 0828g 1225h 1226i', // 2017
      '0101a 0319q~ 0330b 0402c 0507d 0528e 0712r 0827g 1225h 1226i', // 2018
      '0101a 0318q~ 0419b 0422c 0506d 0527e 0712r 0826g 1225h 1226i', // 2019
      '0101a 0317q 0410b 0413c 0508j 0525e 0713r~ 0831g 1225h 1228i~', // 2020
      '0101a 0317q 0402b 0405c 0503d 0531e 0712r 0830g 1227h~ 1228i~', // 2021
      '0103a~ 0317q 0415b 0418c 0502d 0602e 0603k 0712r 0829g 0919l 1226i 1227h~', // 2022
      '0102a~ 0317q 0407b 0410c 0501d 0508m 0529e 0712r 0828g 1225h 1226i', // 2023
      '0101a 0318q~ 0329b 0401c 0506d 0527e 0712r 0826g 1225h 1226i', // 2024
      '0101a 0317q 0418b 0421c 0505d 0526e 0714r~ 0825g 1225h 1226i', // 2025
      '0101a 0317q 0403b 0406c 0504d 0525e 0713r~ 0831g 1225h 1228i~', // 2026
      '0101a 0317q 0326b 0329c 0503d 0531e 0712r 0830g 1227h~ 1228i~', // 2027
      '0103a~ 0317q 0414b 0417c 0501d 0529e 0712r 0828g 1225h 1226i', // 2028
    ],
  },
};

/** The list in GOV.UK's feed shape (less `bunting`), a fresh copy each call (tests change it). */
export const govukBankHolidays = (): Feed => {
  const feed = {} as Feed;
  for (const [division, years] of Object.entries(GOVUK_LIST.divisions) as [Division, readonly string[]][]) {
    const events = years.flatMap((entries, index) =>
      entries.split(' ').map((entry) => ({
        title: GOVUK_LIST.titles[entry.charCodeAt(4) - 97],
        date: `${FIRST_YEAR + index}-${entry.slice(0, 2)}-${entry.slice(2, 4)}`,
        notes: entry.endsWith('~') ? 'Substitute day' : '',
      })),
    );
    feed[division] = { division, events };
  }
  return feed;
};
