// A complaint from stage 1 to stage 2 as the tracker shows it (issue 13), and
// a long history folded behind "Show all" (issue 17).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defaultCharter } from '@cx-kit/core';
import type { CxRequestTracker } from '../src/cx-request-tracker.js';
import '../../kit/src/entries/cx-request-tracker.js';
import { cxStatus, json, stubFetch, text } from './helpers.js';

type Tracker = CxRequestTracker;
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(selector));
const liveRegion = (el: Element) => $(el, '[aria-live="polite"]')!.textContent!.trim();

const PROMISE = 'If it is not possible for us to meet these timeframes, we will contact you to explain why, and provide you with a more accurate timeframe.';

/** Looks a cx request up through the form, as a resident would. */
async function track(el: Tracker) {
  await waitUntil(() => $(el, 'form'), 'no form');
  $(el, '#cx-reference')!.focus();
  await sendKeys({ type: 'CEC-123456' });
  $(el, '#cx-verifier')!.focus();
  await sendKeys({ type: 'CW1 2AB' });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => $(el, '.cx-request, .cx-failure'), 'the lookup did not finish', { timeout: 5000 });
}

let fetchStub: ReturnType<typeof stubFetch> | undefined;
afterEach(() => fetchStub?.restore());

describe('<cx-request-tracker>: a complaint, stage 1 to stage 2', () => {
  it('when late, shows the council’s promise first, then what the resident can do', async () => {
    const charter = structuredClone(defaultCharter);
    const stage1 = charter.timescales.find((t) => t.id === 'complaint-stage-1')!;
    Object.assign(stage1, { ifMissed: PROMISE });
    fetchStub = stubFetch(json(cxStatus({ status: 'in-progress' })));
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/api" now="2026-03-20" .charter=${charter}></cx-request-tracker>`);
    await track(el);
    const overdue = $(el, '[part="overdue"]')!;
    const said = overdue.textContent!.replace(/\s+/g, ' ');
    expect(said).to.contain(PROMISE);
    expect(said.indexOf(PROMISE), 'the promise comes before what the resident can do').to.be.below(said.indexOf('What you can do'));
    await expect(el).to.be.accessible();
  });

  it('shows stage 1 and stage 2 as one timeline, each with its dates, under one reference', async () => {
    fetchStub = stubFetch(
      json(
        cxStatus({
          status: 'in-progress',
          stage: 2,
          stages: [
            { stage: 1, receivedAt: '2026-03-02T09:30:00Z', acknowledgeBy: '2026-03-05', respondBy: '2026-03-16', answeredAt: '2026-03-13T12:00:00Z' },
            { stage: 2, receivedAt: '2026-03-20T10:00:00Z', respondBy: '2026-04-20' },
          ],
        }),
      ),
    );
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/api" now="2026-03-25"></cx-request-tracker>`);
    await track(el);
    const stages = $$(el, '.cx-stages__item').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(stages).to.have.length(2);
    expect(stages[0]).to.contain('Stage 1').and.contain('Monday 2 March 2026').and.contain('Monday 16 March 2026');
    expect(stages[0]).to.match(/Answered\s*Friday 13 March 2026/);
    expect(stages[1]).to.contain('Stage 2').and.contain('Monday 20 April 2026').and.contain('Not yet').and.match(/Review asked for\s*Friday 20 March 2026/);
    expect(text(el)).to.contain('Request CEC-123456');
    await expect(el).to.be.accessible();
  });

  it('from "answered" at stage 1, "Ask for a review" fires cx-review-request with the reference and what it was found with', async () => {
    fetchStub = stubFetch(json(cxStatus({ status: 'answered' })));
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/api" now="2026-03-20"></cx-request-tracker>`);
    await track(el);
    const button = $(el, '.cx-review')!;
    expect(button.textContent!.trim()).to.equal('Ask for a review');
    const asked = oneEvent(el, 'cx-review-request');
    button.focus();
    await sendKeys({ press: 'Enter' });
    // The verifier too, so the feedback form knows the complaint without asking again (tidied as the server got it).
    expect((await asked).detail).to.deep.equal({ reference: 'CEC-123456', verifier: 'CW1 2AB' });
    await expect(el).to.be.accessible();
  });

  it('links "Ask for a review" to the charter’s feedback page, the reference in the fragment, when the charter names one', async () => {
    const charter = structuredClone(defaultCharter);
    charter.feedback.page = 'https://www.council.gov.uk/feedback';
    fetchStub = stubFetch(json(cxStatus({ status: 'answered' })));
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/api" now="2026-03-20" .charter=${charter}></cx-request-tracker>`);
    await track(el);
    const link = $(el, 'a.cx-review')!;
    expect(link.textContent!.trim()).to.equal('Ask for a review');
    expect(link.getAttribute('href')).to.equal('https://www.council.gov.uk/feedback#cx-review=CEC-123456');
    await expect(el).to.be.accessible();
  });

  it('at stage 2, names the ombudsman the charter names (PSOW for a Welsh council)', async () => {
    const charter = { ...structuredClone(defaultCharter), ombudsman: { name: 'Public Services Ombudsman for Wales', url: 'https://www.ombudsman.wales/' } };
    fetchStub = stubFetch(json(cxStatus({ status: 'answered', stage: 2 })));
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/api" now="2026-03-20" .charter=${charter}></cx-request-tracker>`);
    await track(el);
    expect(text(el)).to.contain('you can ask the Public Services Ombudsman for Wales to look at your complaint').and.not.contain('Local Government');
    expect($(el, 'a[href="https://www.ombudsman.wales/"]')!.textContent).to.equal('Contact the Public Services Ombudsman for Wales');
  });
});

describe('<cx-request-tracker>: a long history', () => {
  const events = Array.from({ length: 200 }, (_, i) => ({
    at: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
    status: i === 0 ? 'received' : 'in-progress',
    text: `Update number ${i + 1}`,
  }));

  it('shows the latest updates, the rest behind "Show all", reachable by keyboard and announced', async () => {
    fetchStub = stubFetch(json(cxStatus({ status: 'in-progress', receivedAt: events[0].at, events })));
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/api" now="2026-01-10"></cx-request-tracker>`);
    await track(el);
    expect($$(el, '.cx-timeline li')).to.have.length(5);
    expect(text(el)).to.contain('Update number 200').and.not.contain('Update number 195 ');
    const showAll = $(el, '.cx-timeline__all')!;
    expect(showAll.textContent!.trim()).to.equal('Show all 200 updates');
    showAll.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(el, '.cx-timeline li').length === 200, 'not every update was shown');
    expect(text(el)).to.contain('Update number 1 ');
    await waitUntil(() => liveRegion(el) !== '');
    expect(liveRegion(el)).to.equal('Showing all 200 updates.');
    expect(el.shadowRoot!.activeElement?.classList.contains('cx-timeline'), 'focus moves to the list').to.equal(true);
    await expect(el).to.be.accessible();
  });
});
