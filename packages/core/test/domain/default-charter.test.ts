import { expect } from 'chai';
import { localText } from '../../src/domain/local-text.js';
import { parseCharter, safeParseCharter } from '../../src/domain/charter.js';
import type { Charter } from '../../src/domain/charter-schema.js';
import { defaultCharter, defaultCharterWithoutServices } from '../../src/domain/default-charter.js';
import { charterWithoutServices } from '../../src/domain/default-charter-core.js';
import { cy } from '../../src/domain/default-charter-cy.js';
import { DEFAULT_CHARTER_LANGUAGES, type DefaultCharterLanguage } from '../../src/domain/default-charter-language.js';
import { pl } from '../../src/domain/default-charter-pl.js';
import { cyServices } from '../../src/domain/default-charter-services-cy.js';
import { plServices } from '../../src/domain/default-charter-services-pl.js';
import { urServices } from '../../src/domain/default-charter-services-ur.js';
import { defaultServices } from '../../src/domain/default-charter-services.js';
import { ur } from '../../src/domain/default-charter-ur.js';
import { resolveLocalText } from '../../src/domain/local-text.js';
import type { LocalText } from '../../src/domain/types.js';
import { lgscoCharter } from '../../src/domain/lgsco-charter.js';

const WORDS = { cy, pl, ur };
const SERVICE_WORDS = { cy: cyServices, pl: plServices, ur: urServices };

/** Every string in a value, with where it is. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Ofcom's numbers for drama: 01632 960000 to 960999, and 0808 157 0000 to 0999. */
function isDramaNumber(digits: string): boolean {
  return /^01632960\d{3}$/.test(digits) || /^08081570\d{3}$/.test(digits);
}

function timescale(charter: Charter, id: string) {
  const found = charter.timescales.find((item) => item.id === id);
  if (!found) throw new Error(`no timescale ${id}`);
  return found;
}

for (const [name, charter] of [
  ['defaultCharter', defaultCharter],
  ['lgscoCharter', lgscoCharter],
] as const) {
  describe(`${name}: data a council can publish`, () => {
    it('parses, unchanged by parsing', () => {
      const result = safeParseCharter(charter);
      expect(result.ok ? [] : result.problems).to.deep.equal([]);
      expect(parseCharter(charter)).to.deep.equal(charter);
    });

    it('survives a round trip through JSON text', () => {
      expect(parseCharter(JSON.stringify(charter))).to.deep.equal(charter);
    });

    it('uses only phone numbers from the ranges Ofcom keeps for drama', () => {
      const dialled = strings(charter).flatMap(([path, text]) =>
        [...text.matchAll(/(?:\+44|0)[\d ]{9,}\d/g)].map((match) => [path, match[0].replace(/\D/g, '')] as const),
      );
      expect(dialled.length).to.be.greaterThan(2);
      for (const [path, digits] of dialled) expect(isDramaNumber(digits), `${path}: ${digits}`).to.equal(true);
      // And every phone field was seen by the scan above.
      const phoneFields = strings(charter).filter(([path]) => /\.phone$/.test(path));
      for (const [path, value] of phoneFields) expect(isDramaNumber(value.replace(/\D/g, '')), path).to.equal(true);
    });

    it('uses only reserved example email addresses', () => {
      const emails = strings(charter).filter(([, text]) => text.includes('@'));
      expect(emails.length).to.be.greaterThan(0);
      for (const [path, email] of emails) expect(email, path).to.match(/@([a-z0-9-]+\.)*example\.org$/);
    });

    it('gives every service keywords and at least one way to reach it besides online', () => {
      for (const service of charter.services) {
        expect(service.keywords.length, service.id).to.be.greaterThan(2);
        expect(service.channels.filter((id) => id !== 'online').length, service.id).to.be.greaterThan(0);
      }
    });

    it('routes social care services to the emergency channel', () => {
      const socialCare = charter.services.filter((service) => service.id.endsWith('social-care'));
      expect(socialCare.map((service) => service.socialCare)).to.have.members(['adults', 'children']);
      for (const service of socialCare) expect(service.channels, service.id).to.include('emergency');
    });

    it('keeps an emergency line open round the clock', () => {
      const emergency = charter.channels.find((channel) => channel.kind === 'emergency');
      expect(emergency?.hours?.always).to.equal(true);
      expect(emergency?.phone).to.be.a('string');
    });

    it('keeps the promises every widget looks up by id', () => {
      const ids = charter.timescales.map((item) => item.id);
      expect(ids).to.include.members(['complaint-acknowledgement', 'complaint-stage-1', 'complaint-stage-2', 'foi', 'sar', 'letter-more-information', 'call-answer']);
      expect(timescale(charter, 'foi').rule).to.deep.equal({ kind: 'working-days', days: 20, calendar: 'united-kingdom' });
      expect(timescale(charter, 'sar').rule).to.deep.equal({ kind: 'calendar-months', months: 1, nextWorkingDay: true, extendedMonths: 3 });
      expect(timescale(charter, 'letter-more-information').rule).to.include({ kind: 'working-days', days: 8 });
      expect(timescale(charter, 'call-answer').rule).to.deep.equal({ kind: 'duration', minutes: 2 });
    });
  });
}

describe("defaultCharter: Cheshire East's charter", () => {
  it('is for England and Wales, with no closures of its own', () => {
    expect(defaultCharter.organisation.division).to.equal('england-and-wales');
    expect(defaultCharter.organisation.closures).to.deep.equal([]);
    expect(defaultCharter.organisation.website).to.equal('https://www.cheshireeast.gov.uk');
  });

  it('has the seven timescales in reading order, with the charter\'s rules', () => {
    expect(defaultCharter.timescales.map((item) => item.id)).to.deep.equal([
      'call-answer',
      'complaint-acknowledgement',
      'complaint-stage-1',
      'complaint-stage-2',
      'foi',
      'sar',
      'letter-more-information',
    ]);
    expect(timescale(defaultCharter, 'complaint-acknowledgement').rule).to.deep.equal({ kind: 'working-days', days: 3, calendar: 'council' });
    expect(timescale(defaultCharter, 'complaint-stage-1').rule).to.deep.equal({ kind: 'working-days', days: 10, calendar: 'council' });
    expect(timescale(defaultCharter, 'complaint-stage-2').rule).to.deep.equal({ kind: 'working-days', days: 20, calendar: 'council' });
  });

  it('explains every promise, what the law adds, and what to do when it is late', () => {
    for (const item of defaultCharter.timescales) {
      expect(localText(item.description, 'en'), item.id).to.be.a('string').and.not.equal('');
      expect(item.notes?.length, item.id).to.be.greaterThan(0);
      expect(item.overdue?.length, item.id).to.be.greaterThan(0);
    }
    const notes = (id: string) => (timescale(defaultCharter, id).notes ?? []).map((n) => localText(n, 'en')).join(' ');
    expect(notes('sar')).to.contain('verified your identity').and.contain('two further months');
    expect(localText(defaultCharter.feedback.socialCareNote!, 'en')).to.contain('adults or children').and.contain('social care');
    for (const id of ['complaint-acknowledgement', 'complaint-stage-1', 'complaint-stage-2', 'foi', 'sar']) {
      expect(localText(timescale(defaultCharter, id).ifMissed!, 'en'), id).to.match(/^If (it|this) is not possible/);
    }
    expect(notes('foi')).to.contain('any part of the UK');
    const overdue = (id: string) => (timescale(defaultCharter, id).overdue ?? []).map((n) => localText(n, 'en')).join(' ');
    expect(overdue('complaint-stage-2')).to.contain('Ombudsman');
    expect(overdue('foi')).to.contain('internal review');
  });

  it('lists at least 40 services with the ids widgets and tests rely on', () => {
    expect(defaultCharter.services.length).to.be.at.least(40);
    const ids = defaultCharter.services.map((service) => service.id);
    expect(ids).to.include.members(['waste-collection', 'roads-and-potholes', 'adults-social-care', 'childrens-social-care', 'licensing']);
    const byId = (id: string) => defaultCharter.services.find((service) => service.id === id);
    expect(byId('roads-and-potholes')?.keywords).to.include('pothole');
    expect(byId('adults-social-care')?.socialCare).to.equal('adults');
    expect(byId('childrens-social-care')?.socialCare).to.equal('children');
  });

  it('finds the services residents most often ask for by the words they use', () => {
    const find = (word: string) =>
      defaultCharter.services.filter((service) => service.keywords.some((keyword) => keyword.toLowerCase() === word));
    for (const word of ['bin', 'pothole', 'council tax', 'blue badge', 'planning', 'library', 'homeless', 'fly tipping', 'noise', 'register to vote', 'flooding', 'footpath', 'cemetery']) {
      expect(find(word).length, word).to.be.greaterThan(0);
    }
  });

  it('offers the phone line in office hours with its two-minute promise', () => {
    const phone = defaultCharter.channels.find((channel) => channel.id === 'phone');
    expect(phone?.timescale).to.equal('call-answer');
    expect(phone?.hours?.weekly?.monday).to.deep.equal(['08:30-17:00']);
    expect(phone?.hours?.weekly?.friday).to.deep.equal(['08:30-16:30']);
    expect(phone?.hours?.weekly?.saturday).to.equal(undefined);
  });

  it('marks its postal address as an example', () => {
    const letter = defaultCharter.channels.find((channel) => channel.kind === 'letter');
    expect(letter?.address?.join(' ')).to.contain('example address');
  });

  it('checks references against CEC- and two groups of four digits, and still the six digits of older ones', () => {
    const { pattern, example } = defaultCharter.organisation.referenceFormat;
    expect(example).to.match(/^CEC-\d{4}-\d{4}$/);
    for (const reference of [example, 'CEC-123456']) expect(new RegExp(pattern).test(reference), reference).to.equal(true);
    for (const reference of ['CEC-12345', 'CEC-12345678', 'CEC-1234-567', 'CEC-123456-7890']) expect(new RegExp(pattern).test(reference), reference).to.equal(false);
  });
});

describe('lgscoCharter: the Complaint Handling Code preset', () => {
  it('is an example organisation', () => {
    expect(lgscoCharter.organisation.name).to.equal('Example Borough Council');
    expect(lgscoCharter.services.length).to.be.at.least(10);
  });

  it('acknowledges in 5 working days and answers stage 1 in 10 working days from the acknowledgement', () => {
    expect(timescale(lgscoCharter, 'complaint-acknowledgement').rule).to.deep.equal({ kind: 'working-days', days: 5, calendar: 'council' });
    expect(timescale(lgscoCharter, 'complaint-stage-1').rule).to.deep.equal({
      kind: 'working-days',
      days: 10,
      calendar: 'council',
      from: 'complaint-acknowledgement',
    });
  });

  it('answers stage 2 in 20 working days from acknowledging the escalation request', () => {
    expect(timescale(lgscoCharter, 'complaint-stage-2').rule).to.deep.equal({
      kind: 'working-days',
      days: 20,
      calendar: 'council',
      from: 'complaint-stage-2-acknowledgement',
    });
    expect(timescale(lgscoCharter, 'complaint-stage-2-acknowledgement').rule).to.deep.equal({ kind: 'working-days', days: 5, calendar: 'council' });
  });
});

describe('the default charter, split so a widget loads only what it shows', () => {
  it('without services is the same charter with an empty service list, and still valid', () => {
    expect(defaultCharterWithoutServices.services).to.deep.equal([]);
    expect({ ...defaultCharterWithoutServices, services: defaultCharter.services }).to.deep.equal(defaultCharter);
    expect(safeParseCharter(defaultCharterWithoutServices).ok).to.equal(true);
  });

  /** `charter` as a reader of `lang` sees it: each text resolved (words and their language), the search words aside. */
  const seenIn = (charter: Charter, lang: string): unknown =>
    JSON.parse(JSON.stringify({ ...charter, services: charter.services.map(({ keywords: _, ...s }) => s) }), (_key, value: unknown) =>
      value && typeof value === 'object' && typeof (value as { en?: unknown }).en === 'string' ? resolveLocalText(value as LocalText, lang) : value,
    );
  const built = (langs: readonly DefaultCharterLanguage[]): Charter => ({
    ...charterWithoutServices(Object.fromEntries(langs.map((lang) => [lang, WORDS[lang]]))),
    services: defaultServices(Object.fromEntries(langs.map((lang) => [lang, SERVICE_WORDS[lang]]))),
  });

  it('in English alone has English text only, read as the whole charter reads in English', () => {
    const english = built([]);
    expect(JSON.stringify(english)).to.not.match(/"(?:cy|pl|ur)":/);
    expect(seenIn(english, 'en-GB')).to.deep.equal(seenIn(defaultCharter, 'en-GB'));
    english.services.forEach((s, i) =>
      expect([...s.keywords, ...DEFAULT_CHARTER_LANGUAGES.flatMap((lang) => SERVICE_WORDS[lang][s.id][2])]).to.deep.equal(defaultCharter.services[i].keywords),
    );
  });

  for (const lang of DEFAULT_CHARTER_LANGUAGES) {
    it(`in English and ${lang} reads in both as the whole charter does, and finds services by their ${lang} words`, () => {
      const charter = built([lang]);
      expect(JSON.stringify(charter)).to.not.match(new RegExp(`"(?:${DEFAULT_CHARTER_LANGUAGES.filter((l) => l !== lang).join('|')})":`));
      for (const reader of ['en-GB', lang, `${lang}-GB`]) expect(seenIn(charter, reader), reader).to.deep.equal(seenIn(defaultCharter, reader));
      charter.services.forEach((s, i) => expect(s.keywords).to.deep.equal([...built([]).services[i].keywords, ...SERVICE_WORDS[lang][s.id][2]]));
    });
  }

  it('in every language is the whole default charter', () => {
    expect(built([...DEFAULT_CHARTER_LANGUAGES])).to.deep.equal(defaultCharter);
  });
});
