// A tracker that cannot reach its API tells residents the truth (offline, the
// council's system unreachable, or refused: three different things) and
// always gives the council's phone and email from the charter, whoever the
// council is.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { defaultCharter } from '@cx-kit/core';
import type { CxRequestTracker } from '../src/cx-request-tracker.js';
import '../../kit/src/entries/cx-request-tracker.js';
import { goOffline, json, offline, stubFetch, text } from './helpers.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

/** Another council's charter: its own name, numbers and references. */
function otherCouncil() {
  const charter = structuredClone(defaultCharter);
  charter.organisation.name = 'Example Borough Council';
  charter.organisation.referenceFormat = { pattern: '^\\d{6}$', example: '638344', description: 'The 6-digit number in the email we sent you.' };
  for (const channel of charter.channels) {
    if (channel.kind === 'phone') channel.phone = '0808 157 0000';
    if (channel.kind === 'email') channel.email = 'contact@example.org';
  }
  return charter;
}

async function lookUp(answer: Parameters<typeof stubFetch>[0]) {
  const stub = stubFetch(answer);
  const el = await fixture<CxRequestTracker>(html`<cx-request-tracker api="https://council.example/open311/v2" api-kind="open311" reference="638344" .charter=${otherCouncil()}></cx-request-tracker>`);
  const errored = await oneEvent(el, 'cx-error');
  await waitUntil(() => $(el, '.cx-failure'), 'no failure shown');
  return { el, stub, code: errored.detail.code as string };
}

function expectCouncilContacts(el: Element) {
  expect($(el, '.cx-failure a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+448081570000');
  expect($(el, '.cx-failure a[href^="mailto:"]')!.getAttribute('href')).to.equal('mailto:contact@example.org');
  expect(text(el)).to.contain('Example Borough Council').and.not.contain('Cheshire East');
}

describe('<cx-request-tracker>: the truth when the council cannot be reached', () => {
  let restore: (() => void) | undefined;
  let stub: ReturnType<typeof stubFetch> | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
    stub?.restore();
  });

  it('offline: says so, offers Try again, and gives the council’s phone and email', async () => {
    restore = goOffline();
    const result = await lookUp(offline);
    stub = result.stub;
    expect(result.code).to.equal('offline');
    expect($(result.el, '.cx-failure h2')!.textContent).to.equal('You seem to be offline');
    expect(text(result.el)).to.contain('Check your internet connection');
    expectCouncilContacts(result.el);
    await expect(result.el).to.be.accessible();
  });

  it('online but the council’s system does not answer (network or CORS): never blames the resident’s connection', async () => {
    const result = await lookUp(offline);
    stub = result.stub;
    expect(result.code).to.equal('unreachable');
    expect($(result.el, '.cx-failure h2')!.textContent).to.equal('We could not reach Example Borough Council’s system'.replace('’', "'"));
    expect(text(result.el)).to.contain('Your internet connection is working').and.not.contain('Check your internet connection');
    expectCouncilContacts(result.el);
  });

  it('refused (403): says the council’s system did not allow it, with no Try again', async () => {
    const result = await lookUp(() => json([{ code: 403, description: 'Forbidden' }], 403));
    stub = result.stub;
    expect(result.code).to.equal('refused');
    expect(text(result.el)).to.contain("Example Borough Council's system did not allow this page to check requests");
    expect(Array.from(result.el.shadowRoot!.querySelectorAll('.cx-failure button')).map((b) => b.textContent!.trim())).to.deep.equal(['Check the reference']);
    expectCouncilContacts(result.el);
  });

  it('not found: names the charter’s organisation, never another council', async () => {
    const result = await lookUp(() => json([{ code: 404, description: 'Not found' }], 404));
    stub = result.stub;
    expect(result.code).to.equal('not-found');
    expect(text(result.el)).to.contain('It is on the email or letter Example Borough Council sent you.');
    expectCouncilContacts(result.el);
  });
});
