// The people of Cheshire East's Customer Experience Strategy 2021-2024
// (../shared/seeds/customer-experience-strategy-2021-2024.txt) using the demo
// in Chromium and Firefox, as issue 10 asks:
// - Frances, a community champion ("When I see a problem, I will report it
//   to the council"), reports one, and comes back later to see it moving.
// - Gary runs a business and contacts the council about licensing; he looks
//   on Christmas Day, a bank holiday.
// - Brian, an adult at risk, uses only a keyboard and needs the emergency
//   line out of hours.
// - A Polish-speaking resident pays a compliment in Polish.
import { expect } from 'chai';
import { existsSync } from 'node:fs';
import { engines, launch, shadowText, widgetsSettled } from './browsers.js';
import {
  core,
  focused,
  longDate,
  londonDateOf,
  openPage,
  polishDayMonthYear,
  space,
  startDemo,
  storedFeedback,
  tabUntil,
  textOf,
  translation,
  waitForStep,
  waitForText,
} from './journey-helpers.js';
import { signInOfficer } from '../server/helpers.js';

const TRACKER = 'cx-request-tracker[api-kind="cx"]';
/** The default charter's emergency line (an Ofcom drama number), as a tel: link. */
const EMERGENCY_TEL = 'tel:+441632960999';

const due = (timescale, instant) => core.dueDateFor(core.defaultCharter, timescale, londonDateOf(instant));

describe('persona journeys in real browsers', function () {
  this.timeout(180_000);
  let demo;

  before(async () => {
    expect(existsSync('dist/cx-kit.js'), 'the kit is built (npm run build)').to.equal(true);
    demo = await startDemo();
  });

  after(() => demo?.stop());

  for (const engine of engines) {
    describe(engine, () => {
      let browser;
      before(async () => {
        browser = await launch(engine);
      });
      after(async () => {
        await browser?.close();
      });

      it('Frances reports fly-tipping, asks for replies by post, and later tracks it by reference and postcode as the council moves it on', async () => {
        // Her own browser profile: what the tracker remembers stays on her "device".
        const device = await browser.createBrowserContext();
        const { page, problems } = await openPage(device);
        await page.goto(`${demo.base}/`);
        await widgetsSettled(page);

        await page.focus('cx-feedback-form >>> #type-complaint');
        await space(page);
        await page.keyboard.press('Enter');
        await waitForStep(page, 'Which service is your feedback about?');
        await page.keyboard.press('Tab');
        await page.keyboard.type('fly tipping');
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        expect(await page.$eval('cx-feedback-form >>> #service-input', (input) => input.value)).to.equal('Report fly-tipping');
        await page.keyboard.press('Enter');

        await waitForStep(page, 'What happened?');
        await page.keyboard.press('Tab');
        await page.keyboard.type('A sofa and rubbish dumped in the lay-by on Mill Lane.');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');

        await waitForStep(page, 'About you');
        await page.keyboard.press('Tab');
        await page.keyboard.type('Frances Example');
        await page.keyboard.press('Tab');
        await space(page); // Email first …
        await page.keyboard.press('ArrowDown'); // … phone …
        await page.keyboard.press('ArrowDown'); // … post: she prefers letters.
        expect(await page.$eval('cx-feedback-form >>> #preference-post', (radio) => radio.checked), 'By post chosen').to.equal(true);
        await page.keyboard.press('Tab');
        expect(await focused(page)).to.include({ id: 'address' });
        await page.keyboard.type('12 Market Street');
        await page.keyboard.press('Enter');
        await page.keyboard.type('Crewe');
        await page.keyboard.press('Enter');
        await page.keyboard.type('CW1 2AB');
        await tabUntil(page, (f) => f.id === 'consent', 3);
        await space(page);
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');

        await waitForStep(page, 'Check your answers before sending');
        await tabUntil(page, (f) => f.text === 'Send complaint', 12);
        await page.keyboard.press('Enter');
        await waitForText(page, 'cx-feedback-form', 'Your reference is');
        const reference = await textOf(page, 'cx-feedback-form >>> .cx-reference');
        const record = await storedFeedback(demo.server, reference);
        expect(record).to.include({ type: 'complaint', service: 'fly-tipping' });
        expect(record.contact).to.include({ preference: 'post' });

        // Straight away: she checks it with her postcode, typed as people do, and asks this device to remember the reference.
        await page.focus(`${TRACKER} >>> #cx-reference`);
        await page.keyboard.type(reference.toLowerCase());
        await page.keyboard.press('Tab');
        await page.keyboard.type('cw12ab');
        await page.keyboard.press('Tab');
        expect(await focused(page)).to.include({ id: 'cx-remember' });
        await space(page);
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await waitForText(page, TRACKER, `Request ${reference}`);
        expect(await textOf(page, `${TRACKER} >>> [part=status]`)).to.equal('Received');
        expect(await shadowText(page, TRACKER)).to.include(`We will acknowledge it by ${longDate(due('complaint-acknowledgement', record.receivedAt))}.`);
        expect(problems).to.deep.equal([]);
        // Remembering writes once its code is here, which a busy machine may not have finished as the request shows.
        await page.waitForFunction((ref) => Object.keys(localStorage).some((key) => localStorage.getItem(key)?.includes(ref)), {}, reference);
        await page.close();

        // The council's officer signs in and acknowledges it, then starts work on it: the back office's own form posts.
        const officer = await signInOfficer(demo.base, demo.server.env);
        for (const status of ['acknowledged', 'in-progress']) {
          const moved = await officer.post(`/admin/records/${reference}`, { status });
          expect(moved.status, `moved on to ${status}`).to.equal(303);
        }

        // Later, on the same device: the reference is remembered; the postcode is asked for again (it is never kept).
        const { page: later, problems: laterProblems } = await openPage(device);
        await later.goto(`${demo.base}/`);
        await widgetsSettled(later);
        await later.waitForSelector(`${TRACKER} >>> .cx-remembered__use`);
        expect(await textOf(later, `${TRACKER} >>> .cx-remembered__use`)).to.include(`Check ${reference}`);
        await later.focus(`${TRACKER} >>> .cx-remembered__use`);
        await later.keyboard.press('Enter');
        await later.waitForFunction(() => {
          let element = document.activeElement;
          while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
          return element?.id === 'cx-verifier';
        });
        await later.keyboard.type('CW1 2AB');
        await later.keyboard.press('Enter');
        await waitForText(later, TRACKER, `Request ${reference}`);
        expect(await textOf(later, `${TRACKER} >>> [part=status]`)).to.equal('Being worked on');
        const tracked = await shadowText(later, TRACKER);
        expect(tracked).to.include(`We will send you a full response by ${longDate(due('complaint-stage-1', record.receivedAt))}.`);
        expect(tracked).to.include('Acknowledged');
        expect(laterProblems).to.deep.equal([]);
        await device.close();
      });

      it('Gary finds how to contact licensing on Christmas Day: the emergency line first, the offices closed until the next working day', async () => {
        const { page, problems } = await openPage(browser);
        await page.goto(`${demo.base}/`);
        await widgetsSettled(page);
        // Friday 25 December 2026, 10am: Boxing Day falls on the Saturday, so Monday 28th is its substitute bank holiday.
        await page.evaluate(() => {
          const widget = document.createElement('cx-contact-options');
          widget.id = 'gary';
          widget.setAttribute('service', 'licensing');
          widget.setAttribute('now', '2026-12-25T10:00:00Z');
          document.querySelector('main').append(widget);
        });
        await waitForText(page, '#gary', 'Licensing');

        const order = await page.$eval('#gary', (widget) => {
          const root = widget.shadowRoot;
          const emergency = root.querySelector('[part~=emergency]');
          const service = root.querySelector('.cx-service');
          return {
            emergencyFirst: Boolean(emergency && service && emergency.compareDocumentPosition(service) & Node.DOCUMENT_POSITION_FOLLOWING),
            firstLink: root.querySelector('a[href]')?.getAttribute('href'),
            emergencyText: emergency?.textContent.replace(/\s+/g, ' ').trim(),
            states: [...root.querySelectorAll('[part~=channel]')].map((channel) => [channel.dataset.channel, channel.querySelector('[part~=state]')?.textContent.trim() ?? null]),
          };
        });
        expect(order.emergencyFirst, 'the emergency line comes before the service').to.equal(true);
        expect(order.firstLink).to.equal(EMERGENCY_TEL);
        expect(order.emergencyText).to.include('Our offices are closed now');
        const states = Object.fromEntries(order.states);
        expect(Object.keys(states)).to.deep.equal(['online', 'email', 'phone']);
        expect(states.online).to.equal('Available at any time');
        expect(states.phone).to.equal('Closed for Christmas Day, opens Tuesday at 8:30am');
        expect(problems).to.deep.equal([]);
        await page.close();
      });

      it('Brian, with only a keyboard, finds the emergency line out of hours through the service search', async () => {
        const { page, problems } = await openPage(browser);
        await page.goto(`${demo.base}/`);
        await widgetsSettled(page);
        // Tuesday 24 November 2026, 10:30pm: the offices are long shut.
        await page.$eval('cx-contact-options:not([service])', (search) => search.setAttribute('now', '2026-11-24T22:30:00Z'));

        const presses = await tabUntil(page, (f) => f.id === 'cx-search-input' && f.hosts[0] === 'cx-contact-options');
        expect(presses, 'Tab presses from the top of the page to the search').to.be.below(80);
        await page.keyboard.type('noise');
        await page.keyboard.press('ArrowDown');
        expect(await page.$eval('cx-contact-options:not([service]) >>> [role=option][aria-selected=true]', (o) => o.textContent)).to.include('Noise complaints');
        await page.keyboard.press('Enter');
        await waitForText(page, 'cx-contact-options:not([service])', 'Report noise from neighbours');

        await page.keyboard.press('Tab');
        const landed = await focused(page);
        expect(landed).to.include({ tag: 'a', href: EMERGENCY_TEL, inside: 'emergency' });
        expect(await shadowText(page, 'cx-contact-options:not([service])')).to.include('Our offices are closed now. If it is an emergency, call:');
        expect(problems).to.deep.equal([]);
        await page.close();
      });

      it('a Polish-speaking resident switches the page to Polski and pays a compliment in Polish', async () => {
        const pl = (english) => translation('pl', english);
        const { page, problems } = await openPage(browser);
        await page.goto(`${demo.base}/`);
        await widgetsSettled(page);
        await page.select('#language', 'pl');
        await waitForText(page, 'cx-feedback-form', pl('Pay a compliment'));

        await page.focus('cx-feedback-form >>> #type');
        await page.keyboard.press('ArrowDown');
        expect(await page.$eval('cx-feedback-form >>> #type-compliment', (radio) => radio.checked)).to.equal(true);
        await page.keyboard.press('Enter');

        await waitForStep(page, pl('Which service is your feedback about?'));
        await tabUntil(page, (f) => f.id === 'service-unknown', 3);
        await space(page); // "Nie wiem": the service names are in English only.
        await page.keyboard.press('Enter');

        await waitForStep(page, pl('What would you like to tell us?'));
        const words = 'Bardzo dziękuję pani Żanecie z biblioteki w Crewe za cierpliwą pomoc przy zakładaniu konta. Świetna obsługa!';
        await page.keyboard.press('Tab');
        await page.keyboard.type(words);
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');

        await waitForStep(page, pl('About you'));
        await page.keyboard.press('Tab');
        await page.keyboard.type('Zofia Kowalska');
        await page.keyboard.press('Tab');
        await space(page);
        await page.keyboard.press('Tab');
        await page.keyboard.type('zofia.kowalska@example.org');
        await tabUntil(page, (f) => f.id === 'consent', 3);
        await space(page);
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');

        await waitForStep(page, pl('Check your answers before sending'));
        await tabUntil(page, (f) => f.text === pl('Send feedback'), 12);
        await page.keyboard.press('Enter');

        await waitForText(page, 'cx-feedback-form', pl('Your reference is'));
        const reference = await textOf(page, 'cx-feedback-form >>> .cx-reference');
        const record = await storedFeedback(demo.server, reference);
        expect(record).to.include({ type: 'compliment', details: words, locale: 'pl' });
        const confirmation = await shadowText(page, 'cx-feedback-form');
        expect(confirmation).to.include(pl('Compliment sent'));
        expect(confirmation).to.include(pl('We will pass your compliment on to the people involved.'));
        expect(confirmation).to.include(polishDayMonthYear(due('complaint-acknowledgement', record.receivedAt)));
        expect(confirmation).to.not.include('Compliment sent');
        expect(problems).to.deep.equal([]);
        await page.close();
      });
    });
  }
});
