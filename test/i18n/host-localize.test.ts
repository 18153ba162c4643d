// A host page (or app) that uses @lit/localize itself configures it BEFORE
// the kit loads. @lit/localize's configureLocalization is a page-wide
// singleton that throws when called twice (lit#1661); the kit must not clash.
//
// - The built kit (dist/cx-*.js, built by `npm test` before the browser tests)
//   bundles its own copy of @lit/localize: it configures that copy, follows
//   `lang` on its own, and never touches the host's.
// - An app that bundles the kit from npm shares the host's copy of
//   @lit/localize, and that is fine too: the kit never configures it (its own
//   msg() looks strings up per element), so it renders in its own language and
//   the host's locale and strings stay the host's.
import { expect, waitUntil } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';

// The host's own msg(), typed plainly so lit-localize's extractor (which finds calls by type) leaves
// the host's string out of the kit's XLIFF; read at each call, as configureLocalization replaces it.
const hostMsg = (english: string, options: { id: string }) => (msg as unknown as (english: string, options: { id: string }) => string)(english, options);
import { defaultCharter, dueDateFor } from '@cx-kit/core';
import { importDist } from '../registration/copy-of-dist.js';
import { place } from '../registration/place.js';
import { WELSH } from './welsh.js';

// The host's own localization, configured first, as a host app does at start-up.
const host = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['de'],
  loadLocale: async () => ({ templates: { 'host-greeting': 'Guten Tag' } }),
});
await host.setLocale('de');

type Timescales = HTMLElement & { dueDate: string | null };
const hostGreeting = () => hostMsg('Good day', { id: 'host-greeting' });
const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('a host page that configured @lit/localize before the kit loaded', () => {
  it('the built kit loads, renders and follows lang="cy", and the host keeps its own locale and strings', async () => {
    const box = place('<cx-charter-timescales timescale="foi" received="2026-12-18"></cx-charter-timescales>', { lang: 'cy' });
    await importDist('cx-charter-timescales.js');
    const el = box.firstElementChild as Timescales;
    await waitUntil(() => el.dueDate, 'the kit rendered no answer', { timeout: 5000 });
    expect(el.dueDate).to.equal(dueDateFor(defaultCharter, 'foi', '2026-12-18'));
    await waitUntil(() => text(el).includes(WELSH.workingDayQuestion), 'the kit’s text did not turn Welsh', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).to.equal('cy');

    expect(host.getLocale()).to.equal('de');
    expect(hostGreeting()).to.equal('Guten Tag');
  });

  it('the host changing its own locale leaves the kit’s text alone', async () => {
    const box = place('<cx-charter-timescales timescale="foi" received="2026-12-18"></cx-charter-timescales>', { lang: 'cy' });
    const el = box.firstElementChild as Timescales;
    await waitUntil(() => text(el).includes(WELSH.workingDayQuestion), 'no Welsh', { timeout: 5000 });
    await host.setLocale('en');
    expect(hostGreeting()).to.equal('Good day');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(text(el)).to.contain(WELSH.workingDayQuestion);
    await host.setLocale('de');
    expect(hostGreeting()).to.equal('Guten Tag');
  });

  it('the kit bundled from npm (sharing the host’s copy) renders in its own language and leaves the host alone', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      const { defineCxKit } = await import('@cx-kit/kit');
      defineCxKit({ prefix: 'app', only: ['charter-timescales'] });
      const box = place('<app-charter-timescales timescale="foi" received="2026-12-18"></app-charter-timescales>', { lang: 'cy' });
      const el = box.firstElementChild as Timescales;
      await waitUntil(() => el.dueDate && text(el).includes(WELSH.workingDayQuestion), 'the npm kit did not render in Welsh', { timeout: 5000 });
      expect(el.dueDate).to.equal(dueDateFor(defaultCharter, 'foi', '2026-12-18'));
      const wrapper = Array.from(el.shadowRoot!.children).find((child) => child.matches('div[lang]'))!;
      expect(wrapper.getAttribute('lang')).to.equal('cy');
    } finally {
      console.warn = original;
    }
    expect(warnings.filter((w) => w.includes('@lit/localize')), 'no warning about the host’s @lit/localize').to.have.length(0);
    expect(host.getLocale(), 'the kit did not change the host’s locale').to.equal('de');
    expect(hostGreeting()).to.equal('Guten Tag');
  });
});
