/** A snapshot written back out in GOV.UK's bank-holidays.json format, for tests that need a feed. */
import { DIVISIONS, SUBSTITUTE_DAY_SUFFIX } from '../../src/domain/bank-holidays.js';
import { fromDayNumber } from '../../src/domain/iso-date.js';
import { snapshotReader, type HolidaysSnapshot } from '../../src/domain/published-holidays.js';
import type { Division } from '../../src/domain/types.js';

export interface FeedEvent {
  title: string;
  date: string;
  notes: string;
  bunting: boolean;
}

export type Feed = Record<Division, { division: Division; events: FeedEvent[] }>;

export function snapshotAsFeed(snapshot: HolidaysSnapshot): Feed {
  const read = snapshotReader(snapshot);
  const feed = {} as Feed;
  for (const division of DIVISIONS) {
    const events: FeedEvent[] = [];
    for (let year = snapshot.firstYear; year <= snapshot.lastYear; year += 1) {
      for (const { day, title } of read(division, year)!) {
        const substitute = title.endsWith(SUBSTITUTE_DAY_SUFFIX);
        events.push({
          title: substitute ? title.slice(0, -SUBSTITUTE_DAY_SUFFIX.length) : title,
          date: fromDayNumber(day),
          notes: substitute ? 'Substitute day' : '',
          bunting: true,
        });
      }
    }
    feed[division] = { division, events };
  }
  return feed;
}
