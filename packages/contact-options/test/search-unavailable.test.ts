import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CxErrorDetail } from '@cx-kit/core/element';
import { CxContactOptions } from '../src/index.js';
import { searchChunks } from '../src/search-loader.js';
import { root, textOf } from './helpers.js';

const MONDAY_MORNING = '2026-06-01T09:00:00Z';
const combobox = (el: CxContactOptions) => root(el).querySelector<HTMLInputElement>('input[role="combobox"]');
const notice = (el: CxContactOptions) => root(el).querySelector<HTMLElement>('[part="search-unavailable"]');

/** The built-in default's services drop out while `dropped` (as a lost connection would): the base keeps the charter it has. */
class ServicesDropped extends CxContactOptions {
  dropped = true;
  protected override addDefaultServices(): Promise<void> {
    return this.dropped ? Promise.resolve() : super.addDefaultServices();
  }
}
customElements.define('cx-services-dropped', ServicesDropped);

/** Errors the widget reports, as a page listening for `cx-error` gets them. */
function errorsOf(el: HTMLElement): CxErrorDetail[] {
  const errors: CxErrorDetail[] = [];
  el.addEventListener('cx-error', (event) => errors.push(event.detail));
  return errors;
}

/** Types into the search, as a resident does, and gives the first option shown. */
async function firstOptionFor(el: CxContactOptions, text: string): Promise<string> {
  combobox(el)!.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
  return textOf(root(el).querySelector('[role="option"]'));
}

async function tryAgain(el: CxContactOptions): Promise<void> {
  const button = [...root(el).querySelectorAll('button')].find((b) => textOf(b) === 'Try again')!;
  button.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

// This file runs in its own page: the search's code has not been downloaded when the first test starts.
describe('<cx-contact-options>: when the search cannot be downloaded', () => {
  it('says so in its place, keeps the ways to contact us, and searches after “Try again”', async () => {
    const view = searchChunks.view;
    searchChunks.view = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const el = document.createElement('cx-contact-options') as CxContactOptions;
      el.setAttribute('now', MONDAY_MORNING);
      const errors = errorsOf(el);
      await fixture(html`<div>${el}</div>`);
      await waitUntil(() => notice(el), 'no word that the search could not be loaded');
      expect(textOf(notice(el))).to.equal('The service search could not be loaded Check your internet connection, then try again. Try again');
      expect(notice(el)!.getAttribute('role')).to.equal('status');
      expect(root(el).querySelector('[part="other-formats"]'), 'the rest of the widget still shows').to.not.equal(null);
      expect(combobox(el)).to.equal(null);
      expect(errors.map((e) => [e.code, e.message.split(' (')[0]])).to.deep.equal([['server-error', 'The service search could not be downloaded']]);
      await expect(el).to.be.accessible();

      searchChunks.view = view;
      await tryAgain(el);
      await waitUntil(() => combobox(el), 'the search did not come on “Try again”');
      expect(notice(el)).to.equal(null);
      expect(await firstOptionFor(el, 'bins')).to.match(/^Bin collections/);
      expect(errors.length, 'reported once').to.equal(1);
    } finally {
      searchChunks.view = view;
    }
  });

  it('says the same when the list of services does not come, and tries again by itself once back online', async () => {
    const el = document.createElement('cx-services-dropped') as ServicesDropped;
    el.setAttribute('now', MONDAY_MORNING);
    const errors = errorsOf(el);
    await fixture(html`<div>${el}</div>`);
    await waitUntil(() => notice(el), 'no word that the search could not be loaded');
    expect(combobox(el)).to.equal(null);
    expect(errors.map((e) => e.code)).to.deep.equal(['server-error']);

    el.dropped = false;
    // Back online: asked again without the resident pressing anything.
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => combobox(el), 'the search did not come back with the connection');
    expect(notice(el)).to.equal(null);
    expect(await firstOptionFor(el, 'council tax')).to.match(/^Council Tax/);
  });
});
