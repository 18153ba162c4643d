import { expect, html } from '@open-wc/testing';
import type { CxContactOptions } from '../src/index.js';
import { Part, PartsController } from '../src/parts.js';
import { mount, root, unmountAll } from './helpers.js';

const MONDAY_MORNING = '2026-06-01T09:00:00Z';

/** Where the link under the search is, each time the shadow root changes, until `done`. */
function watchOtherFormats(el: CxContactOptions): { tops: { searchReady: boolean; top: number }[]; stop(): void } {
  const tops: { searchReady: boolean; top: number }[] = [];
  const record = () => {
    const link = root(el).querySelector('[part="other-formats"]');
    if (link) tops.push({ searchReady: root(el).querySelector('input[role="combobox"]') !== null, top: link.getBoundingClientRect().top });
  };
  const observer = new MutationObserver(record);
  observer.observe(root(el), { childList: true, subtree: true });
  return { tops, stop: () => observer.disconnect() };
}

// This file runs first in its own page, so the search's part has not been downloaded when the widget first shows.
describe('<cx-contact-options>: parts loaded on demand', () => {
  afterEach(unmountAll);

  it('keeps the search’s space while its part arrives: nothing below it moves', async () => {
    const el = mount<CxContactOptions>(html`<cx-contact-options now=${MONDAY_MORNING}></cx-contact-options>`);
    const watch = watchOtherFormats(el);
    await el.updateComplete;
    watch.stop();
    const before = watch.tops.filter((t) => !t.searchReady);
    const after = watch.tops.filter((t) => t.searchReady);
    expect(before.length, 'the widget showed before the search arrived').to.be.greaterThan(0);
    expect(after.length, 'the search arrived').to.be.greaterThan(0);
    expect(Math.abs(after[after.length - 1].top - before[0].top)).to.be.lessThan(1);
    expect(root(el).querySelector('.cx-search-space')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a part loads once however many widgets want it, and a failed download is tried again', async () => {
    let calls = 0;
    let fail = true;
    const part = new Part(async () => {
      calls++;
      if (fail) throw new TypeError('Failed to fetch dynamically imported module');
      return { answer: 42 };
    });
    let failed = false;
    await part.load().catch(() => (failed = true));
    expect(failed).to.equal(true);
    expect(part.value).to.equal(undefined);
    fail = false;
    const [a, b] = await Promise.all([part.load(), part.load()]);
    expect(a).to.equal(b);
    expect(part.value).to.deep.equal({ answer: 42 });
    expect(calls).to.equal(2);
  });

  it('an optional part that fails is not asked for again until the element is put back', async () => {
    let calls = 0;
    const part = new Part<{ answer: number }>(async () => {
      calls++;
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const failures: boolean[] = [];
    const host = { renderRoot: document.createDocumentFragment(), addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) };
    const parts = new PartsController(host, (_error, optional) => failures.push(optional));
    parts.want(part, true);
    while (await parts.arrived());
    parts.want(part, true);
    while (await parts.arrived());
    expect([calls, failures]).to.deep.equal([1, [true]]);
    parts.hostConnected();
    parts.want(part, true);
    while (await parts.arrived());
    expect([calls, failures]).to.deep.equal([2, [true, true]]);
  });
});
