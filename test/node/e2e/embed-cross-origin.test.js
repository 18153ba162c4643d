// Issue 15's "Done means": the builder's snippets for all four widgets,
// pasted into a partner's page on another origin, with the council's server
// allowing that origin (CORS_ORIGINS) exactly as the builder tells the
// editor. A complaint sent there reaches the council and is found by the
// tracker; the partner's server never sees a resident's details; and with
// JavaScript off each widget's fallback still gives its essentials and the
// plain forms post to the council's server.
import { expect } from 'chai';
import { existsSync } from 'node:fs';
import { describeInEachEngine, engines, launch, shadowText, widgetsSettled } from './browsers.js';
import { partnerPage, startStatic } from './embed-helpers.js';
import { core, longDate, londonDateOf, openPage, startDemo, storedFeedback, textOf, waitForStep, waitForText } from './journey-helpers.js';
import { signInOfficer } from '../server/helpers.js';

const BUILDER = 'cx-embed-builder';
const WIDGETS = ['cx-contact-options', 'cx-charter-timescales', 'cx-request-tracker', 'cx-feedback-form'];

/** The contact details of the built-in charter, as a resident reads them. */
const charter = core.defaultCharter;
const mainPhone = charter.channels.find((c) => c.kind === 'phone' && c.phone).phone;
const emergencyPhone = charter.channels.find((c) => c.kind === 'emergency' && c.phone).phone;
const digits = (text) => text.replace(/\D/g, '');

/** The builder's advice for a partner's site: what the council's server must allow. */
async function builderAdvice(page, council, partner) {
  await page.goto(`${council}/builder.html`);
  await page.waitForSelector(`${BUILDER} >>> #partner`);
  await page.click(`${BUILDER} >>> #partner`);
  await page.keyboard.type(partner);
  await page.keyboard.press('Tab'); // the field's change event
  await page.waitForFunction((partner) => document.querySelector('cx-embed-builder').shadowRoot.querySelector('#partner-advice').textContent.includes(partner), { polling: 100 }, partner);
  return textOf(page, `${BUILDER} >>> #partner-advice`);
}

/** The snippet the builder offers for `tag` (addresses made absolute with the council's address). */
async function builderSnippet(page, tag) {
  await page.click(`${BUILDER} >>> #w-${tag}`);
  // The built-in charter's contact details are examples: the editor confirms they mean it (a test page).
  if (await page.$(`${BUILDER} >>> #confirm-examples`)) {
    if (!(await page.$eval(`${BUILDER} >>> #confirm-examples`, (box) => box.checked))) await page.click(`${BUILDER} >>> #confirm-examples`);
  }
  await page.waitForFunction(
    (tag) =>
      document.querySelector('cx-embed-builder').shadowRoot.querySelector('[data-testid=snippet]')?.textContent.includes(`<${tag}`) && document.querySelector('cx-embed-builder').shadowRoot.querySelector('[data-testid=snippet]').textContent.includes('integrity="sha384-'),
    { polling: 100 },
    tag,
  );
  return page.$eval(`${BUILDER} >>> [data-testid=snippet]`, (code) => code.textContent);
}

/** Requests the partner's server received that carry anything a resident typed, or that send anything at all. */
function residentDataAt(partner, secrets) {
  return partner.requests.filter((r) => r.method !== 'GET' || r.body || secrets.some((s) => decodeURIComponent(r.url).toLowerCase().includes(s.toLowerCase())));
}

describe('issue 15: the builder’s snippets on a partner’s site (another origin)', function () {
  this.timeout(240_000);
  const pages = {};
  let partner, council, snippets, advice;

  before(async () => {
    expect(existsSync('dist/standalone/cx-feedback-form.js') && existsSync('demo/build/builder.js'), 'the kit is built (npm run build)').to.equal(true);
    // The partner's site first: its address is what the editor tells the builder.
    partner = await startStatic(undefined, { pages });
    council = await startDemo({ corsOrigins: partner.base });

    const browser = await launch(engines[0] ?? 'chromium');
    try {
      const { page } = await openPage(browser);
      advice = await builderAdvice(page, council.base, partner.base);
      snippets = {};
      for (const tag of WIDGETS) snippets[tag] = await builderSnippet(page, tag);
    } finally {
      await browser.close();
    }
    const body = WIDGETS.map((tag) => snippets[tag]).join('\n');
    Object.assign(pages, {
      '/services.html': partnerPage(body, 'Riverside Partnership: council services'),
      // Firefox's WebDriver BiDi cannot turn JavaScript off: there the page's own policy (in its head) forbids every script.
      '/services-no-script.html': partnerPage(body, 'Riverside Partnership: council services').replace('<head>', `<head><meta http-equiv="Content-Security-Policy" content="script-src 'none'">`),
    });
  });

  after(async () => {
    await partner?.stop();
    await council?.stop();
  });

  it('the builder tells the editor to allow the partner’s site in CORS_ORIGINS, and the council’s admin page shows it allowed', async () => {
    expect(advice).to.include(`Please allow ${partner.base} to use our cx-kit services`).and.include('CORS_ORIGINS');
    const officer = await signInOfficer(council.base, council.server.env);
    const admin = await (await officer.get('/admin')).text();
    expect(admin).to.include(`<code>${partner.base}</code>`);
  });

  it('every address in the four snippets is the council’s, never the partner’s', () => {
    for (const tag of WIDGETS) {
      const addresses = [...snippets[tag].matchAll(/(?:src|href|action|endpoint|api|charter-src|wait-time-src)="([^"]+)"/g)].map((m) => m[1]).filter((a) => !/^(tel|mailto):/.test(a));
      expect(addresses.length, tag).to.be.above(0);
      for (const address of addresses) {
        if (/^https?:/.test(address) && !address.startsWith(council.base)) {
          // The charter's own online link may be anywhere, but never the partner's site.
          expect(address.startsWith(partner.base), `${tag}: ${address}`).to.equal(false);
        } else expect(address, `${tag}: ${address}`).to.match(new RegExp(`^${council.base}/`));
      }
    }
    for (const tag of WIDGETS) expect(snippets[tag], tag).to.match(new RegExp(`^<script type="module" src="${council.base}/dist/standalone/${tag}.js" integrity="sha384-[^"]+" crossorigin="anonymous"></script>`));
    expect(snippets['cx-feedback-form']).to.include(`endpoint="${council.base}/api/feedback"`).and.include(`action="${council.base}/api/feedback"`);
    expect(snippets['cx-request-tracker']).to.include(`api="${council.base}/api"`).and.include(`action="${council.base}/api/track"`);
  });

  describeInEachEngine((engine, browser) => {
    it('a complaint sent on the partner’s page reaches the council and the tracker there finds it; the partner’s server sees none of it', async () => {
      const { page, problems } = await openPage(browser());
      const seen = partner.requests.length;
      const name = `Ann ${engine}`;
      const email = `ann.${engine}@example.org`;
      const details = `Our bin was missed on Friday (${engine}). Please collect it.`;
      await page.goto(`${partner.base}/services.html`);
      await widgetsSettled(page);

      await page.click('cx-feedback-form >>> #type-complaint');
      await page.click('cx-feedback-form >>> button[type=submit]');
      await waitForStep(page, 'Which service is your feedback about?');
      await page.type('cx-feedback-form >>> #service-input', 'missed bin');
      await page.waitForSelector('cx-feedback-form >>> [role=option]');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await waitForStep(page, 'What happened?');
      await page.type('cx-feedback-form >>> textarea', details);
      await page.click('cx-feedback-form >>> button[type=submit]');
      await waitForStep(page, 'About you');
      await page.type('cx-feedback-form >>> #name', name);
      await page.click('cx-feedback-form >>> #preference');
      await page.type('cx-feedback-form >>> #email', email);
      await page.click('cx-feedback-form >>> #consent');
      await page.click('cx-feedback-form >>> button[type=submit]');
      await waitForStep(page, 'Check your answers before sending');
      expect(await textOf(page, 'cx-feedback-form >>> button[type=submit]')).to.equal('Send complaint');
      await page.click('cx-feedback-form >>> button[type=submit]');

      await waitForText(page, 'cx-feedback-form', 'Your reference is');
      const reference = await textOf(page, 'cx-feedback-form >>> .cx-reference');
      const record = await storedFeedback(council.server, reference);
      expect(record, 'the council’s server filed it').to.include({ type: 'complaint', details });
      expect(record.contact).to.include({ name, email });

      await page.type('cx-request-tracker >>> #cx-reference', reference);
      await page.type('cx-request-tracker >>> #cx-verifier', email);
      await page.keyboard.press('Enter');
      await waitForText(page, 'cx-request-tracker', `Request ${reference}`);
      const ackDate = longDate(core.dueDateFor(charter, 'complaint-acknowledgement', londonDateOf(record.receivedAt)));
      expect(await shadowText(page, 'cx-request-tracker')).to.include(`We will acknowledge it by ${ackDate}.`);

      const sinceHere = { requests: partner.requests.slice(seen) };
      expect(sinceHere.requests.map((r) => r.url), 'the partner served its page').to.include('/services.html');
      expect(residentDataAt(sinceHere, [name, email, reference, 'missed'])).to.deep.equal([]);
      expect(problems).to.deep.equal([]);
      await page.close();
    });

    describe('with JavaScript off', () => {
      let page, problems;
      const url = () => `${partner.base}/${engine === 'firefox' ? 'services-no-script' : 'services'}.html`;
      beforeEach(async () => {
        ({ page, problems } = await openPage(browser(), [/\/favicon\.ico$/]));
        if (engine === 'chromium') await page.setJavaScriptEnabled(false);
        await page.goto(url());
        expect(await page.evaluate(() => customElements.get('cx-feedback-form')), 'the widgets never ran').to.equal(undefined);
      });
      afterEach(async () => {
        // Firefox reports the scripts its page's policy blocked: that is this test's doing, not the kit's.
        expect(problems.filter((p) => !(engine === 'firefox' && /script-src/.test(p)))).to.deep.equal([]);
        await page.close();
      });

      it('each widget’s fallback shows its essentials', async () => {
        const text = (tag) => page.$eval(tag, (el) => el.innerText.replace(/\s+/g, ' '));
        const contact = await text('cx-contact-options');
        expect(digits(contact)).to.include(digits(mainPhone)).and.include(digits(emergencyPhone));
        expect(contact).to.match(/Emergencies/).and.match(/Monday/);
        expect(await page.$$eval('cx-contact-options a', (links) => links.map((a) => a.textContent.trim()))).to.include('Contact us online');
        expect(await page.$$eval('cx-contact-options a[href^="tel:"]', (links) => links.length)).to.equal(2);

        const timescales = await text('cx-charter-timescales');
        const today = core.todayInLondon(new Date());
        // The builder's usual promise (a Freedom of Information request), its date worked out on the day the snippet was copied.
        const foi = charter.timescales.find((s) => s.id === 'foi');
        expect(timescales).to.include('Our promises, counted from today').and.include(`These dates were worked out on ${longDate(today)}`);
        expect(await page.$$eval('cx-charter-timescales tbody tr', (rows) => rows.map((row) => row.innerText.replace(/\s+/g, ' ').trim()))).to.deep.equal([
          `${core.localText(foi.title, 'en')} ${core.localText(foi.description, 'en')} ${longDate(core.dueDateFor(charter, 'foi', today))}`,
        ]);

        expect(await page.$eval('cx-request-tracker form', (form) => form.action)).to.equal(`${council.base}/api/track`);
        expect(await page.$$eval('cx-request-tracker form input[required]', (inputs) => inputs.map((i) => i.name))).to.deep.equal(['reference', 'verifier']);
        expect(await page.$eval('cx-feedback-form form', (form) => form.action)).to.equal(`${council.base}/api/feedback`);
        expect(await page.$$eval('cx-feedback-form form [name]', (fields) => [...new Set(fields.map((f) => f.name))])).to.include.members(['type', 'details', 'name', 'email', 'consent']);
      });

      it('the plain feedback form posts to the council, whose page gives a reference the plain tracker form then finds', async () => {
        const seen = partner.requests.length;
        const email = `ann.nojs.${engine}@example.org`;
        const details = `The street light outside 12 Market Street is out (${engine}, no JavaScript).`;
        await page.click('#cx-type-complaint');
        await page.type('#cx-details', details);
        await page.type('#cx-name', 'Ann Example');
        await page.type('#cx-email', email);
        await page.click('#cx-consent');
        const [sent] = await Promise.all([page.waitForNavigation(), page.click('cx-feedback-form button[type=submit]')]);
        expect(sent.url()).to.equal(`${council.base}/api/feedback`);
        expect(sent.status()).to.equal(201);
        expect(await textOf(page, 'h1')).to.equal('Feedback sent');
        const body = await textOf(page, 'body');
        const reference = /Your reference is (\S+?)\.?\s/.exec(`${body} `)?.[1];
        expect(reference, body).to.be.a('string');
        const record = await storedFeedback(council.server, reference);
        expect(record, 'the council’s server filed it').to.include({ type: 'complaint', details });

        await page.goto(url());
        await page.type('#cx-reference', reference);
        await page.type('#cx-verifier', email);
        const [tracked] = await Promise.all([page.waitForNavigation(), page.click('cx-request-tracker button[type=submit]')]);
        expect(tracked.url()).to.equal(`${council.base}/api/track`);
        expect(tracked.status()).to.equal(200);
        expect(await textOf(page, 'h1')).to.equal(`Request ${reference}`);

        expect(residentDataAt({ requests: partner.requests.slice(seen) }, [email, reference, 'street light'])).to.deep.equal([]);
      });
    });
  });
});
