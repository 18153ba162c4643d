import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CxCharterTimescales } from '../src/index.js';
import '../../kit/src/entries/cx-charter-timescales.js';

type El = CxCharterTimescales;
const squash = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const root = (el: El) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: El, selector: string) => root(el).querySelector<T>(selector);
const text = (node: Node | null) => squash(node?.textContent);

const wrappers: HTMLElement[] = [];
// At the root, after open-wc's own fixture cleanup.
afterEach(() => wrappers.splice(0).forEach((wrapper) => wrapper.remove()));

async function inWrapper(template: ReturnType<typeof html>, attributes: Record<string, string> = {}, style: Partial<CSSStyleDeclaration> = {}) {
  const wrapper = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) wrapper.setAttribute(name, value);
  Object.assign(wrapper.style, style);
  document.body.append(wrapper);
  wrappers.push(wrapper);
  const el = await fixture<El>(template, { parentNode: wrapper });
  await waitUntil(() => $(el, '.cx-answer, .cx-table, .cx-sentences'), 'the widget did not settle', { timeout: 8000 });
  await el.updateComplete;
  return { wrapper, el };
}

describe('<cx-charter-timescales>: every promise of the charter, where it applies', () => {

  it('under the table: the council’s promise when it cannot meet a timescale, and the social care note, each once', async () => {
    const { el } = await inWrapper(html`<cx-charter-timescales now="2026-11-23"></cx-charter-timescales>`);
    const notes = text($(el, '[part~="notes"]'));
    expect(notes).to.match(/we will contact you to explain why/i);
    expect(notes).to.match(/social care/i);
    expect(text(root(el)).match(/social care/gi) ?? [], 'said once').to.have.length(1);
    expect(text(root(el)).match(/a more accurate timeframe/gi) ?? [], 'the complaints promise said once, not per row').to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('one timescale shows its own notes: what happens if it is missed', async () => {
    const { el } = await inWrapper(html`<cx-charter-timescales timescale="complaint-stage-1" received="2026-11-23" now="2026-11-23"></cx-charter-timescales>`);
    expect(text($(el, '.cx-answer'))).to.match(/we will contact you to explain why/i);
  });

  it('the table never tells a SAR that "only weekends do not count": it explains the calendar month', async () => {
    const { el } = await inWrapper(html`<cx-charter-timescales received="2027-02-01" now="2027-02-01"></cx-charter-timescales>`);
    const details = text($(el, '[part~="working-days"]'));
    expect(details).to.not.match(/\d{4}, only weekends do not count/);
    expect(details).to.contain('for promises counted in working days, only weekends do not count');
    expect(details).to.contain('Subject Access Requests: This is counted in calendar months, not working days');
  });

  it('asks when the council received it, and its hint never repeats what the resident typed', async () => {
    const { el } = await inWrapper(html`<cx-charter-timescales timescale="foi" received="2026-12-18" now="2027-01-04"></cx-charter-timescales>`);
    expect(text($(el, 'legend'))).to.equal('When did we receive it?');
    expect(text($(el, '#cx-received-hint'))).to.not.contain('18 12 2026');
    const sar = await inWrapper(html`<cx-charter-timescales timescale="sar" received="2026-12-18" now="2027-01-04"></cx-charter-timescales>`);
    expect(text($(sar.el, 'legend'))).to.equal('When did we confirm your identity?');
  });

  it('after "Update the date", says the new dates and that a promise is now overdue', async () => {
    const { el } = await inWrapper(html`<cx-charter-timescales now="2027-01-04"></cx-charter-timescales>`);
    $<HTMLInputElement>(el, '#cx-received-day')!.value = '18';
    $<HTMLInputElement>(el, '#cx-received-month')!.value = '12';
    $<HTMLInputElement>(el, '#cx-received-year')!.value = '2026';
    $(el, 'button[type="submit"]')!.click();
    const status = () => text($(el, 'form [role="status"]'));
    await waitUntil(() => status() !== '', 'nothing was said', { timeout: 5000 });
    expect(status()).to.contain('Acknowledge your suggestion, compliment or complaint: Wednesday 23 December 2026.');
    expect(status()).to.contain('Now overdue: Acknowledge your suggestion, compliment or complaint.');
  });

  it('names the table once: a caption, not also a region and a hidden copy', async () => {
    const { el } = await inWrapper(html`<cx-charter-timescales now="2026-11-23"></cx-charter-timescales>`);
    const caption = text($(el, 'caption'));
    expect(root(el).querySelectorAll('[role="region"], [aria-labelledby="cx-table-caption"]')).to.have.length(0);
    expect(text(root(el)).split(caption).length - 1, 'the caption’s words appear once').to.equal(1);
  });
});

describe('<cx-charter-timescales>: the table at 320px and with 200% text, in every language', () => {

  for (const lang of ['en-GB', 'cy', 'pl', 'ur']) {
    for (const [label, style] of [
      ['320px', { width: '320px' }],
      ['320px at 200% text', { width: '320px', fontSize: '200%' }],
    ] as const) {
      it(`${lang}, ${label}: rows stack, nothing is clipped and nothing scrolls sideways`, async () => {
        const { el } = await inWrapper(html`<cx-charter-timescales now="2026-12-02"></cx-charter-timescales>`, { lang, dir: lang === 'ur' ? 'rtl' : 'ltr' }, style);
        if (lang !== 'en-GB') await waitUntil(() => !text($(el, 'thead')).includes('By when'), `${lang} never loaded`, { timeout: 8000 });
        const host = el.getBoundingClientRect();
        expect(el.scrollWidth, 'no sideways scrolling in the widget').to.be.at.most(el.clientWidth + 1);
        const cells = [...root(el).querySelectorAll<HTMLElement>('tbody th, tbody td')];
        expect(getComputedStyle(cells[0]!).display, 'stacked rows').to.equal('block');
        for (const cell of cells) {
          const box = cell.getBoundingClientRect();
          expect(box.left, `${text(cell)} starts inside`).to.be.at.least(host.left - 1);
          expect(box.right, `${text(cell)} ends inside`).to.be.at.most(host.right + 1);
          expect(cell.scrollWidth, `${text(cell)} is not clipped`).to.be.at.most(cell.clientWidth + 1);
        }
        // The caption reads across the widget, not one letter a line.
        const caption = $(el, 'caption')!.getBoundingClientRect();
        expect(caption.width, 'the caption is as wide as the widget').to.be.at.least(host.width * 0.9);
        // Each stacked value says which column it is.
        expect(cells.filter((cell) => cell.localName === 'td').every((cell) => getComputedStyle(cell.querySelector('.cx-table__label')!).display === 'block')).to.equal(true);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('a wide widget keeps the ordinary table', async () => {
    const { el } = await inWrapper(html`<cx-charter-timescales now="2026-12-02"></cx-charter-timescales>`, {}, { width: '900px' });
    expect(getComputedStyle($(el, 'tbody td')!).display).to.equal('table-cell');
  });
});
