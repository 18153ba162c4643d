import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CxCharterTimescales } from '../src/index.js';
import '../../kit/src/entries/cx-charter-timescales.js';

// The README promises: dates after the published bank holidays (to 31 December 2028) say they may change.
const squash = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const NOTE = 'Dates after Sunday 31 December 2028 may change if new bank holidays are announced.';

async function show(template: ReturnType<typeof html>) {
  const el = await fixture<CxCharterTimescales>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('.cx-answer, .cx-table, .cx-sentences'), 'the widget did not settle', { timeout: 8000 });
  await el.updateComplete;
  return el;
}
const wrappers: HTMLElement[] = [];
// At the root, after open-wc's own fixture cleanup.
afterEach(() => wrappers.splice(0).forEach((wrapper) => wrapper.remove()));
const note = (el: CxCharterTimescales) => el.shadowRoot!.querySelector('[part="horizon-note"]');

describe('<cx-charter-timescales>: dates beyond the published bank holidays', () => {
  it('one answer past 31 December 2028 says its date may change', async () => {
    const el = await show(html`<cx-charter-timescales timescale="foi" received="2028-12-20" now="2028-12-20"></cx-charter-timescales>`);
    expect(squash(note(el)?.textContent)).to.equal(NOTE);
    await expect(el).to.be.accessible();
  });

  it('the table says it once, under the table, when any of its dates is past the horizon', async () => {
    const el = await show(html`<cx-charter-timescales received="2028-12-01" now="2028-12-01"></cx-charter-timescales>`);
    expect(el.shadowRoot!.querySelectorAll('[part="horizon-note"]')).to.have.length(1);
    expect(squash(note(el)?.textContent)).to.equal(NOTE);
    expect(note(el)!.previousElementSibling?.localName, 'right after the table').to.equal('table');
  });

  it('says nothing for dates GOV.UK has published', async () => {
    const answer = await show(html`<cx-charter-timescales timescale="foi" received="2026-11-23" now="2026-11-23"></cx-charter-timescales>`);
    const table = await show(html`<cx-charter-timescales received="2026-11-23" now="2026-11-23"></cx-charter-timescales>`);
    expect(note(answer)).to.equal(null);
    expect(note(table)).to.equal(null);
  });

  it('in Welsh, with the date in Welsh', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'cy';
    document.body.append(wrapper);
    wrappers.push(wrapper);
    const el = await fixture<CxCharterTimescales>(html`<cx-charter-timescales timescale="foi" received="2028-12-20" now="2028-12-20"></cx-charter-timescales>`, { parentNode: wrapper });
    await waitUntil(() => note(el), 'no note in Welsh', { timeout: 8000 });
    expect(squash(note(el)!.textContent)).to.equal('Gall dyddiadau ar ôl dydd Sul 31 Rhagfyr 2028 newid os cyhoeddir gwyliau banc newydd.');
  });
});
