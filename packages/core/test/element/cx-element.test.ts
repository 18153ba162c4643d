import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { defaultCharter, localText } from '../../src/index.js';
import { matchLocale, nearestLang } from '../../src/element/index.js';
import type { TestWidget } from './test-widget.js';
import './test-widget.js';

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const ready = (el: TestWidget) => waitUntil(() => el.shadowRoot?.querySelector('.org, .cx-fallback-note, slot'), 'widget did not settle', { timeout: 5000 });

const partnerCharter = () => {
  const charter = structuredClone(defaultCharter) as { organisation: { name: unknown } };
  charter.organisation.name = 'Partner Housing Trust';
  return charter;
};

describe('CxElement: where the charter comes from', () => {
  it('uses the built-in default charter with no configuration', async () => {
    const el = await fixture<TestWidget>(html`<cx-test-widget></cx-test-widget>`);
    await ready(el);
    expect(text(el)).to.contain(localText(defaultCharter.organisation.name, 'en'));
  });

  it('prefers the charter property over inline JSON and charter-src', async () => {
    const el = await fixture<TestWidget>(html`<cx-test-widget charter-src="/nowhere.json" .charter=${partnerCharter()}>
      <script type="application/json">
        {}
      </script>
    </cx-test-widget>`);
    await ready(el);
    expect(text(el)).to.contain('Partner Housing Trust');
  });

  it('reads an inline JSON script child', async () => {
    const el = await fixture<TestWidget>(html`<cx-test-widget
      ><script type="application/json">
        ${JSON.stringify(partnerCharter())}
      </script></cx-test-widget
    >`);
    await ready(el);
    expect(text(el)).to.contain('Partner Housing Trust');
  });

  it('fetches charter-src', async () => {
    const el = await fixture<TestWidget>(html`<cx-test-widget charter-src="/packages/core/test/element/fixtures/partner-charter.json"></cx-test-widget>`);
    await waitUntil(() => text(el).includes('Partner Housing Trust'), 'charter-src not applied', { timeout: 5000 });
  });

  it('uses a charter property set just after the element joins the page (as plain scripts do)', async () => {
    const el = document.createElement('cx-test-widget') as TestWidget;
    document.body.append(el);
    el.charter = partnerCharter();
    await waitUntil(() => text(el).includes('Partner Housing Trust'), 'the charter set after connecting was ignored', { timeout: 5000 });
    el.remove();
  });

  it('reloads when charter-src changes', async () => {
    const el = await fixture<TestWidget>(html`<cx-test-widget></cx-test-widget>`);
    await ready(el);
    el.charterSrc = '/packages/core/test/element/fixtures/partner-charter.json';
    await waitUntil(() => text(el).includes('Partner Housing Trust'), 'new charter-src not applied', { timeout: 5000 });
  });
});

describe('CxElement: a bad charter never leaves a blank space', () => {
  it('shows the editor’s fallback content to residents and fires cx-error with each problem', async () => {
    const el = document.createElement('cx-test-widget') as TestWidget;
    el.innerHTML = '<p>Call <a href="tel:01632960000">01632 960000</a></p>';
    el.charter = { version: 1, organisation: { name: '' }, services: 'nope' };
    const errored = oneEvent(el, 'cx-error');
    document.body.append(el);
    const event = await errored;
    expect(event.detail.code).to.equal('charter-invalid');
    expect(event.detail.problems.length).to.be.greaterThan(1);
    expect(event.detail.problems.map((p: { path: string }) => p.path).join(' ')).to.contain('services');
    await el.updateComplete;
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0].textContent).to.contain('01632 960000');
    expect(el.shadowRoot!.querySelector('[part="problems"]'), 'no editor panel without debug').to.equal(null);
    el.remove();
  });

  it('shows editors a panel naming each problem and its path in debug mode', async () => {
    const el = await fixture<TestWidget>(html`<cx-test-widget debug .charter=${{ version: 1, services: [{ id: 'Bad Id' }] }}><p>Fallback</p></cx-test-widget>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="problems"]'), 'no problems panel');
    const panel = el.shadowRoot!.querySelector('[part="problems"]')!;
    expect(panel.getAttribute('role')).to.equal('alert');
    expect(panel.textContent).to.match(/services\[0\]/);
    await expect(el).to.be.accessible();
  });

  it('says so plainly when the editor wrote no fallback', async () => {
    const el = await fixture<TestWidget>(html`<cx-test-widget .charter=${{ nonsense: true }}></cx-test-widget>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.cx-fallback-note'), 'no fallback note');
    expect(text(el)).to.contain('Please contact the council');
  });

  it('treats an unreachable charter-src as an error with its own code', async () => {
    const el = document.createElement('cx-test-widget') as TestWidget;
    el.setAttribute('charter-src', '/packages/core/test/element/fixtures/missing.json');
    const errored = oneEvent(el, 'cx-error');
    document.body.append(el);
    const event = await errored;
    expect(event.detail.code).to.equal('charter-unreachable');
    expect(event.detail.problems[0].path).to.equal('charter-src');
    el.remove();
  });

  it('reports a JSON syntax error in an inline charter', async () => {
    const el = document.createElement('cx-test-widget') as TestWidget;
    el.innerHTML = '<script type="application/json">{ "version": 1, </script><p>Fallback</p>';
    const errored = oneEvent(el, 'cx-error');
    document.body.append(el);
    expect((await errored).detail.code).to.equal('charter-invalid');
    el.remove();
  });
});

describe('CxElement: taken off the page while its charter loads', () => {
  it('fires nothing when the answer comes after it left, and works when it comes back', async () => {
    const el = document.createElement('cx-test-widget') as TestWidget;
    el.setAttribute('charter-src', '/packages/core/test/element/fixtures/missing.json?slow');
    let errors = 0;
    el.addEventListener('cx-error', () => errors++);
    document.body.append(el);
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(errors, 'cx-error from a detached element').to.equal(0);
    el.setAttribute('charter-src', '/packages/core/test/element/fixtures/partner-charter.json');
    document.body.append(el);
    await waitUntil(() => text(el).includes('Partner Housing Trust'), 'did not load again when put back', { timeout: 5000 });
    el.remove();
  });
});

describe('CxElement: language', () => {
  it('maps language tags onto the kit’s locales', () => {
    expect(matchLocale('cy-GB')).to.equal('cy');
    expect(matchLocale('PL')).to.equal('pl');
    expect(matchLocale('en-US')).to.equal('en-GB');
    expect(matchLocale('fr')).to.equal('en-GB');
    expect(matchLocale('')).to.equal('en-GB');
  });

  it('finds the nearest lang across a shadow root', async () => {
    const outer = await fixture(html`<div lang="cy"><div></div></div>`);
    const host = outer.firstElementChild!;
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    expect(nearestLang(inner)).to.equal('cy');
  });

  it('sets lang and dir on its content from the nearest lang, and follows changes live', async () => {
    const wrapper = await fixture(html`<div lang="pl"><cx-test-widget></cx-test-widget></div>`);
    const el = wrapper.querySelector('cx-test-widget') as TestWidget;
    await ready(el);
    const content = () => el.shadowRoot!.querySelector('[lang]')!;
    expect(content().getAttribute('lang')).to.equal('pl');
    wrapper.setAttribute('lang', 'ur');
    await waitUntil(() => content().getAttribute('lang') === 'ur', 'lang change not followed');
    expect(content().getAttribute('dir')).to.equal('rtl');
  });
});

describe('CxElement: the built-in default in the widget’s language', () => {
  const phone = (el: TestWidget) => el.shadowRoot?.querySelector('.phone')?.textContent ?? '';
  /** The languages of the charter's texts other than English. */
  const languagesIn = (el: TestWidget) => [...new Set([...JSON.stringify(el.charterNow).matchAll(/"(cy|pl|ur)":/g)].map((m) => m[1]))];

  it('an English widget’s charter is in English only', async () => {
    const el = await fixture<TestWidget>(html`<cx-test-widget lang="en-GB"></cx-test-widget>`);
    await waitUntil(() => phone(el) === 'Phone', `read: ${phone(el)}`);
    expect(languagesIn(el)).to.deep.equal([]);
  });

  it('Welsh and Polish widgets side by side each get English and their own language', async () => {
    const page = await fixture(html`<div><cx-test-widget lang="cy-GB"></cx-test-widget><cx-test-widget lang="pl"></cx-test-widget></div>`);
    const [welsh, polish] = [...page.querySelectorAll<TestWidget>('cx-test-widget')];
    await waitUntil(() => phone(welsh) === 'Ffôn' && phone(polish) === 'Telefon', `read: ${phone(welsh)} / ${phone(polish)}`);
    expect(languagesIn(welsh)).to.deep.equal(['cy']);
    expect(languagesIn(polish)).to.deep.equal(['pl']);
  });

  it('follows a live change of language, loading each language’s text when it is first needed', async () => {
    const wrapper = await fixture(html`<div lang="en-GB"><cx-test-widget></cx-test-widget></div>`);
    const el = wrapper.querySelector('cx-test-widget') as TestWidget;
    await waitUntil(() => phone(el) === 'Phone', `read: ${phone(el)}`);
    for (const [lang, word] of [['cy', 'Ffôn'], ['ur', 'فون'], ['en-GB', 'Phone'], ['cy', 'Ffôn']]) {
      wrapper.setAttribute('lang', lang);
      await waitUntil(() => phone(el) === word && el.shadowRoot!.querySelector('[lang]')?.getAttribute('lang') === lang, `${lang} read: ${phone(el)}`);
    }
    expect(languagesIn(el)).to.deep.equal(['cy']);
  });

  it('in a language the kit does not have, is in English', async () => {
    const el = await fixture<TestWidget>(html`<cx-test-widget lang="fr"></cx-test-widget>`);
    await waitUntil(() => phone(el) === 'Phone', `read: ${phone(el)}`);
    expect(languagesIn(el)).to.deep.equal([]);
  });
});
