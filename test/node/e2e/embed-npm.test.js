// A partner who installs from npm: every package packed with `npm pack`,
// installed from the tarballs into a fresh project outside the repository
// (offline, from npm's cache), then used as their app would: core imported
// in Node with its themes and schemas by their documented names, the kit
// bundled, and the types checked by TypeScript.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../../..');
const packages = ['core', 'contact-options', 'request-tracker', 'feedback-form', 'charter-timescales', 'kit'];
/** What the packages depend on from the registry, with their own dependencies. */
const THIRD_PARTY = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize', '@lit-labs/ssr-dom-shim', '@types/trusted-types', 'zod'];
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('the packages as a partner installs them from npm', function () {
  this.timeout(300_000);
  let work, app;

  before(() => {
    expect(existsSync(join(repo, 'packages/core/dist/index.js')) && existsSync(join(repo, 'packages/kit/custom-elements.json')), 'the kit is built (npm run build)').to.equal(true);
    work = mkdtempSync(join(tmpdir(), 'cx-npm-'));
    run('npm', ['pack', '--silent', '--pack-destination', work, ...packages.flatMap((p) => ['-w', `packages/${p}`])], repo);
    const tarballs = readdirSync(work).filter((f) => f.endsWith('.tgz'));
    expect(tarballs).to.have.length(packages.length);
    // Their registry dependencies, packed from the repository's own install: npm's cache here holds
    // their tarballs but not the registry's version lists, without which an offline install cannot choose.
    const deps = join(work, 'deps');
    mkdirSync(deps);
    const overrides = {};
    for (const name of THIRD_PARTY) {
      const file = run('npm', ['pack', '--silent', '--pack-destination', deps, join(repo, 'node_modules', name)], repo).trim().split('\n').at(-1);
      overrides[name] = `file:../deps/${file}`;
    }
    app = join(work, 'app');
    mkdirSync(app);
    const dependencies = Object.fromEntries(tarballs.map((file) => [`@cx-kit/${file.replace(/^cx-kit-|-\d+\.\d+\.\d+\.tgz$/g, '')}`, `file:../${file}`]));
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'partner-app', private: true, type: 'module', dependencies, overrides }, null, 2));
    run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], app);
  });

  after(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('each package has its README, its custom elements manifest named by customElements, and no declarations without their JavaScript', () => {
    for (const name of packages) {
      const folder = join(app, 'node_modules/@cx-kit', name);
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
      expect(existsSync(join(folder, 'README.md')), `${name} README`).to.equal(true);
      expect(manifest.customElements, name).to.equal('custom-elements.json');
      expect(JSON.parse(readFileSync(join(folder, manifest.customElements), 'utf8')).modules, name).to.be.an('array');
    }
    const kitTags = JSON.parse(readFileSync(join(app, 'node_modules/@cx-kit/kit/custom-elements.json'), 'utf8'))
      .modules.flatMap((m) => m.declarations ?? [])
      .map((d) => d.tagName)
      .filter(Boolean);
    expect(kitTags).to.include.members(['cx-contact-options', 'cx-request-tracker', 'cx-feedback-form', 'cx-charter-timescales']);
    expect(existsSync(join(app, 'node_modules/@cx-kit/kit/dist/entries')), 'kit/dist/entries (declarations of page entries)').to.equal(false);
  });

  it('core runs in Node, with its themes and schemas under their documented names', () => {
    const script = `
      import { dueDateFor, defaultCharter } from '@cx-kit/core';
      import { readFileSync } from 'node:fs';
      import charterSchema from '@cx-kit/core/schemas/charter.json' with { type: 'json' };
      const css = readFileSync(new URL(import.meta.resolve('@cx-kit/core/themes/council.css')), 'utf8');
      console.log(JSON.stringify({ due: dueDateFor(defaultCharter, 'foi', '2026-12-18'), schema: typeof charterSchema.properties, css: css.includes('--cx-') }));
    `;
    writeFileSync(join(app, 'check.mjs'), script);
    expect(JSON.parse(run('node', ['check.mjs'], app))).to.deep.equal({ due: '2027-01-21', schema: 'object', css: true });
  });

  it('the kit bundles for the browser, theme included, as an app’s bundler would', () => {
    writeFileSync(join(app, 'main.js'), "import '@cx-kit/core/themes/council.css';\nimport { defineCxKit } from '@cx-kit/kit';\ndefineCxKit({ prefix: 'acme' });\n");
    run(join(repo, 'node_modules/.bin/esbuild'), ['main.js', '--bundle', '--format=esm', '--outdir=out', '--log-level=warning'], app);
    const bundle = readFileSync(join(app, 'out/main.js'), 'utf8');
    expect(bundle).to.include('acme');
    expect(readFileSync(join(app, 'out/main.css'), 'utf8')).to.include('--cx-');
  });

  it('the types check with TypeScript, strictly, library declarations included', () => {
    writeFileSync(
      join(app, 'app.ts'),
      "import { defineCxKit, CxFeedbackForm } from '@cx-kit/kit';\nimport { dueDateFor, defaultCharter } from '@cx-kit/core';\nconst tags: string[] = defineCxKit({ prefix: 'acme' });\nconst due: string | null = dueDateFor(defaultCharter, 'foi', '2026-12-18');\nexport { tags, due, CxFeedbackForm };\n",
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', lib: ['es2022', 'dom', 'dom.iterable'], strict: true, noEmit: true, skipLibCheck: false, experimentalDecorators: false }, files: ['app.ts'] }),
    );
    try {
      run('node', [join(repo, 'node_modules/typescript/bin/tsc'), '-p', '.'], app);
    } catch (error) {
      throw new Error(`tsc found problems in the installed packages:\n${error.stdout}`);
    }
  });
});
