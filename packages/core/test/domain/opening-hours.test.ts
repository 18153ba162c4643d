import { expect } from 'chai';
import fc from 'fast-check';
import { createCalendar } from '../../src/domain/calendar.js';
import { londonInstant } from '../../src/domain/london-time.js';
import { holidayClosing, openingState, parseOpeningRange } from '../../src/domain/opening-hours.js';
import type { LocalMoment, OpeningHours, Weekday } from '../../src/domain/types.js';

const calendar = createCalendar({ division: 'england-and-wales' });
const withClosure = createCalendar({ division: 'england-and-wales', closures: [{ date: '2026-12-29', title: 'Council offices closed' }] });

/** Cheshire East's office hours. */
const office: OpeningHours = {
  weekly: {
    monday: ['08:30-17:00'],
    tuesday: ['08:30-17:00'],
    wednesday: ['08:30-17:00'],
    thursday: ['08:30-17:00'],
    friday: ['08:30-16:30'],
  },
};

const everyDay = (ranges: string[], extra: Partial<OpeningHours> = {}): OpeningHours => ({
  weekly: { monday: ranges, tuesday: ranges, wednesday: ranges, thursday: ranges, friday: ranges, saturday: ranges, sunday: ranges },
  ...extra,
});

const at = (date: string, time: string, weekday: Weekday): LocalMoment => ({ date, time, weekday });

describe('opening-hours', () => {
  describe('office hours', () => {
    it('is open in office hours and says when it closes', () => {
      expect(openingState(office, '2026-11-23T10:00:00Z', calendar)).to.deep.equal({
        open: true,
        always: false,
        closesAt: at('2026-11-23', '17:00', 'monday'),
      });
    });

    it('on a Friday evening opens on Monday at 08:30', () => {
      expect(openingState(office, '2026-11-27T18:00:00Z', calendar)).to.deep.equal({
        open: false,
        always: false,
        opensAt: at('2026-11-30', '08:30', 'monday'),
      });
    });

    it('closes at 16:30 on Fridays', () => {
      expect(openingState(office, '2026-11-27T16:29:00Z', calendar).closesAt).to.deep.equal(at('2026-11-27', '16:30', 'friday'));
      expect(openingState(office, '2026-11-27T16:30:00Z', calendar).open).to.equal(false);
    });

    it('before opening, opens later the same day', () => {
      expect(openingState(office, new Date('2026-11-24T08:29:59Z'), calendar).opensAt).to.deep.equal(at('2026-11-24', '08:30', 'tuesday'));
      expect(openingState(office, new Date('2026-11-24T08:30:00Z'), calendar).open).to.equal(true);
    });

    it('reads the hours in BST in summer, not in UTC', () => {
      // 07:45 UTC is 08:45 in London in July; 16:15 UTC is 17:15.
      expect(openingState(office, '2026-07-01T07:45:00Z', calendar)).to.deep.equal({
        open: true,
        always: false,
        closesAt: at('2026-07-01', '17:00', 'wednesday'),
      });
      expect(openingState(office, '2026-07-01T16:15:00Z', calendar).open).to.equal(false);
      expect(openingState(office, '2026-07-01T16:15:00Z', calendar).opensAt).to.deep.equal(at('2026-07-02', '08:30', 'thursday'));
    });

    it('takes an instant in any offset', () => {
      // 03:45 in New York in July is 08:45 in London.
      expect(openingState(office, '2026-07-01T03:45:00-04:00', calendar).open).to.equal(true);
    });
  });

  describe('clock changes', () => {
    const weekends = everyDay(['08:30-17:00']);

    it('on the spring Sunday (29 March 2026) opens at 08:30 BST, 07:30 UTC', () => {
      expect(openingState(weekends, '2026-03-29T07:15:00Z', calendar)).to.deep.equal({
        open: false,
        always: false,
        opensAt: at('2026-03-29', '08:30', 'sunday'),
      });
      expect(openingState(weekends, '2026-03-29T07:30:00Z', calendar).open).to.equal(true);
      expect(openingState(weekends, '2026-03-29T15:59:00Z', calendar).open).to.equal(true);
      expect(openingState(weekends, '2026-03-29T16:00:00Z', calendar).open).to.equal(false);
    });

    it('the night before the spring change, the next opening is 08:30 BST', () => {
      const state = openingState(weekends, '2026-03-28T23:30:00Z', calendar);
      expect(state.opensAt).to.deep.equal(at('2026-03-29', '08:30', 'sunday'));
      expect(londonInstant(state.opensAt!.date, state.opensAt!.time).toISOString()).to.equal('2026-03-29T07:30:00.000Z');
    });

    it('on the autumn Sunday (25 October 2026) 07:45 UTC is 07:45 GMT, still closed', () => {
      expect(openingState(weekends, '2026-10-25T07:45:00Z', calendar)).to.deep.equal({
        open: false,
        always: false,
        opensAt: at('2026-10-25', '08:30', 'sunday'),
      });
      expect(openingState(weekends, '2026-10-24T07:45:00Z', calendar).open).to.equal(true); // Saturday, still BST
      expect(openingState(weekends, '2026-10-25T16:59:00Z', calendar).open).to.equal(true);
    });

    it('an overnight line runs to 08:00 across the spring change', () => {
      const overnight: OpeningHours = { weekly: { saturday: ['20:00-24:00'], sunday: ['00:00-08:00'] } };
      expect(openingState(overnight, '2026-03-28T21:00:00Z', calendar)).to.deep.equal({
        open: true,
        always: false,
        closesAt: at('2026-03-29', '08:00', 'sunday'),
      });
      expect(openingState(overnight, '2026-03-29T06:59:00Z', calendar).open).to.equal(true); // 07:59 BST
      expect(openingState(overnight, '2026-03-29T07:00:00Z', calendar).open).to.equal(false); // 08:00 BST
    });

    it('an overnight line covers both 01:30s of the autumn change', () => {
      const overnight: OpeningHours = { weekly: { saturday: ['20:00-24:00'], sunday: ['00:00-08:00'] } };
      expect(openingState(overnight, '2026-10-25T00:30:00Z', calendar).open).to.equal(true); // 01:30 BST
      expect(openingState(overnight, '2026-10-25T01:30:00Z', calendar).open).to.equal(true); // 01:30 GMT
      expect(openingState(overnight, '2026-10-25T08:00:00Z', calendar).open).to.equal(false);
    });
  });

  describe('bank holidays and closures', () => {
    it('is shut on Christmas Day and names it', () => {
      expect(openingState(office, '2026-12-25T10:00:00Z', calendar)).to.deep.equal({
        open: false,
        always: false,
        opensAt: at('2026-12-29', '08:30', 'tuesday'), // Monday 28th is Boxing Day (substitute day)
        closedFor: 'Christmas Day',
      });
    });

    it('is shut on Easter Monday (in BST)', () => {
      expect(openingState(office, '2026-04-06T08:00:00Z', calendar)).to.deep.equal({
        open: false,
        always: false,
        opensAt: at('2026-04-07', '08:30', 'tuesday'),
        closedFor: 'Easter Monday',
      });
    });

    it('opens on bank holidays when the hours say so', () => {
      const hospital = everyDay(['08:00-20:00'], { openOnBankHolidays: true });
      expect(openingState(hospital, '2026-04-06T08:00:00Z', calendar).open).to.equal(true);
      expect(openingState(hospital, '2026-12-29T10:00:00Z', withClosure).open).to.equal(false);
      expect(openingState(hospital, '2026-12-29T10:00:00Z', withClosure).closedFor).to.equal('Council offices closed');
    });

    it("is shut on the council's closure days unless openOnClosures", () => {
      expect(openingState(office, '2026-12-24T18:00:00Z', withClosure).opensAt).to.deep.equal(at('2026-12-30', '08:30', 'wednesday'));
      const phones = { ...office, openOnClosures: true };
      expect(openingState(phones, '2026-12-24T18:00:00Z', withClosure).opensAt).to.deep.equal(at('2026-12-29', '08:30', 'tuesday'));
      expect(openingState(phones, '2026-12-25T12:00:00Z', withClosure).closedFor).to.equal('Christmas Day');
    });

    it('does not claim a holiday closed a channel that is never open that weekday', () => {
      const weekendsOnly: OpeningHours = { weekly: { saturday: ['10:00-16:00'] } };
      expect(openingState(weekendsOnly, '2026-12-25T12:00:00Z', calendar)).to.deep.equal({
        open: false,
        always: false,
        opensAt: at('2026-12-26', '10:00', 'saturday'),
      });
    });

    it('holidayClosing names the day that shuts the hours', () => {
      expect(holidayClosing(office, '2026-12-28', calendar)).to.equal('Boxing Day (substitute day)');
      expect(holidayClosing(office, '2026-12-26', calendar)).to.equal(null); // a Saturday: the weekly hours decide
      expect(holidayClosing(office, '2026-12-23', calendar)).to.equal(null);
      expect(holidayClosing({ ...office, openOnBankHolidays: true, openOnClosures: true }, '2026-12-28', calendar)).to.equal(null);
    });
  });

  describe('several ranges a day', () => {
    const lunch: OpeningHours = { weekly: { monday: ['13:30-17:00', '08:30-12:30'] } };

    it('closes for lunch and reopens', () => {
      expect(openingState(lunch, '2026-11-23T12:00:00Z', calendar).closesAt).to.deep.equal(at('2026-11-23', '12:30', 'monday'));
      expect(openingState(lunch, '2026-11-23T12:45:00Z', calendar)).to.deep.equal({
        open: false,
        always: false,
        opensAt: at('2026-11-23', '13:30', 'monday'),
      });
      expect(openingState(lunch, '2026-11-23T17:00:00Z', calendar).opensAt).to.deep.equal(at('2026-11-30', '08:30', 'monday'));
    });

    it('joins ranges that touch or overlap', () => {
      const joined: OpeningHours = { weekly: { monday: ['08:30-12:30', '12:30-15:00', '14:00-17:00'] } };
      expect(openingState(joined, '2026-11-23T12:00:00Z', calendar).closesAt).to.deep.equal(at('2026-11-23', '17:00', 'monday'));
    });

    it('carries an evening range ending 24:00 into the next morning', () => {
      const late: OpeningHours = { weekly: { friday: ['18:00-24:00'], saturday: ['00:00-02:00', '09:00-12:00'] } };
      expect(openingState(late, '2026-11-27T23:00:00Z', calendar).closesAt).to.deep.equal(at('2026-11-28', '02:00', 'saturday'));
      expect(openingState(late, '2026-11-28T03:00:00Z', calendar).opensAt).to.deep.equal(at('2026-11-28', '09:00', 'saturday'));
    });
  });

  describe('round the clock', () => {
    it('undefined hours (online forms) are always open', () => {
      expect(openingState(undefined, '2026-12-25T03:00:00Z', calendar)).to.deep.equal({ open: true, always: true });
    });

    it('always: true is open on Christmas Day too', () => {
      expect(openingState({ always: true }, '2026-12-25T03:00:00Z', calendar)).to.deep.equal({ open: true, always: true });
    });

    it('whole days every day that never close count as always', () => {
      const allDay = everyDay(['00:00-24:00'], { openOnBankHolidays: true, openOnClosures: true });
      expect(openingState(allDay, '2026-11-23T03:00:00Z', calendar)).to.deep.equal({ open: true, always: true });
    });

    it('whole days that shut on bank holidays close at midnight before Christmas Day', () => {
      const allDay = everyDay(['00:00-24:00']);
      expect(openingState(allDay, '2026-12-20T12:00:00Z', calendar)).to.deep.equal({
        open: true,
        always: false,
        closesAt: at('2026-12-25', '00:00', 'friday'),
      });
      expect(openingState(allDay, '2026-12-25T12:00:00Z', calendar).opensAt).to.deep.equal(at('2026-12-26', '00:00', 'saturday'));
    });

    it('hours with no ranges never open', () => {
      expect(openingState({ weekly: {} }, '2026-11-23T12:00:00Z', calendar)).to.deep.equal({ open: false, always: false });
    });
  });

  describe('bad input', () => {
    it('rejects malformed ranges, naming them', () => {
      expect(parseOpeningRange('08:30-17:00')).to.deep.equal([510, 1020]);
      expect(parseOpeningRange('00:00-24:00')).to.deep.equal([0, 1440]);
      expect(() => parseOpeningRange('17:00-08:30')).to.throw(RangeError, '"17:00-08:30"');
      expect(() => parseOpeningRange('8:30-17:00')).to.throw(RangeError);
      expect(() => parseOpeningRange('08:30')).to.throw(RangeError);
      expect(() => parseOpeningRange('24:00-24:00')).to.throw(RangeError);
      expect(() => openingState({ weekly: { monday: ['9-5'] } }, '2026-11-23T12:00:00Z', calendar)).to.throw(RangeError, '"9-5"');
    });

    it('rejects an invalid instant', () => {
      expect(() => openingState(office, 'half past nine', calendar)).to.throw(RangeError);
      expect(() => openingState(office, new Date(Number.NaN), calendar)).to.throw(RangeError);
    });
  });

  describe('agrees with Intl wall-clock time (property)', () => {
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
    const WEEKDAY_KEYS: Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

    /** Open by the oracle: the London wall clock from Intl inside a range, on a day no bank holiday shuts. */
    function openByIntl(hours: OpeningHours, ms: number): boolean {
      const p = Object.fromEntries(intl.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
      const date = `${p.year}-${p.month}-${p.day}`;
      const weekday = String(p.weekday).toLowerCase() as Weekday;
      const minute = Number(p.hour) * 60 + Number(p.minute);
      if (!['saturday', 'sunday'].includes(weekday) && calendar.reasonClosed(date) !== null) return false;
      return (hours.weekly?.[weekday] ?? []).some((r) => {
        const [s, e] = r.split('-').map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3)));
        return s! <= minute && minute < e!;
      });
    }

    // Range ends at 00:00 or on quarter hours from 05:00 to 24:00, away from the 01:00-02:00 hour the clocks skip or repeat.
    const quarter = fc.oneof(fc.constant(0), fc.integer({ min: 20, max: 96 }).map((q) => q * 15));
    const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    const anyRange = fc.tuple(quarter, quarter).filter(([a, b]) => a !== b).map(([a, b]) => `${hhmm(Math.min(a, b))}-${hhmm(Math.max(a, b))}`);
    // Often to or from midnight, so openings that run on overnight are common.
    const quarterToMidnight = fc.integer({ min: 20, max: 95 }).map((q) => q * 15);
    const range = fc.oneof(anyRange, quarterToMidnight.map((m) => `${hhmm(m)}-24:00`), quarterToMidnight.map((m) => `00:00-${hhmm(m)}`));
    const hoursArb = fc
      .array(fc.tuple(fc.constantFrom(...WEEKDAY_KEYS), fc.array(range, { maxLength: 2 })), { maxLength: 7 })
      .map((days): OpeningHours => ({ weekly: Object.fromEntries(days) }));
    // Instants on the minute, weighted towards the clock-change weekends and Christmas.
    const instant = fc.oneof(
      fc.integer({ min: Date.UTC(2020, 0, 1) / 60_000, max: Date.UTC(2030, 0, 1) / 60_000 }),
      fc.integer({ min: Date.UTC(2026, 2, 27) / 60_000, max: Date.UTC(2026, 2, 31) / 60_000 }),
      fc.integer({ min: Date.UTC(2026, 9, 23) / 60_000, max: Date.UTC(2026, 9, 27) / 60_000 }),
      fc.integer({ min: Date.UTC(2026, 11, 23) / 60_000, max: Date.UTC(2026, 11, 30) / 60_000 }),
    ).map((m) => m * 60_000);

    it('open now, and the state flips exactly at closesAt / opensAt', () => {
      fc.assert(
        fc.property(hoursArb, instant, (hours, ms) => {
          const state = openingState(hours, new Date(ms), calendar);
          expect(state.open, new Date(ms).toISOString()).to.equal(openByIntl(hours, ms));
          const change = state.open ? state.closesAt : state.opensAt;
          if (change) {
            const changeMs = londonInstant(change.date, change.time).getTime();
            expect(changeMs).to.be.greaterThan(ms);
            expect(openByIntl(hours, changeMs)).to.equal(!state.open);
            expect(openByIntl(hours, changeMs - 60_000)).to.equal(state.open);
            // Nothing changes in between (checked every half hour).
            for (let t = ms; t < changeMs; t += 30 * 60_000) expect(openByIntl(hours, t)).to.equal(state.open);
          }
        }),
        { numRuns: 300 },
      );
    });
  });
});
