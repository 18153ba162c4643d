// The kit loads first (the built dist/cx-*.js, which `npm test` builds before
// the browser tests), and the host page configures its own @lit/localize
// afterwards, as a late-loading app does. The standalone bundles carry their
// own copy of @lit/localize, so the host's call does not throw.
import { expect, waitUntil } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';

// The host's own msg(), typed plainly so lit-localize's extractor (which finds calls by type) leaves
// the host's string out of the kit's XLIFF; read at each call, as configureLocalization replaces it.
const hostMsg = (english: string, options: { id: string }) => (msg as unknown as (english: string, options: { id: string }) => string)(english, options);
import { importDist } from '../registration/copy-of-dist.js';
import { place } from '../registration/place.js';
import { WELSH } from './welsh.js';

type Timescales = HTMLElement & { dueDate: string | null };
const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('the kit loaded first, then the host configures @lit/localize', () => {
  it('the host’s configureLocalization does not throw, and both localize on their own', async () => {
    const box = place('<cx-charter-timescales timescale="foi" received="2026-12-18"></cx-charter-timescales>', { lang: 'cy' });
    await importDist('cx-charter-timescales.js');
    const el = box.firstElementChild as Timescales;
    await waitUntil(() => text(el).includes(WELSH.workingDayQuestion), 'the kit’s text did not turn Welsh', { timeout: 5000 });

    let host: ReturnType<typeof configureLocalization> | undefined;
    expect(() => {
      host = configureLocalization({
        sourceLocale: 'en',
        targetLocales: ['pl'],
        loadLocale: async () => ({ templates: { 'host-greeting': 'Dzień dobry' } }),
      });
    }).to.not.throw();
    await host!.setLocale('pl');
    expect(hostMsg('Good day', { id: 'host-greeting' })).to.equal('Dzień dobry');
    expect(text(el), 'the kit stays Welsh').to.contain(WELSH.workingDayQuestion);

    // The kit still follows lang live, and the host's locale is left alone.
    box.setAttribute('lang', 'en-GB');
    await waitUntil(() => text(el).includes('What counts as a working day?'), 'the kit did not follow lang back to English', { timeout: 5000 });
    expect(host!.getLocale()).to.equal('pl');
    expect(hostMsg('Good day', { id: 'host-greeting' })).to.equal('Dzień dobry');
  });
});
