// An app that bundles the kit from npm AND uses @lit/localize shares one copy
// of it with the kit. @lit/localize allows one configureLocalization per copy
// (lit#1661), so the kit never calls it: its own msg() looks strings up per
// element. The app may configure @lit/localize before or after a kit element
// appears, and each keeps its own language.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import { CxCharterTimescales } from '@cx-kit/charter-timescales';
import { WELSH } from './welsh.js';

// The app's own msg(), typed plainly so lit-localize's extractor (which finds calls by type) leaves
// the app's string out of the kit's XLIFF; read at each call, as configureLocalization replaces it.
const appMsg = (english: string, options: { id: string }) => (msg as unknown as (english: string, options: { id: string }) => string)(english, options);

customElements.define('shared-charter-timescales', class extends CxCharterTimescales {});

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('an app sharing one @lit/localize with the kit', () => {
  it('configuring after a kit element connected works, and the kit and the app each keep their language', async () => {
    const el = await fixture<CxCharterTimescales & { dueDate: string | null }>(
      html`<div lang="cy"><shared-charter-timescales timescale="foi" received="2026-12-18"></shared-charter-timescales></div>`,
    ).then((box) => box.firstElementChild as CxCharterTimescales & { dueDate: string | null });
    await waitUntil(() => el.dueDate && text(el).includes(WELSH.workingDayQuestion), 'the kit did not render in Welsh', { timeout: 5000 });

    let app: ReturnType<typeof configureLocalization> | undefined;
    expect(() => {
      app = configureLocalization({ sourceLocale: 'en', targetLocales: ['pl'], loadLocale: async () => ({ templates: { 'app-greeting': 'Dzień dobry' } }) });
    }).to.not.throw();
    await app!.setLocale('pl');
    expect(appMsg('Good day', { id: 'app-greeting' })).to.equal('Dzień dobry');

    // The app's locale does not leak into the kit, nor the kit's into the app.
    el.requestUpdate();
    await el.updateComplete;
    expect(text(el)).to.contain(WELSH.workingDayQuestion);
    el.parentElement!.setAttribute('lang', 'en-GB');
    await waitUntil(() => text(el).includes('What counts as a working day?'), 'the kit did not follow lang to English', { timeout: 5000 });
    expect(app!.getLocale()).to.equal('pl');
    expect(appMsg('Good day', { id: 'app-greeting' })).to.equal('Dzień dobry');
  });
});
