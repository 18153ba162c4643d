// Issue 15: a council that has not put its own phone and email in the charter
// shows the kit's example ones. Wherever the tracker shows them, a resident
// sees "Example details…" beside them; a council's own details show without it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defaultCharter } from '@cx-kit/core';
import type { CxRequestTracker } from '../src/cx-request-tracker.js';
import '../../kit/src/entries/cx-request-tracker.js';
import { fixtureText, json, stubFetch } from './helpers.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const NOTICE = 'Example details: this council has not set its own yet';

/** The default charter (example contacts), or a council's own (`exampleContacts: false`), reading 6-digit Open311 references. */
function charter(exampleContacts: boolean) {
  const value = structuredClone(defaultCharter);
  value.organisation.referenceFormat = { pattern: '^\\d{6}$', example: '638344', description: 'The 6-digit number in the email we sent you.' };
  if (!exampleContacts) value.exampleContacts = false;
  return value;
}

/** Whether a resident can see it: laid out, with a size. */
function visible(el: HTMLElement | null): boolean {
  if (!el) return false;
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
}

let stub: ReturnType<typeof stubFetch> | undefined;
afterEach(() => stub?.restore());

async function track(exampleContacts: boolean, answer: Response, shown: string) {
  stub = stubFetch(answer);
  const el = await fixture<CxRequestTracker>(html`<cx-request-tracker api="/x" api-kind="open311" reference="638344" now="2026-03-20" .charter=${charter(exampleContacts)}></cx-request-tracker>`);
  await waitUntil(() => $(el, shown), `${shown} not shown`);
  await el.updateComplete;
  return el;
}

describe('example contact details in the tracker', () => {
  it('a failure with the default charter says the phone and email beside it are examples', async () => {
    const el = await track(true, json(JSON.parse(await fixtureText('open311-not-found.json')), 404), '.cx-failure');
    const notice = $(el, '.cx-failure .cx-example-notice');
    expect(visible(notice), 'the notice is visible').to.equal(true);
    expect(notice!.textContent!.trim()).to.equal(NOTICE);
    expect(notice!.previousElementSibling?.matches('ul.cx-contact'), 'right after the phone and email').to.equal(true);
    expect($(el, '.cx-failure a[href^="tel:"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('a failure with a council’s own details shows them without the notice', async () => {
    const el = await track(false, json(JSON.parse(await fixtureText('open311-not-found.json')), 404), '.cx-failure');
    expect($(el, '.cx-failure a[href^="tel:"]')).to.exist;
    expect($(el, '.cx-example-notice')).to.equal(null);
    expect(el.shadowRoot!.textContent).not.to.contain(NOTICE);
    await expect(el).to.be.accessible();
  });

  it('a request found shows the notice beside the charter’s contact details, and not with the council’s own', async () => {
    const body = JSON.parse(await fixtureText('open311-open.json'));
    const example = await track(true, json(body), '.cx-request');
    const notice = $(example, '.cx-request .cx-example-notice');
    expect(visible(notice), 'the notice is visible').to.equal(true);
    expect(notice!.previousElementSibling?.matches('ul.cx-contact'), 'right after the phone and email').to.equal(true);
    await expect(example).to.be.accessible();
    stub?.restore();
    const own = await track(false, json(body), '.cx-request');
    expect($(own, '.cx-request ul.cx-contact')).to.exist;
    expect($(own, '.cx-example-notice')).to.equal(null);
  });
});
