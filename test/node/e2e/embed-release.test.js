// A council goes live: `npm run release` writes an archive, the web team
// unpacks it into an empty folder on a plain static host, and a partner's
// page (another origin) pastes a snippet from its integrity manifest. The
// snippet with `integrity` runs one checked file and nothing else; a changed
// file is refused and residents keep the fallback content.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engines, launch } from './browsers.js';
import { partnerPage, startStatic } from './embed-helpers.js';
import { openPage, waitForText } from './journey-helpers.js';

const FALLBACK = 'We reply to information requests within 20 working days.';
const widget = (tag) => `<${tag} timescale="foi" received="2026-12-18">\n  <p>${FALLBACK}</p>\n</${tag}>`;
const WATCH_REFUSALS = `<script>window.refused = []; addEventListener('error', (event) => { if (event.target instanceof HTMLScriptElement) refused.push(event.target.src); }, true);</script>`;

describe('a release on a plain static host, used from a partner’s page', function () {
  this.timeout(180_000);
  let work, host, partner, manifest, folder;

  before(async () => {
    expect(existsSync('dist/standalone/cx-charter-timescales.js'), 'the kit is built (npm run build)').to.equal(true);
    work = mkdtempSync(join(tmpdir(), 'cx-release-'));
    const webRoot = join(work, 'www');
    execFileSync('mkdir', ['-p', webRoot]);
    host = await startStatic(webRoot);
    execFileSync('node', ['scripts/release.mjs', '--out', join(work, 'out'), '--base', `${host.base}/cx-kit/`], { stdio: 'pipe' });
    const version = JSON.parse(readFileSync('packages/kit/package.json', 'utf8')).version;
    execFileSync('tar', ['-xzf', join(work, 'out', `cx-kit-${version}.tar.gz`), '-C', webRoot]);
    folder = join(webRoot, 'cx-kit', version);
    manifest = JSON.parse(readFileSync(join(folder, 'integrity.json'), 'utf8'));

    // Someone changes one byte of the served file (a compromised host or CDN).
    const original = readFileSync(join(folder, 'standalone/cx-charter-timescales.js'));
    execFileSync('mkdir', ['-p', join(folder, 'changed')]);
    writeFileSync(join(folder, 'changed/cx-charter-timescales.js'), Buffer.concat([original, Buffer.from('\n;')]));
    const changedSnippet = manifest.snippets['cx-charter-timescales'].replace('/standalone/', '/changed/');

    partner = await startStatic(undefined, {
      pages: {
        '/checked.html': partnerPage(`${WATCH_REFUSALS}\n${manifest.snippets['cx-charter-timescales']}\n${widget('cx-charter-timescales')}`),
        '/changed.html': partnerPage(`${WATCH_REFUSALS}\n${changedSnippet}\n${widget('cx-charter-timescales')}`),
        '/loader.html': partnerPage(`<script type="module" src="${manifest.base}cx-kit.js" data-prefix="parish"></script>\n${widget('parish-charter-timescales')}`),
      },
    });
  });

  after(async () => {
    await host?.stop();
    await partner?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('the archive holds dist/ under its version, an integrity manifest with every file’s hash, and the snippet base URL', () => {
    expect(manifest.base).to.equal(`${host.base}/cx-kit/${manifest.version}/`);
    expect(Object.keys(manifest.files)).to.include.members(['cx-kit.js', 'standalone/cx-feedback-form.js', 'themes/council.css']);
    for (const [file, hash] of Object.entries(manifest.files)) {
      const expected = `sha384-${execFileSync('openssl', ['dgst', '-sha384', '-binary', join(folder, file)]).toString('base64')}`;
      expect(hash, file).to.equal(expected);
    }
    for (const name of ['cx-contact-options', 'cx-request-tracker', 'cx-feedback-form', 'cx-charter-timescales']) {
      expect(manifest.snippets[name]).to.equal(`<script type="module" src="${manifest.base}standalone/${name}.js" integrity="${manifest.files[`standalone/${name}.js`]}" crossorigin="anonymous"></script>`);
    }
  });

  for (const engine of engines) {
    describe(engine, () => {
      let browser;
      before(async () => {
        browser = await launch(engine);
      });
      after(async () => {
        await browser?.close();
      });

      it('a snippet with integrity runs its one checked file and fetches no other code', async () => {
        const { page, problems } = await openPage(browser);
        const before = host.requests.length;
        await page.goto(`${partner.base}/checked.html`, { waitUntil: 'load' });
        await waitForText(page, 'cx-charter-timescales', '2027');
        const scripts = host.requests.slice(before).filter((r) => r.url.endsWith('.js')).map((r) => r.url);
        expect(scripts).to.deep.equal([`/cx-kit/${manifest.version}/standalone/cx-charter-timescales.js`]);
        expect(await page.evaluate(() => window.refused)).to.deep.equal([]);
        expect(problems).to.deep.equal([]);
        await page.close();
      });

      it('a changed file is refused: nothing of it runs and residents see the fallback', async () => {
        const { page } = await openPage(browser);
        await page.goto(`${partner.base}/changed.html`, { waitUntil: 'load' });
        await page.waitForFunction(() => window.refused.length > 0, { polling: 100 });
        expect(await page.evaluate(() => window.refused)).to.deep.equal([`${manifest.base}changed/cx-charter-timescales.js`]);
        expect(await page.evaluate(() => customElements.get('cx-charter-timescales'))).to.equal(undefined);
        expect(await page.$eval('cx-charter-timescales', (el) => el.innerText.trim())).to.equal(FALLBACK);
        await page.close();
      });

      it('the loader from the unpacked archive loads a prefixed tag from its own folder', async () => {
        const { page, problems } = await openPage(browser);
        await page.goto(`${partner.base}/loader.html`, { waitUntil: 'load' });
        await waitForText(page, 'parish-charter-timescales', '2027');
        expect(problems).to.deep.equal([]);
        await page.close();
      });
    });
  }
});
