import { expect } from 'chai';
import { FeedError, parseGovukFeed } from '../../src/domain/govuk-feed.js';
import { govukBankHolidays } from './govuk-bank-holidays.js';

/** GOV.UK's document for the snapshot's years, in its own format. */
const govuk = govukBankHolidays();

function problemsOf(input: unknown): string[] {
  try {
    parseGovukFeed(input);
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return (error as FeedError).issues.map((i) => `${i.path}: ${i.message}`);
  }
  return expect.fail('expected a FeedError');
}

const event = (date: string, title = 'A holiday', extra: Record<string, unknown> = {}) => ({ title, date, notes: '', bunting: true, ...extra });

describe('parseGovukFeed', () => {
  it('reads GOV.UK’s document: years per division and their holidays', () => {
    const feed = parseGovukFeed(govuk);
    expect(feed.years['england-and-wales']).to.deep.equal(Array.from({ length: 17 }, (_, i) => 2012 + i));
    expect(feed.holidays('scotland', 2021)!.slice(0, 2)).to.deep.equal([
      { date: '2021-01-01', title: 'New Year’s Day' },
      { date: '2021-01-04', title: '2nd January (substitute day)' },
    ]);
    expect(feed.holidays('northern-ireland', 2030)).to.equal(undefined);
    expect(feed.holidayDays('england-and-wales', 2011)).to.equal(undefined);
  });

  it('sorts events and turns the "Substitute day" note into the title', () => {
    const feed = parseGovukFeed({
      'northern-ireland': { division: 'northern-ireland', events: [event('2026-07-13', 'Battle of the Boyne', { notes: 'Substitute day' }), event('2026-03-17')] },
    });
    expect(feed.holidays('northern-ireland', 2026)).to.deep.equal([
      { date: '2026-03-17', title: 'A holiday' },
      { date: '2026-07-13', title: 'Battle of the Boyne (substitute day)' },
    ]);
    expect(feed.years).to.deep.equal({ 'northern-ireland': [2026] });
  });

  it('needs only title and date; ignores unknown keys and other notes', () => {
    const feed = parseGovukFeed({ extra: 1, scotland: { events: [{ title: ' Trimmed ', date: '2030-01-01', notes: 'Extra bank holiday' }] } });
    expect(feed.holidays('scotland', 2030)).to.deep.equal([{ date: '2030-01-01', title: 'Trimmed' }]);
  });

  it('accepts JSON text, and names invalid JSON', () => {
    expect(parseGovukFeed(JSON.stringify(govuk)).years.scotland).to.have.length(17);
    expect(problemsOf('{"scotland":')[0]).to.match(/^feed: is not valid JSON/);
  });

  it('rejects what is not a feed', () => {
    expect(problemsOf(null)).to.deep.equal(['feed: expected a GOV.UK bank-holidays.json object, got null']);
    expect(problemsOf([])).to.deep.equal(['feed: expected a GOV.UK bank-holidays.json object, got an array']);
    expect(problemsOf({ wales: {} })).to.deep.equal(['feed: has none of the divisions "england-and-wales", "scotland", "northern-ireland"']);
    expect(problemsOf({ scotland: { events: 'none' } })).to.deep.equal(['feed["scotland"].events: expected an array, got a string']);
    expect(problemsOf({ scotland: [] })).to.deep.equal(['feed["scotland"]: expected an object with an "events" array, got an array']);
    expect(problemsOf({ scotland: {} })).to.deep.equal(['feed["scotland"].events: expected an array, got nothing']);
  });

  it('names every bad entry by its path', () => {
    const problems = problemsOf({
      scotland: {
        division: 'wales',
        events: [event('2026-01-01'), 'oops', event('2026-01-02', ''), event('2026-13-01'), event('2026-01-01'), event('2026-03-01', 'x', { notes: 3, bunting: 'yes' })],
      },
      'england-and-wales': { division: 'england-and-wales', events: [{ title: 'No date' }] },
    });
    expect(problems).to.deep.equal([
      'feed["england-and-wales"].events[0].date: undefined is not a date in the form YYYY-MM-DD',
      'feed["scotland"].division: "wales" does not match the key "scotland"',
      'feed["scotland"].events[1]: expected an object, got a string',
      'feed["scotland"].events[2].title: expected a non-empty string, got a string',
      'feed["scotland"].events[3].date: "2026-13-01" is not a real date',
      'feed["scotland"].events[4].date: "2026-01-01" appears more than once',
      'feed["scotland"].events[5].notes: expected a string, got a number',
      'feed["scotland"].events[5].bunting: expected true or false, got a string',
    ]);
  });

  it('summarises long lists in its message', () => {
    const events = Array.from({ length: 8 }, (_, i) => event(`2026-02-3${i % 2}`, `bad ${i}`));
    try {
      parseGovukFeed({ scotland: { events } });
      expect.fail('should throw');
    } catch (error) {
      expect((error as FeedError).message).to.match(/^Invalid GOV.UK bank holidays feed: feed\["scotland"\]\.events\[0\]\.date: "2026-02-30" is not a real date; /);
      expect((error as FeedError).message).to.match(/; and 3 more$/);
      expect((error as FeedError).name).to.equal('FeedError');
    }
  });
});
