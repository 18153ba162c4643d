import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defaultCharter, type Charter } from '../../src/index.js';
import type { CxErrorDetail } from '../../src/element/index.js';
import type { ToolkitWidget } from './toolkit-widget.js';
import './toolkit-widget.js';

const settled = (el: ToolkitWidget) => waitUntil(() => el.shadowRoot?.querySelector('.title, .cx-fallback-note, slot'), 'widget did not settle', { timeout: 5000 });
const headings = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].map((h) => `${h.localName}${h.getAttribute('aria-level') ?? ''}:${h.textContent!.trim()}`);

function listen(el: Element): CxErrorDetail[] {
  const errors: CxErrorDetail[] = [];
  el.addEventListener('cx-error', (e) => errors.push((e as CustomEvent<CxErrorDetail>).detail));
  return errors;
}

async function mount(template: ReturnType<typeof html>) {
  const el = await fixture<ToolkitWidget>(template);
  await settled(el);
  await el.updateComplete;
  return el;
}

describe('CxElement toolkit: heading-level', () => {
  it('starts at h2 by default, sub-headings one below', async () => {
    const el = await mount(html`<cx-toolkit-widget></cx-toolkit-widget>`);
    expect(el.headingLevel).to.equal(2);
    expect(headings(el)).to.deep.equal(['h2:Contact us', 'h3:Phone']);
    await expect(el).to.be.accessible();
  });

  it('follows heading-level, up to a role=heading past h6', async () => {
    const el = await mount(html`<cx-toolkit-widget heading-level="4"></cx-toolkit-widget>`);
    expect(headings(el)).to.deep.equal(['h4:Contact us', 'h5:Phone']);
    el.headingLevel = 6;
    await el.updateComplete;
    expect(el.getAttribute('heading-level')).to.equal('6');
    expect(headings(el)).to.deep.equal(['h6:Contact us', 'div7:Phone']);
  });

  it('reports an invalid heading-level once, and uses 2', async () => {
    const el = document.createElement('cx-toolkit-widget') as ToolkitWidget;
    const errors = listen(el);
    el.setAttribute('heading-level', '9');
    document.body.append(el);
    await settled(el);
    await el.updateComplete;
    expect(headings(el)).to.deep.equal(['h2:Contact us', 'h3:Phone']);
    el.count = 1;
    await el.updateComplete;
    expect(errors.map((e) => [e.code, e.problems![0]!.path])).to.deep.equal([['attribute-invalid', 'heading-level']]);
    expect(errors[0]!.message).to.contain('from 2 to 6');
    el.remove();
  });
});

describe('CxElement toolkit: attribute problems', () => {
  it('reports each problem once, and a new one when the value changes', async () => {
    const el = document.createElement('cx-toolkit-widget') as ToolkitWidget;
    const errors = listen(el);
    el.size = 'huge';
    document.body.append(el);
    await settled(el);
    el.count = 1;
    await el.updateComplete;
    el.count = 2;
    await el.updateComplete;
    expect(errors.map((e) => e.problems!.map((p) => p.message))).to.deep.equal([['size="huge" must be small or large.']]);
    el.size = 'tiny';
    await el.updateComplete;
    expect(errors).to.have.length(2);
    expect(el.shadowRoot!.querySelector('.title') !== null, 'a problem that is not fatal leaves the widget working').to.equal(true);
    el.remove();
  });

  it('shows the problems to editors in debug mode, below the working widget', async () => {
    const el = await mount(html`<cx-toolkit-widget debug size="huge" heading-level="3"></cx-toolkit-widget>`);
    const panel = el.shadowRoot!.querySelector('[part="notes"]')!;
    expect(panel.textContent).to.contain('size="huge" must be small or large.');
    expect(panel.querySelector('h3')!.textContent).to.equal('Notes for editors');
    await expect(el).to.be.accessible();
  });

  it('shows residents the fallback for a fatal problem', async () => {
    const el = await mount(html`<cx-toolkit-widget service="unknown"><p>Call 01632 960000</p></cx-toolkit-widget>`);
    await waitUntil(() => el.shadowRoot!.querySelector('slot'));
    expect(el.shadowRoot!.querySelector('.title') === null, 'no widget').to.equal(true);
  });

  it('announces nothing while loading: the loading line is not a live region', async () => {
    const el = document.createElement('cx-toolkit-widget') as ToolkitWidget;
    el.charterSrc = '/packages/core/test/element/fixtures/partner-charter.json';
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]') !== null, 'still loading').to.equal(true);
    expect(el.shadowRoot!.querySelector('[role="status"], [role="alert"], [aria-live]') === null, 'no live region').to.equal(true);
    el.remove();
  });
});

describe('CxElement toolkit: example contact details', () => {
  // Through the charter's own flag (charter.exampleContacts), set on the resolved charter.
  async function withFlag(flag: boolean) {
    const el = await mount(html`<cx-toolkit-widget debug></cx-toolkit-widget>`);
    el.showCharter({ ...structuredClone(defaultCharter), exampleContacts: flag } as Charter);
    await el.updateComplete;
    return el;
  }

  it('shows residents the notice near the contact details, and editors a note', async () => {
    const el = await withFlag(true);
    expect(el.showsExampleContacts).to.equal(true);
    const notice = el.shadowRoot!.querySelector('section [part="example-notice"]')!;
    expect(notice.textContent!.trim()).to.equal('Example details: this council has not set its own yet');
    expect(notice.checkVisibility()).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="notes"]')!.textContent).to.contain('exampleContacts');
    await expect(el).to.be.accessible();
  });

  it('shows nothing when the charter has the council’s own details', async () => {
    const el = await withFlag(false);
    expect(el.showsExampleContacts).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="example-notice"], [part="notes"]') === null, 'no notice, no note').to.equal(true);
  });
});
