import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CxContactOptions } from '../src/index.js';
import { root, show, textOf } from './helpers.js';

const MONDAY_MORNING = '2026-06-01T09:00:00Z';

const input = (el: CxContactOptions) => root(el).querySelector<HTMLInputElement>('input[role="combobox"]')!;
const listbox = (el: CxContactOptions) => root(el).getElementById(input(el).getAttribute('aria-controls')!)!;
const options = (el: CxContactOptions) => [...listbox(el).querySelectorAll<HTMLElement>('[role="option"]')];
const status = (el: CxContactOptions) => textOf(root(el).querySelector('.cx-combobox [role="status"]'));
const activeOption = (el: CxContactOptions) => {
  const id = input(el).getAttribute('aria-activedescendant');
  return id ? root(el).getElementById(id) : null;
};

async function searchFor(el: CxContactOptions, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<cx-contact-options> without a service: the search', () => {
  it('on an English page, finds a service by its Polish or Welsh words, shown by its English name (the other languages arrive on a miss)', async () => {
    const el = await show(html`<cx-contact-options lang="en-GB" now=${MONDAY_MORNING}></cx-contact-options>`);
    await searchFor(el, 'śmieci');
    await waitUntil(() => options(el).length > 0, 'nothing found for the Polish "śmieci"', { timeout: 4000 });
    expect(options(el).map(textOf).join(' | ')).to.contain('Bin collections');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await searchFor(el, 'biniau');
    await waitUntil(() => options(el).length > 0, 'nothing found for the Welsh "biniau"');
    expect(textOf(options(el)[0])).to.match(/^Bin collections/);
  });

  it('is a labelled combobox with a hint, collapsed until the resident types', async () => {
    const el = await show(html`<cx-contact-options now=${MONDAY_MORNING}></cx-contact-options>`);
    const box = input(el);
    expect(box.labels![0].textContent!.trim()).to.equal('Find the service you need');
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(box.getAttribute('aria-autocomplete')).to.equal('list');
    expect(listbox(el).getAttribute('role')).to.equal('listbox');
    expect(textOf(root(el).getElementById(box.getAttribute('aria-describedby')!))).to.contain('bins, potholes or council tax');
    await expect(el).to.be.accessible();
  });

  it('keeps the box as tall as its text needs, with large text and a taller line too', async () => {
    const el = await show(html`<cx-contact-options now=${MONDAY_MORNING}></cx-contact-options>`);
    const box = input(el);
    for (const [property, value] of [['', ''], ['--cx-font-size-body', '40px'], ['--cx-line-height', '1.9']]) {
      if (property) el.style.setProperty(property, value);
      const css = getComputedStyle(box);
      const needed = (['lineHeight', 'paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'] as const).reduce((sum, key) => sum + parseFloat(css[key]), 0);
      expect(box.getBoundingClientRect().height, property || 'default').to.be.at.least(Math.max(44, needed) - 0.1);
    }
  });

  it('shows matches as the resident types and announces how many were found', async () => {
    const el = await show(html`<cx-contact-options now=${MONDAY_MORNING}></cx-contact-options>`);
    await searchFor(el, 'bin');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(options(el)[0])).to.equal('Bin collections');
    await waitUntil(() => /services found/.test(status(el)), 'the count was not announced', { timeout: 3000 });
    expect(status(el)).to.match(/^\d+ services found/);
    await expect(el).to.be.accessible();
  });

  it('finds a service from a misspelling, saying which keyword matched', async () => {
    const el = await show(html`<cx-contact-options now=${MONDAY_MORNING}></cx-contact-options>`);
    await searchFor(el, 'potholw');
    expect(textOf(options(el)[0])).to.equal('Roads, pavements and potholes');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await searchFor(el, 'tip');
    expect(input(el).value).to.equal('tip');
    expect(textOf(options(el)[0])).to.equal('Household waste recycling centres Matches “tip”');
  });

  it('moves through the options with the arrow keys, Home and End, and chooses with Enter', async () => {
    const el = await show(html`<cx-contact-options now=${MONDAY_MORNING}></cx-contact-options>`);
    await searchFor(el, 'council tax');
    const count = options(el).length;
    expect(count).to.be.greaterThan(2);
    expect(activeOption(el)).to.equal(null);

    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(activeOption(el)).to.equal(options(el)[0]);
    expect(options(el)[0].getAttribute('aria-selected')).to.equal('true');

    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(activeOption(el)).to.equal(options(el)[1]);
    expect(options(el)[0].getAttribute('aria-selected')).to.equal('false');

    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(activeOption(el)).to.equal(options(el)[count - 1]);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(activeOption(el), 'wraps round to the first').to.equal(options(el)[0]);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(activeOption(el), 'and back to the last').to.equal(options(el)[count - 1]);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(activeOption(el)).to.equal(options(el)[0]);
    expect(root(el).activeElement, 'focus stays in the text box').to.equal(input(el));
    await expect(el).to.be.accessible();

    const name = textOf(options(el)[0]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(input(el).value).to.equal(name);
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(input(el).hasAttribute('aria-activedescendant')).to.equal(false);
    expect(textOf(root(el).querySelector('.cx-service h2'))).to.equal(name);
    expect(textOf(root(el).querySelector('.cx-contact-options > [role="status"]'))).to.equal(`Showing how to contact us about ${name}`);
    expect(root(el).querySelector('.cx-channel[data-channel="phone"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('redraws only the search as the resident types: the list is there when the input event returns, with no update of the widget', async () => {
    const el = await show(html`<cx-contact-options now=${MONDAY_MORNING}></cx-contact-options>`);
    const box = input(el);
    box.focus();
    let updates = 0;
    const counting = () => updates++;
    el.addController({ hostUpdated: counting });
    box.value = 'bin';
    box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    expect(el.isUpdatePending, 'the widget waits for no update').to.equal(false);
    expect(textOf(options(el)[0])).to.equal('Bin collections');
    expect(box.getAttribute('aria-expanded')).to.equal('true');
    await el.updateComplete;
    expect(updates, 'the widget itself did not re-render').to.equal(0);
  });

  it('keeps each option (its element and id) while the list changes around it', async () => {
    const el = await show(html`<cx-contact-options now=${MONDAY_MORNING}></cx-contact-options>`);
    await searchFor(el, 'coun');
    const before = new Map(options(el).map((option) => [option.id, option]));
    await sendKeys({ type: 'cil tax' });
    await el.updateComplete;
    const kept = options(el).filter((option) => before.get(option.id) === option);
    expect(kept.length, 'some options stayed in the list').to.be.greaterThan(0);
    expect(new Set(options(el).map((option) => option.id)).size).to.equal(options(el).length);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(activeOption(el)).to.equal(options(el)[0]);
  });

  it('leaves the list alone when a keystroke finds the same options (a space after a word)', async () => {
    const el = await show(html`<cx-contact-options now=${MONDAY_MORNING}></cx-contact-options>`);
    await searchFor(el, 'bin');
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(listbox(el), { subtree: true, childList: true, attributes: true, characterData: true });
    await sendKeys({ type: ' ' });
    await el.updateComplete;
    changes.push(...observer.takeRecords());
    observer.disconnect();
    expect(input(el).value).to.equal('bin ');
    expect(changes, 'the options were not drawn again').to.have.length(0);
    expect(textOf(options(el)[0])).to.equal('Bin collections');
  });

  it('says "no services match" in the widget\'s own language, though the widget does not re-render', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="pl"><cx-contact-options now=${MONDAY_MORNING}></cx-contact-options></div>`);
    const el = page.querySelector<CxContactOptions>('cx-contact-options')!;
    await waitUntil(() => root(el).querySelector('input[role="combobox"]') && textOf(root(el)).includes('Na przykład'), 'the Polish search never showed');
    await el.updateComplete;
    await searchFor(el, 'xqzzy');
    expect(textOf(root(el).querySelector('[part="search-empty"]'))).to.match(/^Żadna usługa nie pasuje do „xqzzy”/);
    await waitUntil(() => status(el).startsWith('Żadna usługa'), `the announcement was not Polish: ${status(el)}`, { timeout: 3000 });
  });

  it('closes the list with Escape, then clears the box with a second Escape', async () => {
    const el = await show(html`<cx-contact-options now=${MONDAY_MORNING}></cx-contact-options>`);
    await searchFor(el, 'parking');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(listbox(el).hidden).to.equal(true);
    expect(input(el).value).to.equal('parking');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input(el).value).to.equal('');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded'), 'nothing to open').to.equal('false');
  });

  it('reopens the list with ArrowDown after Escape', async () => {
    const el = await show(html`<cx-contact-options now=${MONDAY_MORNING}></cx-contact-options>`);
    await searchFor(el, 'library');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(activeOption(el)).to.equal(options(el)[0]);
  });

  it('says so, and announces it, when nothing matches', async () => {
    const el = await show(html`<cx-contact-options now=${MONDAY_MORNING}></cx-contact-options>`);
    await searchFor(el, 'zzqxj');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(textOf(root(el).querySelector('[part="search-empty"]'))).to.contain('No services match “zzqxj”');
    // The announcement carries the advice shown, not only "nothing found".
    await waitUntil(() => status(el) === textOf(root(el).querySelector('[part="search-empty"]')), 'no-results and its advice were not announced', { timeout: 3000 });
    expect(status(el)).to.contain('Check the spelling');
    await expect(el).to.be.accessible();
  });

  it('chooses an option with a click, keeping focus in the box', async () => {
    const el = await show(html`<cx-contact-options now=${MONDAY_MORNING}></cx-contact-options>`);
    await searchFor(el, 'pothole');
    await waitUntil(() => status(el).includes('found'), 'the count was not announced', { timeout: 3000 });
    options(el)[0].click();
    await el.updateComplete;
    expect(textOf(root(el).querySelector('.cx-service h2'))).to.equal('Roads, pavements and potholes');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    // The count described the list that has closed: the status no longer says it.
    expect(status(el)).to.equal('');
  });

  it('shows the emergency line under the search when the offices are closed', async () => {
    const el = await show(html`<cx-contact-options now="2026-12-25T10:00:00Z"></cx-contact-options>`);
    expect(textOf(root(el).querySelector('[part="emergency"]'))).to.contain('01632 960999');
    await expect(el).to.be.accessible();
  });
});
