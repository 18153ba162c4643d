/**
 * The default charter in Welsh, Polish and Urdu (drafts awaiting
 * native-speaker review): every text a resident reads has all three, and a
 * resident finds services in their own language, with or without accents.
 */
import { expect } from 'chai';
import { DEFAULT_CHARTER_LANGUAGES, DEFAULT_CHARTER_TRANSLATION_STATUS } from '../../src/domain/default-charter-language.js';
import { defaultCharter } from '../../src/domain/default-charter.js';
import { resolveLocalText } from '../../src/domain/local-text.js';
import { buildServiceIndex, searchServices } from '../../src/domain/service-search.js';
import type { LocalText } from '../../src/domain/types.js';

/** Every LocalText a resident reads, with where it is. */
function residentTexts(): [string, LocalText][] {
  const texts: [string, LocalText][] = [];
  const { organisation, channels, services, timescales, feedback, privacy, otherFormats } = defaultCharter;
  texts.push(['organisation.referenceFormat.description', organisation.referenceFormat.description]);
  for (const c of channels) {
    texts.push([`channel ${c.id} label`, c.label]);
    if (c.promise) texts.push([`channel ${c.id} promise`, c.promise]);
    if (c.notes) texts.push([`channel ${c.id} notes`, c.notes]);
  }
  for (const s of services) {
    texts.push([`service ${s.id} name`, s.name]);
    if (s.summary) texts.push([`service ${s.id} summary`, s.summary]);
  }
  for (const t of timescales) {
    for (const [field, value] of [['title', t.title], ['description', t.description], ['ifMissed', t.ifMissed]] as const) {
      if (value) texts.push([`timescale ${t.id} ${field}`, value]);
    }
    (t.notes ?? []).forEach((n, i) => texts.push([`timescale ${t.id} notes[${i}]`, n]));
    (t.overdue ?? []).forEach((n, i) => texts.push([`timescale ${t.id} overdue[${i}]`, n]));
  }
  texts.push(['feedback.socialCareNote', feedback.socialCareNote!]);
  texts.push(['feedback.socialCare.adults', feedback.socialCare.adults.text], ['feedback.socialCare.children', feedback.socialCare.children.text]);
  texts.push(['privacy', privacy.text], ['otherFormats', otherFormats!.text]);
  otherFormats!.formats.forEach((f, i) => texts.push([`otherFormats.formats[${i}]`, f]));
  return texts;
}

describe('the default charter in Welsh, Polish and Urdu', () => {
  it('are drafts awaiting native-speaker review, and say so', () => {
    expect(DEFAULT_CHARTER_LANGUAGES).to.deep.equal(['cy', 'pl', 'ur']);
    expect(DEFAULT_CHARTER_TRANSLATION_STATUS).to.deep.equal({ cy: 'draft', pl: 'draft', ur: 'draft' });
  });

  it('every text a resident reads has all three, different from the English', () => {
    const texts = residentTexts();
    expect(texts.length).to.be.greaterThan(190);
    const missing: string[] = [];
    for (const [where, text] of texts) {
      for (const lang of DEFAULT_CHARTER_LANGUAGES) {
        const resolved = resolveLocalText(text, lang);
        // "Online" and "E-mail" are Polish too; everything longer is translated.
        if (resolved.lang !== lang || (resolved.text === resolveLocalText(text, 'en').text && resolved.text.length > 8)) missing.push(`${where} (${lang})`);
      }
    }
    expect(missing).to.deep.equal([]);
  });

  it('Urdu sentences end with the Urdu full stop, not a Latin one', () => {
    const latinStops = residentTexts()
      .map(([where, text]) => [where, resolveLocalText(text, 'ur').text] as const)
      .filter(([, text]) => /[\u0600-\u06FF]/.test(text) && /\.$/.test(text));
    expect(latinStops).to.deep.equal([]);
  });

  it('name the Ombudsman in each language, with its initials, and no English words a reader would meet unmarked', () => {
    const stage2 = defaultCharter.timescales.find((t) => t.id === 'complaint-stage-2')!;
    for (const lang of ['cy', 'pl', 'ur']) expect(resolveLocalText(stage2.overdue![1]!, lang).text).to.contain('(LGSCO)');
    // The words the language audit (test/i18n/lang-audit.ts) reads as English, and Latin phrases in Urdu.
    const english = /\b(?:the|your|you|our|will|is|are|of|and|for|with|from|service|services|request|complaint|feedback)\b/i;
    const found = residentTexts().flatMap(([where, text]) =>
      (['cy', 'pl', 'ur'] as const).flatMap((lang) => {
        const shown = resolveLocalText(text, lang).text;
        const latinPhrase = lang === 'ur' && /[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(shown);
        return english.test(shown) || latinPhrase ? [`${where} (${lang}): ${shown}`] : [];
      }),
    );
    expect(found).to.deep.equal([]);
  });
});

describe('finding a service in the resident’s language', () => {
  const index = buildServiceIndex(defaultCharter.services);
  const top = (query: string, count = 3) => searchServices(index, query, count).map((m) => m.service.id);

  it('Polish "śmieci" and "kosze" (the search hint’s own examples) find the bins services', () => {
    expect(top('śmieci')).to.include('waste-collection');
    expect(top('kosze')[0]).to.equal('waste-collection');
    expect(top('kosze')).to.include.members(['missed-bin']);
  });

  it('ignoring diacritics and case: "smieci" and "SMIECI" find what "śmieci" finds', () => {
    expect(top('smieci')).to.deep.equal(top('śmieci'));
    expect(top('SMIECI')).to.deep.equal(top('śmieci'));
    expect(top('Wywoz smieci')[0]).to.equal('waste-collection');
  });

  it('Welsh "biniau" and Urdu "کوڑا" find the bins services', () => {
    expect(top('biniau').slice(0, 2)).to.have.members(['waste-collection', 'missed-bin']);
    expect(top('کوڑا')).to.include.members(['waste-collection', 'missed-bin']);
  });

  it('English names still match whatever the resident’s language, and translated names match too', () => {
    expect(top('bin collections')[0]).to.equal('waste-collection');
    expect(top('Treth Gyngor')).to.include('council-tax-bill');
    expect(top('skarga')[0]).to.equal('complaints-and-feedback');
  });
});
