import { expect } from 'chai';
import fc from 'fast-check';
import { InvalidDateError, fromDayNumber, toDayNumber } from '../../src/domain/iso-date.js';
import { epochMs, londonInstant, londonMoment, londonOffsetMinutes, localTimeOfMinutes, minutesOfLocalTime } from '../../src/domain/london-time.js';

/** The independent oracle: the platform's tz database through Intl. */
const intl = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  weekday: 'long',
});

function intlMoment(ms: number) {
  const parts = Object.fromEntries(intl.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    weekday: String(parts.weekday).toLowerCase(),
  };
}

const HOUR = 3_600_000;

describe('london-time', () => {
  describe('londonMoment agrees with Intl (Europe/London) from 1996 to 2037', () => {
    it('every 13 hours', () => {
      const start = Date.UTC(1996, 0, 1);
      const end = Date.UTC(2038, 0, 1);
      let mismatches = 0;
      let first = '';
      for (let ms = start; ms < end; ms += 13 * HOUR + 7 * 60_000) {
        const ours = londonMoment(new Date(ms));
        const theirs = intlMoment(ms);
        if (ours.date !== theirs.date || ours.time !== theirs.time || ours.weekday !== theirs.weekday) {
          mismatches += 1;
          first ||= `${new Date(ms).toISOString()}: ${JSON.stringify(ours)} vs ${JSON.stringify(theirs)}`;
        }
      }
      expect(mismatches, first).to.equal(0);
    });

    it('every quarter hour either side of every clock change', () => {
      for (let year = 1996; year <= 2037; year += 1) {
        for (const month of [2, 9]) {
          // Scan the last 8 days of the month from 00:00 to 03:00 UTC each day.
          for (let day = 24; day <= 31; day += 1) {
            const midnight = Date.UTC(year, month, day);
            for (let ms = midnight; ms <= midnight + 3 * HOUR; ms += 15 * 60_000) {
              const ours = londonMoment(ms);
              const theirs = intlMoment(ms);
              expect(`${ours.date} ${ours.time}`, new Date(ms).toISOString()).to.equal(`${theirs.date} ${theirs.time}`);
            }
          }
        }
      }
    });
  });

  describe('londonMoment', () => {
    it('switches to BST at 01:00 UTC on the last Sunday of March 2026', () => {
      expect(londonMoment('2026-03-29T00:59:00Z')).to.deep.equal({ date: '2026-03-29', time: '00:59', weekday: 'sunday' });
      expect(londonMoment('2026-03-29T01:00:00Z')).to.deep.equal({ date: '2026-03-29', time: '02:00', weekday: 'sunday' });
    });

    it('switches back to GMT at 01:00 UTC on the last Sunday of October 2026', () => {
      expect(londonMoment('2026-10-25T00:59:00Z').time).to.equal('01:59');
      expect(londonMoment('2026-10-25T01:00:00Z').time).to.equal('01:00');
    });

    it('crosses midnight into the next London day in summer', () => {
      expect(londonMoment(new Date('2026-06-30T23:30:00Z'))).to.deep.equal({ date: '2026-07-01', time: '00:30', weekday: 'wednesday' });
    });

    it('drops seconds rather than rounding', () => {
      expect(londonMoment('2026-01-05T08:29:59.999Z').time).to.equal('08:29');
    });

    it('handles instants before 1970', () => {
      expect(londonMoment(Date.UTC(1969, 11, 31, 23, 30))).to.deep.equal({ date: '1969-12-31', time: '23:30', weekday: 'wednesday' });
    });

    it('rejects an invalid instant', () => {
      expect(() => londonMoment(new Date('nonsense'))).to.throw(RangeError, /not a valid instant/);
      expect(() => londonMoment('tomorrow')).to.throw(RangeError);
    });
  });

  describe('londonOffsetMinutes', () => {
    it('is 60 in summer and 0 in winter', () => {
      expect(londonOffsetMinutes(new Date('2027-07-01T12:00:00Z'))).to.equal(60);
      expect(londonOffsetMinutes(new Date('2027-01-01T12:00:00Z'))).to.equal(0);
    });
  });

  describe('londonInstant', () => {
    it('reads a winter time as GMT and a summer time as BST', () => {
      expect(londonInstant('2026-12-18', '08:30').toISOString()).to.equal('2026-12-18T08:30:00.000Z');
      expect(londonInstant('2026-07-01', '08:30').toISOString()).to.equal('2026-07-01T07:30:00.000Z');
    });

    it('reads a time in the spring gap with the GMT offset, an hour later on the new clock', () => {
      expect(londonInstant('2026-03-29', '01:30').toISOString()).to.equal('2026-03-29T01:30:00.000Z');
      expect(londonMoment(londonInstant('2026-03-29', '01:30')).time).to.equal('02:30');
      expect(londonInstant('2026-03-29', '00:59').toISOString()).to.equal('2026-03-29T00:59:00.000Z');
      expect(londonInstant('2026-03-29', '02:00').toISOString()).to.equal('2026-03-29T01:00:00.000Z');
    });

    it('reads a repeated autumn time as the first one (still BST)', () => {
      expect(londonInstant('2026-10-25', '01:30').toISOString()).to.equal('2026-10-25T00:30:00.000Z');
      expect(londonInstant('2026-10-25', '02:00').toISOString()).to.equal('2026-10-25T02:00:00.000Z');
      expect(londonInstant('2026-10-25', '00:59').toISOString()).to.equal('2026-10-24T23:59:00.000Z');
    });

    it('reads 24:00 as the next midnight', () => {
      expect(londonInstant('2026-12-31', '24:00').toISOString()).to.equal(londonInstant('2027-01-01', '00:00').toISOString());
    });

    it('rejects malformed dates and times', () => {
      expect(() => londonInstant('2027-02-29', '09:00')).to.throw(InvalidDateError, /2027-02-29/);
      expect(() => londonInstant('2026-1-5', '09:00')).to.throw(InvalidDateError);
      expect(() => londonInstant('2026-01-05', '9:00')).to.throw(RangeError, /HH:MM/);
      expect(() => londonInstant('2026-01-05', '24:01')).to.throw(RangeError);
      expect(() => londonInstant('2026-01-05', '12:60')).to.throw(RangeError);
    });

    it('round-trips through londonMoment for every time that exists once (property)', () => {
      const instants = fc.integer({ min: Date.UTC(1996, 0, 1) / 60_000, max: Date.UTC(2037, 11, 31) / 60_000 }).map((m) => m * 60_000);
      fc.assert(
        fc.property(instants, (ms) => {
          const moment = londonMoment(ms);
          const back = londonInstant(moment.date, moment.time).getTime();
          // The second 01:xx of an October change maps back to the first, an hour earlier.
          expect(back === ms || back === ms - 3_600_000).to.equal(true);
          if (back !== ms) expect(moment.time.startsWith('01:') && moment.weekday === 'sunday').to.equal(true);
        }),
        { numRuns: 2000 },
      );
    });

    it('agrees with the wall clock Intl shows for the instant it returns (property)', () => {
      const dates = fc.integer({ min: toDayNumber('1996-01-01'), max: toDayNumber('2037-12-31') }).map(fromDayNumber);
      const times = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }));
      fc.assert(
        fc.property(dates, times, (date, [h, m]) => {
          const time = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
          const seen = intlMoment(londonInstant(date, time).getTime());
          const inGap = seen.time !== time;
          if (inGap) {
            // Only the skipped spring hour may move, and then by exactly one hour.
            expect(seen.date).to.equal(date);
            expect(minutesOfLocalTime(seen.time) - minutesOfLocalTime(time)).to.equal(60);
            expect(date.slice(5, 7)).to.equal('03');
          } else {
            expect(seen.date).to.equal(date);
          }
        }),
        { numRuns: 2000 },
      );
    });
  });

  describe('wall-clock times', () => {
    it('reads HH:MM as minutes since midnight and back', () => {
      expect(minutesOfLocalTime('00:00')).to.equal(0);
      expect(minutesOfLocalTime('08:30')).to.equal(510);
      expect(minutesOfLocalTime('24:00')).to.equal(1440);
      expect(localTimeOfMinutes(510)).to.equal('08:30');
      expect(localTimeOfMinutes(1439)).to.equal('23:59');
    });

    it('takes instants as a Date, epoch milliseconds or an ISO string', () => {
      const ms = Date.UTC(2026, 11, 18, 9);
      expect(epochMs(new Date(ms))).to.equal(ms);
      expect(epochMs(ms)).to.equal(ms);
      expect(epochMs('2026-12-18T09:00:00Z')).to.equal(ms);
      expect(() => epochMs(Number.NaN)).to.throw(RangeError);
    });
  });
});
