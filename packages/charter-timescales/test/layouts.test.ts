/**
 * Each layout's templates download on their own (one timescale's answer, or
 * the table of every promise): a page gets only the one it shows, a change
 * of layout never flashes "Loading…", and a failed download leaves residents
 * the fallback, not a widget that loads for ever.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CxErrorDetail } from '@cx-kit/core';
import type { CxCharterTimescales } from '../src/index.js';
import { loadViews } from '../src/cx-charter-timescales.js';
import '../../kit/src/entries/cx-charter-timescales.js';

type El = CxCharterTimescales;
const $ = (el: El, selector: string) => el.shadowRoot!.querySelector(selector);

const real = { ...loadViews };
const asked: string[] = [];
before(() => {
  loadViews.answer = () => (asked.push('answer'), real.answer());
  loadViews.table = () => (asked.push('table'), real.table());
});
after(() => Object.assign(loadViews, real));

describe('<cx-charter-timescales>: each layout’s views on demand', () => {
  // First in this page, so neither layout's views have been downloaded yet.
  it('the table downloads only the table’s views; one timescale then brings its own, the table showing until they come', async () => {
    const el = await fixture<El>(html`<cx-charter-timescales now="2026-12-18"></cx-charter-timescales>`);
    await waitUntil(() => $(el, '.cx-table'), 'the table did not show', { timeout: 5000 });
    expect(asked).to.deep.equal(['table']);

    let loadingShown = false;
    const observer = new MutationObserver(() => (loadingShown ||= $(el, '[aria-busy="true"]') !== null));
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    el.timescale = 'foi';
    await el.updateComplete;
    observer.disconnect();
    expect($(el, '.cx-answer'), 'the answer shows').to.not.equal(null);
    expect($(el, '.cx-table'), 'the table has gone').to.equal(null);
    expect(loadingShown, '"Loading…" was shown in between').to.equal(false);
    expect(asked).to.deep.equal(['table', 'answer']);
  });

  it('when its views cannot be downloaded, residents see the fallback and the page hears cx-error', async () => {
    loadViews.answer = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const errors: CxErrorDetail[] = [];
      const el = await fixture<El>(
        html`<cx-charter-timescales now="2026-12-18" timescale="complaint-stage-1" @cx-error=${(e: CustomEvent<CxErrorDetail>) => errors.push(e.detail)}
          ><p>Call us on 0300 123 4567.</p></cx-charter-timescales
        >`,
      );
      await waitUntil(() => $(el, 'slot'), 'the fallback did not show', { timeout: 5000 });
      expect($(el, '[aria-busy="true"]')).to.equal(null);
      expect(errors.map((e) => e.code)).to.deep.equal(['server-error']);
      expect(errors[0]!.message).to.contain('could not be downloaded');
    } finally {
      loadViews.answer = () => (asked.push('answer'), real.answer());
    }
  });
});
