// A tracker taken off the page and put back (a CMS re-rendering, a framework
// moving it) carries on where it was: an automatic lookup that was cut off is
// made again, and a Retry-After wait that was running still ends with
// "Try again".
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defaultCharter } from '@cx-kit/core';
import type { CxRequestTracker } from '../src/cx-request-tracker.js';
import '../../kit/src/entries/cx-request-tracker.js';
import { json, never, stubFetch, text } from './helpers.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const buttons = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll('.cx-failure button')).map((b) => b.textContent!.trim());

const open311Charter = () => {
  const charter = structuredClone(defaultCharter);
  charter.organisation.referenceFormat = { pattern: '^\\d{6}$', example: '638344', description: 'The 6-digit number in the email we sent you.' };
  return charter;
};

describe('<cx-request-tracker> put back on the page', () => {
  let fetchStub: ReturnType<typeof stubFetch> | undefined;
  afterEach(() => fetchStub?.restore());

  it('an Open311 tracker with a reference, removed during its automatic lookup, looks it up again when put back', async () => {
    fetchStub = stubFetch(never);
    const el = await fixture<CxRequestTracker>(html`<cx-request-tracker api="/x" api-kind="open311" reference="638344" now="2026-03-04" .charter=${open311Charter()}></cx-request-tracker>`);
    await waitUntil(() => fetchStub!.calls.length === 1, 'the lookup did not start');
    const parent = el.parentElement!;
    el.remove();
    fetchStub.then(json([{ service_request_id: '638344', status: 'open', service_name: 'Potholes', requested_datetime: '2026-03-02T10:15:00Z' }]));
    parent.append(el);
    await waitUntil(() => $(el, '.cx-request'), `the request was not looked up again: ${text(el)}`, { timeout: 5000 });
    expect(fetchStub.calls).to.have.length(2);
    expect(text(el)).to.contain('Potholes');
  });

  it('put back during a Retry-After wait, "Try again" still comes back when the wait is over', async () => {
    fetchStub = stubFetch(json({ error: { code: 'rate-limited', message: 'x' } }, 429, { 'Retry-After': '1' }));
    const el = await fixture<CxRequestTracker>(html`<cx-request-tracker api="/api"></cx-request-tracker>`);
    await waitUntil(() => $(el, 'form'));
    ($(el, '#cx-reference') as HTMLInputElement).value = 'CEC-123456';
    $(el, '#cx-reference')!.dispatchEvent(new Event('input'));
    ($(el, '#cx-verifier') as HTMLInputElement).value = 'jo@example.org';
    $(el, '#cx-verifier')!.dispatchEvent(new Event('input'));
    await el.updateComplete;
    (el.shadowRoot!.querySelector('form') as HTMLFormElement).requestSubmit();
    await waitUntil(() => $(el, '.cx-failure'), 'the lookup did not fail');
    expect(buttons(el)).to.deep.equal(['Check the reference']);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await waitUntil(() => buttons(el).includes('Try again'), 'Try again did not come back after putting the tracker back', { timeout: 4000 });
    expect(fetchStub.calls, 'nothing sent while waiting').to.have.length(1);
  });
});
