// The charter's own words (service names, promises, notes) can be written per
// language, `{ "en": "…", "cy": "…" }`: a widget shows the words for its
// nearest `lang`, and English where the charter has none for that language.
import { expect, waitUntil } from '@open-wc/testing';
import { defaultCharter, type Charter } from '@cx-kit/core';
import { defineCxKit, type CxCharterTimescales, type CxContactOptions } from '@cx-kit/kit';
import { place } from '../registration/place.js';

defineCxKit();

const BINS = { en: 'Bin collections', cy: 'Casgliadau biniau' };
const BINS_SUMMARY = { en: 'Find your bin collection day.', cy: 'Dewch o hyd i’ch diwrnod casglu biniau.' };
const FOI = { en: 'Respond to a Freedom of Information request', cy: 'Ymateb i gais Rhyddid Gwybodaeth' };
const PHONE = { en: 'Phone', cy: 'Ffôn' };

/** The default charter with some of its words in Welsh as well as English. */
const bilingual: Charter = {
  ...defaultCharter,
  services: defaultCharter.services.map((s) => (s.id === 'waste-collection' ? { ...s, name: BINS, summary: BINS_SUMMARY } : s)),
  timescales: defaultCharter.timescales.map((t) => (t.id === 'foi' ? { ...t, title: FOI } : t)),
  channels: defaultCharter.channels.map((c) => (c.id === 'phone' ? { ...c, label: PHONE } : c)),
};

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

/** A widget given the bilingual charter by code, inside an element with `lang`. */
function widget<T extends HTMLElement>(markup: string, lang: string): T {
  const template = document.createElement('template');
  template.setHTMLUnsafe(markup);
  const el = document.importNode(template.content.firstElementChild!, true) as T & { charter: unknown };
  el.charter = bilingual;
  place('', { lang }).append(el);
  return el;
}

async function contactOptions(lang: string): Promise<CxContactOptions> {
  const el = widget<CxContactOptions>('<cx-contact-options service="waste-collection" now="2026-12-16T10:00:00Z"></cx-contact-options>', lang);
  await waitUntil(() => el.shadowRoot?.querySelector('h2'), `<cx-contact-options lang="${lang}"> did not render`, { timeout: 5000 });
  return el;
}

describe('charter text per language', () => {
  it('lang="cy": the Welsh service name, summary and channel label', async () => {
    const el = await contactOptions('cy');
    expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal(BINS.cy);
    expect(text(el)).to.contain(BINS_SUMMARY.cy).and.to.contain(PHONE.cy);
    expect(text(el)).to.not.contain(BINS.en);
  });

  it('lang="cy-GB" (a regional tag) finds the Welsh too', async () => {
    const el = await contactOptions('cy-GB');
    expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal(BINS.cy);
  });

  it('lang="pl" with only English and Welsh in the charter: English', async () => {
    const el = await contactOptions('pl');
    expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal(BINS.en);
    expect(text(el)).to.contain(BINS_SUMMARY.en).and.to.not.contain(BINS_SUMMARY.cy);
  });

  it('follows a change of lang live: Welsh, then English for Polish', async () => {
    const el = await contactOptions('cy');
    el.parentElement!.setAttribute('lang', 'pl');
    await waitUntil(() => el.shadowRoot!.querySelector('h2')!.textContent!.trim() === BINS.en, 'the name did not change to English', { timeout: 5000 });
    el.parentElement!.setAttribute('lang', 'cy');
    await waitUntil(() => el.shadowRoot!.querySelector('h2')!.textContent!.trim() === BINS.cy, 'the name did not change back to Welsh', { timeout: 5000 });
  });

  it('timescale titles too: Welsh for cy, English for pl and ur', async () => {
    const titles: Record<string, string> = {};
    for (const lang of ['cy', 'pl', 'ur']) {
      const el = widget<CxCharterTimescales>('<cx-charter-timescales timescale="foi" received="2026-12-18" now="2026-12-18"></cx-charter-timescales>', lang);
      await waitUntil(() => el.shadowRoot?.querySelector('h2'), `lang="${lang}" did not render`, { timeout: 5000 });
      titles[lang] = el.shadowRoot!.querySelector('h2')!.textContent!.trim();
    }
    expect(titles).to.deep.equal({ cy: FOI.cy, pl: FOI.en, ur: FOI.en });
  });
});
