import { expect } from 'chai';
import { charterPromises } from '../../src/domain/charter-promises.js';
import { safeParseCharter } from '../../src/domain/charter.js';
import { defaultCharter } from '../../src/domain/default-charter.js';
import { localText } from '../../src/domain/local-text.js';
import { LGSCO, ombudsmanOf, PSOW } from '../../src/domain/ombudsman.js';

/** Every English string in the default charter. */
function englishStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(englishStrings);
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    return Object.entries(record).flatMap(([key, item]) => (key === 'cy' || key === 'pl' || key === 'ur' ? [] : englishStrings(item)));
  }
  return [];
}

describe('the charter’s promises, sentence by sentence (charterPromises)', () => {
  const strings = englishStrings(defaultCharter);

  it('gives each sentence its own id, and a place it is shown or why it is not', () => {
    const ids = charterPromises.map((p) => p.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const promise of charterPromises) {
      expect(promise.shownIn.length > 0 || Boolean(promise.notShown), promise.id).to.equal(true);
      expect(promise.shownIn.length > 0 && Boolean(promise.notShown), promise.id).to.equal(false);
    }
    expect(charterPromises.filter((p) => p.shownIn.length > 0)).to.have.length(26);
    expect(charterPromises).to.have.length(51);
  });

  it('every text a widget must show is in the default charter, so the table cannot drift from it', () => {
    for (const promise of charterPromises) {
      for (const place of promise.shownIn) {
        expect(strings.some((s) => s.includes(place.text)), `${promise.id} in ${place.widget} ${place.state}: "${place.text}"`).to.equal(true);
        if (place.timescale) expect(defaultCharter.timescales.map((t) => t.id), promise.id).to.include(place.timescale);
      }
    }
  });

  it('the promises issue 13 found missing are in the table with their places', () => {
    const places = (id: string) => charterPromises.find((p) => p.id === id)!.shownIn.map((p) => `${p.widget} ${p.state}`);
    expect(places('complaint-if-missed')).to.include.members(['cx-charter-timescales table', 'cx-feedback-form confirmation', 'cx-request-tracker overdue']);
    expect(places('foi-if-missed')).to.include('cx-request-tracker overdue');
    expect(places('social-care')).to.include.members(['cx-charter-timescales table', 'cx-feedback-form confirmation']);
    expect(places('acknowledge-contact')).to.include('cx-charter-timescales table');
    expect(places('call-two-minutes')).to.include('cx-contact-options long-wait');
  });
});

describe('charter fields other widgets build on', () => {
  it('the default charter marks its contact details as examples', () => {
    expect(defaultCharter.exampleContacts).to.equal(true);
    expect(safeParseCharter({ ...defaultCharter, exampleContacts: 'yes' }).ok).to.equal(false);
  });

  it('names the ombudsman: the LGSCO by default, the PSOW for a Welsh council', () => {
    expect(ombudsmanOf(defaultCharter)).to.deep.equal({ name: 'Local Government and Social Care Ombudsman', url: 'https://www.lgo.org.uk' });
    expect(ombudsmanOf({})).to.equal(LGSCO);
    const welsh = safeParseCharter({ ...defaultCharter, ombudsman: PSOW });
    expect(welsh.ok && ombudsmanOf(welsh.charter).name).to.deep.equal({ en: 'Public Services Ombudsman for Wales', cy: 'Ombwdsmon Gwasanaethau Cyhoeddus Cymru' });
    const bad = safeParseCharter({ ...defaultCharter, ombudsman: { name: 'Ombudsman', url: '/ombudsman' } });
    expect(bad.ok ? [] : bad.problems.map((p) => p.path)).to.deep.equal(['ombudsman.url']);
  });

  it('the phone channel offers online and email when the wait is longer than promised; alternatives must be other channels', () => {
    expect(defaultCharter.channels.find((c) => c.id === 'phone')!.alternatives).to.deep.equal(['online', 'email']);
    const channels = defaultCharter.channels.map((c) => (c.id === 'phone' ? { ...c, alternatives: ['phone', 'call-back'] } : c));
    const result = safeParseCharter({ ...defaultCharter, channels });
    expect(result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      'channels[1].alternatives[0]: "phone" is this channel itself: offer another way to contact you (channel "phone")',
      'channels[1].alternatives[1]: "call-back" is not one of the charter\'s channels (choose from: online, phone, email, letter, face-to-face, emergency) (channel "phone")',
    ]);
  });

  it('the complaint timescales promise what happens when they cannot be met, and the social care note is the charter’s', () => {
    expect(localText(defaultCharter.timescales.find((t) => t.id === 'complaint-stage-1')!.ifMissed!, 'en')).to.match(/^If it is not possible for us to meet these timeframes/);
    expect(localText(defaultCharter.feedback.socialCareNote!, 'en')).to.equal("There are different procedures and timescales if your complaint relates to adults or children's social care.");
  });
});
