// The first download is the form: what shows a found request (the lookup
// session, its views, dates and API clients) loads when the form is first
// used or a lookup starts. While it loads a skeleton holds the place; if it
// cannot load, the resident gets the charter's phone and email, as for a
// failed lookup, and can try again.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { CxRequestTracker } from '../src/cx-request-tracker.js';
import { lookupChunks } from '../src/chunks.js';
import '../../kit/src/entries/cx-request-tracker.js';
import { cxStatus, goOffline, json, stubFetch, text } from './helpers.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const real = { ...lookupChunks };
// The first form of a page waits for its chunk and the default charter: a cold browser may take a while.
const formReady = (el: Element) => waitUntil(() => $(el, 'form'), 'no form', { timeout: 5000 });
const notLoaded = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

function fill(el: CxRequestTracker, reference: string, verifier: string) {
  for (const [id, value] of [
    ['#cx-reference', reference],
    ['#cx-verifier', verifier],
  ]) {
    const input = $(el, id) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
}

async function submit(el: CxRequestTracker) {
  await el.updateComplete;
  (el.shadowRoot!.querySelector('form') as HTMLFormElement).requestSubmit();
}

/** A lookup whose code does not load: the `cx-error` code, with the failure on screen. */
async function failedLookUp() {
  const el = await fixture<CxRequestTracker>(html`<cx-request-tracker api="/api"></cx-request-tracker>`);
  await formReady(el);
  fill(el, 'CEC-123456', 'CW1 2AB');
  const errored = oneEvent(el, 'cx-error');
  await submit(el);
  const { code } = (await errored).detail;
  await waitUntil(() => $(el, '.cx-failure'), 'no failure shown');
  expect(text(el)).to.contain('Sorry, there is a problem with our system').and.contain('Contact us instead').and.contain('Reference: CEC-123456');
  expect($(el, '.cx-failure a[href^="tel:"]'), 'the charter’s phone').not.to.equal(null);
  expect($(el, '.cx-failure a[href^="mailto:"]'), 'the charter’s email').not.to.equal(null);
  expect(fetchStub!.calls, 'nothing sent').to.have.length(0);
  return { el, code };
}

let fetchStub: ReturnType<typeof stubFetch> | undefined;
afterEach(() => {
  Object.assign(lookupChunks, real);
  fetchStub?.restore();
  fetchStub = undefined;
});

/** Counts the fetches of one of the tracker's chunks (still fetching it for real); afterEach puts the real one back. */
function countFetches(chunk: 'session' | 'failure' | 'remembered'): () => number {
  let asked = 0;
  const load = real[chunk];
  (lookupChunks as Record<typeof chunk, () => Promise<unknown>>)[chunk] = () => (asked++, load());
  return () => asked;
}

describe('<cx-request-tracker>: loading what shows a request on demand', () => {
  it('shows the form without the session’s code, and fetches it once the form is first used', async () => {
    const asked = countFetches('session');
    const el = await fixture<CxRequestTracker>(html`<cx-request-tracker api="/api"></cx-request-tracker>`);
    await formReady(el);
    expect(asked(), 'not with the page').to.equal(0);
    $(el, '#cx-reference')!.focus();
    await waitUntil(() => asked() === 1, 'not fetched when the form was used');
  });

  it('fetches it when a field is filled without focus (autofill)', async () => {
    const asked = countFetches('session');
    const el = await fixture<CxRequestTracker>(html`<cx-request-tracker api="/api"></cx-request-tracker>`);
    await formReady(el);
    fill(el, 'CEC-123456', 'CW1 2AB');
    await waitUntil(() => asked() === 1, 'not fetched when the form was filled');
  });

  it('fetches it with the form when the page names the reference (a link from an email): the page is there to look it up', async () => {
    const asked = countFetches('session');
    const el = await fixture<CxRequestTracker>(html`<cx-request-tracker api="/api" reference="CEC-123456"></cx-request-tracker>`);
    await formReady(el);
    await waitUntil(() => asked() === 1, 'not fetched for a named reference');
    expect(($(el, '#cx-reference') as HTMLInputElement).value).to.equal('CEC-123456');
    expect(fetchStub?.calls ?? [], 'nothing looked up before the resident gives their email').to.have.length(0);
  });

  it('holds the place with a busy skeleton while the code arrives, then shows the request', async () => {
    fetchStub = stubFetch(json(cxStatus()));
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    lookupChunks.session = () => arrived.then(() => real.session());
    const el = await fixture<CxRequestTracker>(html`<cx-request-tracker api="/api" now="2026-03-04"></cx-request-tracker>`);
    await formReady(el);
    fill(el, 'CEC-123456', 'CW1 2AB');
    await submit(el);
    await waitUntil(() => $(el, '.cx-skeleton'), 'no skeleton while loading');
    expect($(el, '.cx-result')!.getAttribute('aria-busy')).to.equal('true');
    const loaded = oneEvent(el, 'cx-status-loaded');
    arrive();
    await loaded;
    await waitUntil(() => $(el, '.cx-request'), 'the request was not shown', { timeout: 5000 });
    expect($(el, '.cx-result')!.getAttribute('aria-busy')).to.equal('false');
    // The request's own looks came with it.
    expect(getComputedStyle($(el, '.cx-summary')!).display).to.equal('grid');
  });

  it('gives the charter’s phone and email when the code cannot load, and tries again', async () => {
    fetchStub = stubFetch(json(cxStatus()));
    lookupChunks.session = notLoaded;
    const { el, code } = await failedLookUp();
    expect(code).to.equal('server-error');
    expect($(el, '.cx-result')!.getAttribute('aria-busy')).to.equal('false');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'cx-result-title', 'focus on the message');
    await expect(el).to.be.accessible();

    lookupChunks.session = real.session;
    const retry = Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.cx-failure button')).find((b) => b.textContent!.trim() === 'Try again')!;
    retry.click();
    await waitUntil(() => $(el, '.cx-request'), 'the request was not shown after trying again', { timeout: 5000 });
    expect(fetchStub.calls).to.have.length(1);
  });

  it('still gives the charter’s phone and email as links when the failure view cannot load either (offline)', async () => {
    fetchStub = stubFetch(json(cxStatus()));
    lookupChunks.session = notLoaded;
    lookupChunks.failure = notLoaded;
    const restore = goOffline();
    try {
      const el = await fixture<CxRequestTracker>(html`<cx-request-tracker api="/api"></cx-request-tracker>`);
      await formReady(el);
      fill(el, 'CEC-123456', 'CW1 2AB');
      const errored = oneEvent(el, 'cx-error');
      await submit(el);
      expect((await errored).detail.code).to.equal('offline');
      await waitUntil(() => $(el, '.cx-failure'), 'no failure shown');
      expect($(el, '.cx-failure h2')!.textContent).to.equal('You seem to be offline');
      expect($(el, '.cx-failure a[href^="tel:"]')!.getAttribute('href'), 'the charter’s phone, as every view links it').to.equal('tel:+441632960000');
      expect($(el, '.cx-failure a[href^="mailto:"]')!.getAttribute('href'), 'the charter’s email').to.match(/^mailto:.+@/);
      expect($(el, '.cx-result')!.getAttribute('aria-busy')).to.equal('false');
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'cx-result-title', 'focus on the message');
      await expect(el).to.be.accessible();
      expect(fetchStub.calls, 'nothing sent').to.have.length(0);

      restore();
      Object.assign(lookupChunks, real);
      $(el, '.cx-failure button')!.click();
      await waitUntil(() => $(el, '.cx-request'), 'the request was not shown after trying again', { timeout: 5000 });
    } finally {
      restore();
    }
  });

  it('fetches the failure view with the session’s code, not with the form', async () => {
    const asked = countFetches('failure');
    const el = await fixture<CxRequestTracker>(html`<cx-request-tracker api="/api"></cx-request-tracker>`);
    await formReady(el);
    expect(asked(), 'not with the page').to.equal(0);
    $(el, '#cx-reference')!.focus();
    await waitUntil(() => asked() > 0, 'not fetched when the form was used');
  });

  it('fetches the list of remembered references only when there are some, and shows it with the form, not after it', async () => {
    const asked = countFetches('remembered');
    const el = await fixture<CxRequestTracker>(html`<cx-request-tracker api="/none-kept"></cx-request-tracker>`);
    await formReady(el);
    expect(asked(), 'none kept, none fetched').to.equal(0);
    localStorage.setItem('cx-request-tracker:/kept', JSON.stringify([{ reference: 'CEC-654321' }]));
    try {
      const kept = await fixture<CxRequestTracker>(html`<cx-request-tracker api="/kept"></cx-request-tracker>`);
      await formReady(kept);
      expect($(kept, '[part="remembered"]')?.textContent).to.contain('Check CEC-654321');
      expect(asked()).to.equal(1);
      // A list that cannot load leaves the form as it is.
      lookupChunks.remembered = notLoaded;
      const without = await fixture<CxRequestTracker>(html`<cx-request-tracker api="/kept"></cx-request-tracker>`);
      await formReady(without);
      expect($(without, '[part="remembered"]')).to.equal(null);
    } finally {
      localStorage.removeItem('cx-request-tracker:/kept');
    }
  });

  it('brings the default charter’s services in with a lookup, for the team a request’s service names', async () => {
    fetchStub = stubFetch(json(cxStatus({ service: { id: 'adults-social-care', name: 'Adult social care' }, team: undefined })));
    const el = await fixture<CxRequestTracker>(html`<cx-request-tracker api="/api" now="2026-03-04"></cx-request-tracker>`);
    await formReady(el);
    fill(el, 'CEC-123456', 'CW1 2AB');
    await submit(el);
    await waitUntil(() => $(el, '.cx-request'), 'the request was not shown', { timeout: 5000 });
    expect(text(el)).to.contain('Who is dealing with it Adult social care');
    expect($(el, '.cx-request a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+441632960100');
  });

  it('shows the editor’s fallback content when the form’s code cannot load', async () => {
    lookupChunks.form = notLoaded;
    const errors: string[] = [];
    const el = await fixture<CxRequestTracker>(html`<cx-request-tracker api="/api" @cx-error=${(e: CustomEvent) => errors.push(e.detail.code)}><p>Call 0300 123 5500</p></cx-request-tracker>`);
    await waitUntil(() => el.shadowRoot!.querySelector('slot'), 'no fallback', { timeout: 5000 });
    expect(errors).to.deep.equal(['server-error']);
    expect($(el, 'form')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]'), 'not loading for ever').to.equal(null);
  });

  it('treats an API client that cannot load like a failed lookup', async () => {
    fetchStub = stubFetch(json(cxStatus()));
    lookupChunks.cx = notLoaded;
    expect((await failedLookUp()).code).to.equal('server-error');
  });
});
