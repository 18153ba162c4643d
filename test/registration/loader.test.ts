// The built loader (dist/cx-kit.js) as a partner's page uses it: one script
// tag with `data-prefix`, widgets' code fetched only when their tag appears,
// and the page no longer observed once every widget has loaded.
import { expect, waitUntil } from '@open-wc/testing';
import { place } from './place.js';

/** The widget files the page has fetched so far (dist/widgets/<name>.js). */
const fetchedWidgets = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.includes('/dist/widgets/'))
    .map((url) => new URL(url).pathname.replace(/^.*\/widgets\//, '').replace(/\.js$/, ''))
    .sort();

describe('the loader with data-prefix', () => {
  let disconnects = 0;
  const disconnect = MutationObserver.prototype.disconnect;

  before(async () => {
    MutationObserver.prototype.disconnect = function (this: MutationObserver) {
      disconnects += 1;
      disconnect.call(this);
    };
    place('<acme-charter-timescales timescale="foi" received="2026-12-18"></acme-charter-timescales>');
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/dist/cx-kit.js';
    script.dataset.prefix = 'acme';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    document.head.append(script);
    await loaded;
  });

  after(() => {
    MutationObserver.prototype.disconnect = disconnect;
  });

  it('defines the prefixed tag on the page and fetches nothing else', async () => {
    await waitUntil(() => customElements.get('acme-charter-timescales'), '<acme-charter-timescales> was never defined');
    const el = document.querySelector('acme-charter-timescales')!;
    await waitUntil(() => (el.shadowRoot?.textContent ?? '').includes('2026'), 'the prefixed element showed no date');
    expect(fetchedWidgets()).to.deep.equal(['charter-timescales']);
    expect(customElements.get('acme-feedback-form')).to.equal(undefined);
    expect(customElements.get('cx-charter-timescales'), 'the cx- name is left for others').to.equal(undefined);
  });

  it('loads a prefixed tag lazily, when a CMS adds it later', async () => {
    expect(fetchedWidgets()).not.to.include('feedback-form');
    place('<acme-feedback-form></acme-feedback-form>');
    await waitUntil(() => customElements.get('acme-feedback-form'), '<acme-feedback-form> was never defined');
    expect(fetchedWidgets()).to.deep.equal(['charter-timescales', 'feedback-form']);
  });

  it('ignores tags without its prefix', async () => {
    place('<cx-request-tracker></cx-request-tracker><other-contact-options></other-contact-options>');
    // The loader's observer runs before this test's next task: by then it would have started a fetch.
    await new Promise((resolve) => setTimeout(resolve));
    expect(fetchedWidgets()).to.deep.equal(['charter-timescales', 'feedback-form']);
    expect(disconnects).to.equal(0);
  });

  it('stops observing the page once every widget has loaded', async () => {
    place('<acme-request-tracker></acme-request-tracker><div><acme-contact-options></acme-contact-options></div>');
    await waitUntil(() => customElements.get('acme-request-tracker') && customElements.get('acme-contact-options'), 'the last two widgets were never defined');
    expect(disconnects).to.equal(1);
  });
});
