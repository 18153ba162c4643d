// Why an app that bundles the kit from npm AND uses @lit/localize must
// configure @lit/localize before any kit element appears (the README's partner
// guide says so): the two share one copy, and @lit/localize allows one
// configureLocalization per copy (lit#1661). The kit, connecting first,
// configured it; the app's later call throws. The standalone bundles
// (dist/cx-*.js) do not have this problem: host-localize-after.test.ts.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import { CxCharterTimescales } from '@cx-kit/charter-timescales';

customElements.define('shared-charter-timescales', class extends CxCharterTimescales {});

describe('an app sharing one @lit/localize with the kit', () => {
  it('configuring after a kit element connected throws (lit#1661), so the app must configure first', async () => {
    const el = await fixture<CxCharterTimescales & { dueDate: string | null }>(
      html`<shared-charter-timescales timescale="foi" received="2026-12-18"></shared-charter-timescales>`,
    );
    await waitUntil(() => el.dueDate, 'no answer', { timeout: 5000 });
    expect(() => configureLocalization({ sourceLocale: 'en', targetLocales: [], loadLocale: async () => ({ templates: {} }) })).to.throw();
  });
});
