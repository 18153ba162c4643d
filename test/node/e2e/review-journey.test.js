// One complaint from stage 1 to stage 2 (issue 13.3), as a resident and an
// officer meet it on the demo's `/`, in Chromium and Firefox, by keyboard:
// the complaint is sent from the form, the officer answers it in the back
// office, the tracker shows it answered with "Ask for a review", which opens
// the form on the same page at its review question; the review is sent and
// the tracker then shows both stages as one timeline, under one reference.
import { expect } from 'chai';
import { existsSync } from 'node:fs';
import { describeInEachEngine, shadowText, widgetsSettled } from './browsers.js';
import { focused, openPage, space, startDemo, storedFeedback, tabUntil, textOf, waitForStep, waitForText } from './journey-helpers.js';
import { signInOfficer } from '../server/helpers.js';

const TRACKER = 'cx-request-tracker[api-kind="cx"]';
const EMAIL = 'ria.example@example.org';

/** Back on the council's page later: the tracker, by keyboard, with her reference and email. */
async function trackOnNewVisit(page, base, reference) {
  await page.goto(`${base}/`);
  await widgetsSettled(page);
  await page.focus(`${TRACKER} >>> #cx-reference`);
  await page.keyboard.type(reference);
  await page.keyboard.press('Tab');
  await page.keyboard.type(EMAIL);
  await page.keyboard.press('Enter');
}

/** "About you", by keyboard: whatever of her name, email and consent the form does not hold yet. */
async function aboutRia(page) {
  const value = (id) => page.$eval(`cx-feedback-form >>> #${id}`, (input) => (input.type === 'checkbox' || input.type === 'radio' ? input.checked : input.value));
  if (!(await value('name'))) {
    await page.focus('cx-feedback-form >>> #name');
    await page.keyboard.type('Ria Example');
  }
  if (!(await value('preference'))) {
    await page.focus('cx-feedback-form >>> #preference');
    await space(page);
  }
  if (!(await value('email'))) {
    await page.focus('cx-feedback-form >>> #email');
    await page.keyboard.type(EMAIL);
  }
  if (!(await value('consent'))) {
    await page.focus('cx-feedback-form >>> #consent');
    await space(page);
  }
}

describe('one complaint from stage 1 to stage 2, through the form, the back office and the tracker', function () {
  this.timeout(180_000);
  let demo;

  before(async () => {
    expect(existsSync('dist/cx-kit.js'), 'the kit is built (npm run build)').to.equal(true);
    demo = await startDemo();
  });
  after(() => demo?.stop());

  describeInEachEngine((engine, browser) => {
      it('Ria complains about a missed bin, is answered, asks for a review from the tracker, and keeps her reference', async () => {
        const { page, problems } = await openPage(browser());
        await page.goto(`${demo.base}/`);
        await widgetsSettled(page);

        // Stage 1, from the form.
        await page.focus('cx-feedback-form >>> #type-complaint');
        await space(page);
        await page.keyboard.press('Enter');
        await waitForStep(page, 'Which service is your feedback about?');
        await page.keyboard.press('Tab');
        await page.keyboard.type('bin');
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        await page.keyboard.press('Enter');
        await waitForStep(page, 'What happened?');
        await page.keyboard.press('Tab');
        await page.keyboard.type('My bin was missed two weeks running.');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await waitForStep(page, 'About you');
        await aboutRia(page);
        await tabUntil(page, (f) => f.tag === 'button' && /^Continue/.test(f.text), 4);
        await page.keyboard.press('Enter');
        await waitForStep(page, 'Check your answers before sending');
        await tabUntil(page, (f) => f.text === 'Send complaint', 12);
        await page.keyboard.press('Enter');
        await waitForText(page, 'cx-feedback-form', 'Your reference is');
        const reference = await textOf(page, 'cx-feedback-form >>> .cx-reference');
        expect((await storedFeedback(demo.server, reference)).type).to.equal('complaint');

        // The council answers it in the back office.
        const officer = await signInOfficer(demo.base, demo.server.env);
        for (const status of ['acknowledged', 'in-progress', 'answered']) {
          expect((await officer.post(`/admin/records/${reference}`, { status })).status, `moved on to ${status}`).to.equal(303);
        }

        // Days later she comes back to the council's page: the tracker says it is answered, with the way to ask for a review.
        await trackOnNewVisit(page, demo.base, reference);
        await waitForText(page, TRACKER, `Request ${reference}`);
        expect(await textOf(page, `${TRACKER} >>> [part=status]`)).to.equal('Answered');
        expect(await shadowText(page, TRACKER)).to.include('you may request that it be reviewed by a second officer. At stage 2, we will provide a full response within 20 working days. Your complaint keeps the same reference.');
        await tabUntil(page, (f) => f.text === 'Ask for a review', 40);
        await page.keyboard.press('Enter');

        // The form on this page takes it from there: its review question, with the reference carried over.
        await page.waitForFunction(
          () => /review/i.test(document.querySelector('cx-feedback-form')?.shadowRoot?.querySelector('[data-step-heading]')?.textContent ?? ''),
          { polling: 100 },
        );
        // A known complaint (the tracker passed the email she looked it up with): only why she is not satisfied is asked.
        expect(await textOf(page, 'cx-feedback-form >>> [data-step-heading]')).to.equal('Why you are asking for a review');
        expect((await focused(page)).hosts, 'focus moved into the form').to.deep.equal(['cx-feedback-form']);
        // The reference is carried over (the tracker's event names the complaint, not the resident's email).
        const carried = await page.$eval('cx-feedback-form', (form) => {
          const input = form.shadowRoot.querySelector('#relatedReference');
          return input ? input.value : form.shadowRoot.textContent;
        });
        expect(carried).to.include(reference);
        await tabUntil(page, (f) => f.id === 'reasonNotSatisfied' || /not satisfied/i.test(f.text), 10);
        await page.keyboard.type('The response did not say when the bin would be collected.');
        // The rest of the review, as the form asks it (contact details it may already hold), up to "Check your answers".
        for (let step = 0; step < 6; step += 1) {
          const heading = await textOf(page, 'cx-feedback-form >>> [data-step-heading]');
          if (heading === 'Check your answers before sending') break;
          if (heading === 'About you') await aboutRia(page);
          await tabUntil(page, (f) => f.tag === 'button' && /^Continue/.test(f.text), 20);
          await page.keyboard.press('Enter');
          await page.waitForFunction((before) => document.querySelector('cx-feedback-form')?.shadowRoot?.querySelector('[data-step-heading]')?.textContent.trim() !== before, { polling: 100 }, heading);
        }
        await waitForStep(page, 'Check your answers before sending');
        await tabUntil(page, (f) => f.tag === 'button' && /review/i.test(f.text), 20);
        await page.keyboard.press('Enter');
        // The confirmation panel, once the council has the review ("Check your answers" shows the reference too).
        await page.waitForFunction(
          (reference) => document.querySelector('cx-feedback-form')?.shadowRoot?.querySelector('[part="panel"]')?.textContent.includes(reference),
          { polling: 100 },
          reference,
        );
        const confirmation = await shadowText(page, 'cx-feedback-form');
        expect(confirmation).to.match(/review/i);
        expect(confirmation).to.include(reference);

        // Nothing new was filed: the same complaint, now at stage 2; the tracker shows both stages.
        const record = await storedFeedback(demo.server, reference);
        expect(record.review?.reasonNotSatisfied).to.equal('The response did not say when the bin would be collected.');
        await trackOnNewVisit(page, demo.base, reference);
        await waitForText(page, TRACKER, 'Stage 2: review by a second officer');
        const tracked = await shadowText(page, TRACKER);
        expect(tracked).to.include(`Request ${reference}`);
        expect(tracked).to.include('Stage 1');
        expect(problems).to.deep.equal([]);
        await page.close();
      });
  });
});
