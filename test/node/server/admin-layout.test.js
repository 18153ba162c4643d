// The admin page as an officer sees it (issue 16): at 1280 px wide nothing
// scrolls sideways and every "Move on to" button is in view, with a header
// and a way back to the site; it can be used from the keyboard, and its
// forms work in a real browser (Origin: null under our Referrer-Policy).
import { expect } from 'chai';
import { engines, launch, openWatched } from '../e2e/browsers.js';
import { complaint, postJson, startServer } from './helpers.js';

for (const engine of engines) {
  describe(`the admin page in ${engine}`, function () {
    this.timeout(60_000);
    let app;
    let browser;
    before(async () => {
      app = await startServer({ corsOrigins: 'https://parish.example' });
      // Long words in a record must not widen the table.
      await postJson(`${app.url}/api/feedback`, complaint({ contact: { name: 'Ann Example', preference: 'email', email: 'a.very.long.email.address.that.goes.on.and.on@an-unusually-long-domain-name.example.org' } }));
      browser = await launch(engine);
    });
    after(async () => {
      await browser?.close();
      await app.stop();
    });

    it('fits 1280 px with every action visible, and its buttons work from the browser', async () => {
      await app.env.officers.addOfficer(`browser-${engine}`, 'a long test password');
      const { page, problems } = await openWatched(browser, [/\/admin\/sign-in\?error=1$/]);
      await page.setViewport({ width: 1280, height: 900 });
      // Signed in through the sign-in page, by keyboard.
      await page.goto(`${app.url}/admin`);
      expect(new URL(page.url()).pathname).to.equal('/admin/sign-in');
      await page.focus('#username');
      await page.keyboard.type(`browser-${engine}`);
      await page.keyboard.press('Tab');
      await page.keyboard.type('a long test password');
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      expect(new URL(page.url()).pathname).to.equal('/admin');
      const layout = await page.evaluate(() => {
        const buttons = [...document.querySelectorAll('table.records button')].map((b) => b.getBoundingClientRect().right);
        return { scrollWidth: document.documentElement.scrollWidth, rightmostButton: Math.max(...buttons), header: document.querySelector('header a[href="/"]')?.textContent, h1: document.querySelector('h1')?.textContent };
      });
      expect(layout.scrollWidth).to.be.at.most(1280);
      expect(layout.rightmostButton).to.be.at.most(1280);
      expect(layout.header).to.equal('Back to the site');
      expect(layout.h1).to.equal('Demo back office');
      // A real click on a "Move on to" button: accepted (CSRF token, same-origin), back on /admin.
      await Promise.all([page.waitForNavigation(), page.click('form[action="/admin/records/CEC-100003"] button')]);
      expect(new URL(page.url()).pathname, await page.evaluate(() => document.body.textContent)).to.equal('/admin');
      expect(await page.$eval('.notice[role=status]', (el) => el.textContent)).to.equal('Request moved on.');
      expect(problems).to.deep.equal([]);
      await page.close();
    });
  });
}
