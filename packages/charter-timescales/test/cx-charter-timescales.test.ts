import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defaultCharter, lgscoCharter, localText } from '@cx-kit/core';
import { formatDate } from '@cx-kit/core/element';
import type { CxCharterTimescales, CxTimescaleChangeDetail } from '../src/index.js';
import '../../kit/src/entries/cx-charter-timescales.js';

type El = CxCharterTimescales;

const squash = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const root = (el: El) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: El, selector: string) => root(el).querySelector<T>(selector);
const $$ = (el: El, selector: string) => Array.from(root(el).querySelectorAll<HTMLElement>(selector));
const text = (node: Node | null) => squash(node?.textContent);

/** Waits until the widget shows something other than "Loading…". */
// Generous timeouts: a test page in a background tab (two run at once) gets slow timers in Firefox.
const settled = (el: El) =>
  waitUntil(() => $(el, '.cx-answer, .cx-table, .cx-sentences, slot, .cx-fallback-note'), 'the widget did not settle', { timeout: 5000 });

async function show(template: ReturnType<typeof html>): Promise<El> {
  const el = await fixture<El>(template);
  await settled(el);
  await el.updateComplete;
  return el;
}

/**
 * Puts the widget inside a wrapper (a lang, a button before it). Not a
 * `fixture` of a plain <div>: that waits for an animation frame, which never
 * comes while the test page is a background tab (tests run two pages at once).
 */
const wrappers: HTMLElement[] = [];
async function inside(attributes: Record<string, string>, template: ReturnType<typeof html>, before?: HTMLElement): Promise<El> {
  const wrapper = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) wrapper.setAttribute(name, value);
  document.body.append(wrapper);
  wrappers.push(wrapper);
  const el = await fixture<El>(template, { parentNode: wrapper });
  if (before) wrapper.prepend(before);
  await settled(el);
  return el;
}
afterEach(() => wrappers.splice(0).forEach((wrapper) => wrapper.remove()));

/**
 * What a screen reader reads from a subtree: its text, without anything
 * hidden from assistive technology (aria-hidden, display: none), with
 * visually hidden text kept.
 */
function spoken(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return '';
  if (node.getAttribute('aria-hidden') === 'true' || getComputedStyle(node).display === 'none') return '';
  return ` ${Array.from(node.childNodes, spoken).join('')} `;
}

/**
 * Empties the focused box with the keyboard (End, then Backspace for each
 * character). Tabbing into a box selects its text only when the window has
 * focus, which a background test page does not.
 */
async function clearBox(el: El): Promise<void> {
  const box = root(el).activeElement as HTMLInputElement;
  const length = box.value.length;
  await sendKeys({ press: 'End' });
  for (let i = 0; i < length; i += 1) await sendKeys({ press: 'Backspace' });
}

/** Presses Tab until `target` has focus inside the widget, returning what took focus on the way. */
async function tabTo(el: El, target: Element, limit = 10): Promise<string[]> {
  const visited: string[] = [];
  for (let i = 0; i < limit && root(el).activeElement !== target; i += 1) {
    await sendKeys({ press: 'Tab' });
    const active = root(el).activeElement;
    visited.push(active ? active.id || active.localName : 'outside');
  }
  expect(root(el).activeElement, `Tab never reached #${target.id}`).to.equal(target);
  return visited;
}

describe('<cx-charter-timescales> with a timescale: the sentence', () => {
  it('gives the promise in plain English with a real date, marked up as <time>', async () => {
    const el = await show(html`<cx-charter-timescales timescale="foi" received="2026-12-18" now="2026-12-18" layout="sentence"></cx-charter-timescales>`);
    expect(text($(el, '.cx-answer__lead'))).to.equal('We will respond by Thursday 21 January 2027 (20 working days)');
    const time = $(el, 'time[part="due-date"]')!;
    expect(time.getAttribute('datetime')).to.equal('2027-01-21');
    expect(el.dueDate).to.equal('2027-01-21');
    expect(text($(el, 'h2'))).to.equal('Respond to a Freedom of Information request');
    expect(text($(el, '.cx-answer'))).to.contain('Counted from Friday 18 December 2026, the day we received it.');
    expect($(el, '.cx-calendar'), 'no calendar in the sentence layout').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('uses each promise’s own words', async () => {
    const el = await show(html`<cx-charter-timescales timescale="complaint-acknowledgement" received="2026-12-24" now="2026-12-24" layout="sentence"></cx-charter-timescales>`);
    expect(text($(el, '.cx-answer__lead'))).to.equal('We will acknowledge it by Thursday 31 December 2026 (3 working days)');
    el.timescale = 'letter-more-information';
    await el.updateComplete;
    expect(text($(el, '.cx-answer__lead'))).to.equal('If we need more information from you, we will contact you by Friday 8 January 2027 (8 working days)');
  });

  it('counts from today in UK time when received is not given', async () => {
    const el = await show(html`<cx-charter-timescales timescale="complaint-stage-1" now="2026-06-30T23:30:00Z" layout="sentence"></cx-charter-timescales>`);
    // 00:30 on 1 July in London (BST): received Wednesday 1 July, 10 working days later.
    expect(text($(el, '.cx-answer'))).to.contain('Counted from Wednesday 1 July 2026');
    expect(el.dueDate).to.equal('2026-07-15');
  });

  it('says when the date is today', async () => {
    const el = await show(html`<cx-charter-timescales timescale="foi" received="2026-12-18" now="2027-01-21"></cx-charter-timescales>`);
    expect(text($(el, '.cx-answer'))).to.contain('Due today');
    expect($(el, '[part="overdue"]')).to.equal(null);
  });

  it('gives a promise of minutes in words, with no date', async () => {
    const el = await show(html`<cx-charter-timescales timescale="call-answer"></cx-charter-timescales>`);
    expect(text($(el, '.cx-answer__lead'))).to.equal('We aim to answer your call within two minutes.');
    expect(el.dueDate).to.equal(null);
    expect($(el, 'form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('fires cx-timescale-change with the answer', async () => {
    const el = document.createElement('cx-charter-timescales') as El;
    el.setAttribute('timescale', 'foi');
    el.setAttribute('received', '2026-12-18');
    const changed = oneEvent(el, 'cx-timescale-change');
    document.body.append(el);
    const event = (await changed) as CustomEvent<CxTimescaleChangeDetail>;
    expect(event.detail).to.deep.equal({ timescale: 'foi', received: '2026-12-18', dueDate: '2027-01-21' });
    expect(event.bubbles && event.composed).to.equal(true);
    const again = oneEvent(el, 'cx-timescale-change');
    el.received = '2027-01-04';
    expect(((await again) as CustomEvent<CxTimescaleChangeDetail>).detail).to.deep.equal({ timescale: 'foi', received: '2027-01-04', dueDate: '2027-02-01' });
    el.remove();
  });
});

describe('<cx-charter-timescales>: the calendar picture', () => {
  it('draws the months of the window, marking received, skipped and due days', async () => {
    const el = await show(html`<cx-charter-timescales timescale="foi" received="2026-12-18" now="2026-12-18"></cx-charter-timescales>`);
    const months = $$(el, '.cx-month');
    expect(months.map((m) => text(m.querySelector('caption')))).to.deep.equal(['December 2026', 'January 2027']);
    const cell = (month: number, day: string) =>
      Array.from(months[month]!.querySelectorAll('.cx-day')).find((node) => node.textContent === day)!;
    expect(cell(0, '18').classList.contains('cx-day--received')).to.equal(true);
    expect(cell(0, '25').classList.contains('cx-day--not-counted')).to.equal(true);
    expect(cell(0, '24').classList.contains('cx-day--counted')).to.equal(true);
    expect(cell(1, '21').classList.contains('cx-day--due')).to.equal(true);
    expect(cell(1, '22').className).to.equal('cx-day ');
    await expect(el).to.be.accessible();
  });

  it('is one sentence to a screen reader, not a table of cells', async () => {
    const el = await show(html`<cx-charter-timescales timescale="foi" received="2026-12-18" now="2026-12-18"></cx-charter-timescales>`);
    const calendar = $(el, '[part="calendar"]')!;
    expect($(el, '.cx-calendar__picture')!.getAttribute('aria-hidden')).to.equal('true');
    expect(squash(spoken(calendar))).to.equal(
      'A calendar marks Friday 18 December 2026, the day we received it, and Thursday 21 January 2027, the due date. ' +
        'It crosses out 14 days that do not count: weekends, Christmas Day, Boxing Day (substitute day), New Year’s Day and 2nd January (substitute day).',
    );
  });

  it('shows one month when the window fits in it', async () => {
    const el = await show(html`<cx-charter-timescales timescale="complaint-acknowledgement" received="2027-03-01" now="2027-03-01"></cx-charter-timescales>`);
    expect($$(el, '.cx-month').length).to.equal(1);
    expect(squash(spoken($(el, '[part="calendar"]')!))).to.equal(
      'A calendar marks Monday 1 March 2027, the day we received it, and Thursday 4 March 2027, the due date.',
    );
  });
});

describe('<cx-charter-timescales>: what counts as a working day', () => {
  it('is a closed disclosure listing every skipped day in the window by name', async () => {
    // The browser's own <details> opens with Enter or Space; the test opens it with a click because
    // Firefox ignores key activation in a background test page.
    const el = await show(html`<cx-charter-timescales timescale="foi" received="2026-12-18" now="2026-12-18"></cx-charter-timescales>`);
    const details = $<HTMLDetailsElement>(el, 'details[part="working-days"]')!;
    expect(details.open).to.equal(false);
    expect(text(details.querySelector('summary'))).to.equal('What counts as a working day?');
    const summary = details.querySelector('summary')!;
    expect(summary.tabIndex, 'the summary is a tab stop').to.equal(0);
    summary.click();
    await waitUntil(() => details.open, 'the disclosure did not open', { timeout: 5000 });
    const items = Array.from(details.querySelectorAll('li'), text);
    expect(items).to.include.members([
      'Saturday 19 December 2026: weekend',
      'Friday 25 December 2026: Christmas Day',
      'Monday 28 December 2026: Boxing Day (substitute day)',
      'Friday 1 January 2027: New Year’s Day',
      'Monday 4 January 2027: 2nd January (substitute day)',
    ]);
    expect(items.length).to.equal(14);
    expect(text(details)).to.contain('bank holidays in any part of the UK do not count');
    await expect(el).to.be.accessible();
  });

  it('names the council’s own closures', async () => {
    const el = await show(html`<cx-charter-timescales .charter=${lgscoCharter} timescale="complaint-acknowledgement" received="2026-12-24" now="2026-12-24"></cx-charter-timescales>`);
    const items = $$(el, 'details li').map(text);
    expect(items).to.include('Tuesday 29 December 2026: Council closed between Christmas and New Year');
    expect(text($(el, 'details'))).to.contain('days the council is closed do not count');
  });
});

describe('<cx-charter-timescales> without a timescale: every promise', () => {
  it('tables every dated promise in the charter’s order, as if received today', async () => {
    const el = await show(html`<cx-charter-timescales now="2026-11-23"></cx-charter-timescales>`);
    const table = $(el, 'table[part="table"]')!;
    expect(text(table.querySelector('caption'))).to.equal('Our promises if we receive your request today, Monday 23 November 2026');
    expect(Array.from(table.querySelectorAll('thead th'), text)).to.deep.equal(['What', 'How long', 'By when']);
    // What a sighted resident reads on a wide screen (the stacked layout's column names are not shown there).
    const rows = Array.from(table.querySelectorAll('tbody tr'), (row) => Array.from(row.children, (cell) => (cell as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
    expect(rows.map((row) => row[0])).to.deep.equal(
      defaultCharter.timescales.filter((t) => t.rule.kind !== 'duration').map((t) => localText(t.title, 'en')),
    );
    // St Andrew's Day (Monday 30 November, Scotland) does not count for FOI.
    expect(rows[3]).to.deep.equal(['Respond to a Freedom of Information request', '20 working days', 'Tuesday 22 December 2026']);
    expect(rows[4]![1]).to.equal('1 month from the day we verify your identity');
    expect(rows[4]![2]).to.equal('Wednesday 23 December 2026');
    expect(table.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-26');
    expect(text($(el, '.cx-undated'))).to.equal('We aim to answer your call within two minutes.');
    expect(el.dueDate).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lists the bank holidays in the window, saying which count for FOI', async () => {
    const el = await show(html`<cx-charter-timescales received="2026-12-18" now="2027-01-04"></cx-charter-timescales>`);
    const items = $$(el, 'details li').map(text);
    expect(items).to.include('Friday 25 December 2026: Christmas Day');
    expect(items).to.include(
      'Monday 4 January 2027: 2nd January (substitute day) (a bank holiday in another part of the UK: only Freedom of Information requests skip it)',
    );
    expect(text($(el, 'caption'))).to.equal('Our promises for a request we received on Friday 18 December 2026');
    await expect(el).to.be.accessible();
  });

  it('shows the table for one timescale with layout="table", and marks its row', async () => {
    const el = await show(html`<cx-charter-timescales timescale="sar" layout="table" now="2026-11-23"></cx-charter-timescales>`);
    expect($(el, '.cx-table__row--chosen th')!.textContent).to.contain('Subject Access Request');
    expect(el.dueDate).to.equal('2026-12-23');
  });

  it('writes every promise as a sentence with layout="sentence"', async () => {
    const el = await show(html`<cx-charter-timescales layout="sentence" now="2026-11-23"></cx-charter-timescales>`);
    const items = $$(el, '.cx-sentences__list li').map(text);
    expect(items[3]).to.equal('Respond to a Freedom of Information request: We will respond by Tuesday 22 December 2026 (20 working days).');
    expect(text($(el, '.cx-undated'))).to.equal('We aim to answer your call within two minutes.');
    await expect(el).to.be.accessible();
  });
});

describe('<cx-charter-timescales>: the date input', () => {
  it('is used with the keyboard alone, updates the answer and announces it politely', async () => {
    const before = document.createElement('button');
    before.textContent = 'Before';
    const el = await inside({}, html`<cx-charter-timescales timescale="foi" now="2027-01-04" layout="sentence"></cx-charter-timescales>`, before);
    const day = $<HTMLInputElement>(el, '#cx-received-day')!;
    expect(day.value).to.equal('4', 'the boxes start at the date shown');
    before.focus();
    expect(await tabTo(el, day), 'the disclosure, then the day box').to.deep.equal(['summary', 'cx-received-day']);
    const changes: CxTimescaleChangeDetail[] = [];
    el.addEventListener('cx-timescale-change', (event) => changes.push((event as CustomEvent<CxTimescaleChangeDetail>).detail));

    await clearBox(el);
    await sendKeys({ type: '18' });
    await sendKeys({ press: 'Tab' });
    await clearBox(el);
    await sendKeys({ type: '12' });
    await sendKeys({ press: 'Tab' });
    await clearBox(el);
    await sendKeys({ type: '2026' });
    await sendKeys({ press: 'Enter' });

    await waitUntil(() => el.dueDate === '2027-01-21', 'the answer did not update', { timeout: 5000 });
    expect(text($(el, '.cx-answer__lead'))).to.equal('We will respond by Thursday 21 January 2027 (20 working days)');
    const status = $(el, '[role="status"]')!;
    expect(status.getAttribute('aria-live')).to.equal('polite');
    await waitUntil(() => text(status) !== '', 'nothing was announced', { timeout: 5000 });
    expect(text(status)).to.equal('We will respond by Thursday 21 January 2027.');
    expect(status.closest('form'), 'the new answer shows under the button, in view').to.equal($(el, 'form'));
    expect(changes).to.deep.equal([{ timescale: 'foi', received: '2026-12-18', dueDate: '2027-01-21' }]);
    await expect(el).to.be.accessible();
  });

  it('gives GOV.UK error messages, takes the resident to the box, and keeps what they typed', async () => {
    const el = await show(html`<cx-charter-timescales timescale="foi" received="2026-12-18" now="2027-01-04" layout="sentence"></cx-charter-timescales>`);
    const month = $<HTMLInputElement>(el, '#cx-received-month')!;
    await tabTo(el, month);
    await clearBox(el);
    await sendKeys({ press: 'Enter' });

    await waitUntil(() => $(el, '.cx-error-summary'), 'no error summary', { timeout: 5000 });
    const summary = $(el, '.cx-error-summary')!;
    await waitUntil(() => root(el).activeElement === summary, 'the error summary did not take focus', { timeout: 5000 });
    expect(text(summary)).to.equal('There is a problem Date we received it must include a month');
    expect(text($(el, '.cx-error-message'))).to.equal('Error: Date we received it must include a month');
    expect(month.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#cx-received-day')!.getAttribute('aria-invalid')).to.equal('false');
    expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.equal('cx-received-hint cx-received-error');
    expect($<HTMLInputElement>(el, '#cx-received-day')!.value).to.equal('18');
    expect(el.dueDate, 'the answer stays as it was').to.equal('2027-01-21');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(summary.querySelector('a'));
    await sendKeys({ press: 'Enter' });
    expect(root(el).activeElement).to.equal(month);

    await sendKeys({ type: '2' });
    const day = $<HTMLInputElement>(el, '#cx-received-day')!;
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(root(el).activeElement).to.equal(day);
    await clearBox(el);
    await sendKeys({ type: '30' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text($(el, '.cx-error-message')).includes('real date'), 'no real-date error', { timeout: 5000 });
    expect(text($(el, '.cx-error-message'))).to.equal('Error: Date we received it must be a real date');
    expect(day.getAttribute('aria-invalid')).to.equal('true');

    const year = $<HTMLInputElement>(el, '#cx-received-year')!;
    day.value = '3';
    year.value = '27';
    $(el, 'button[type="submit"]')!.click();
    await waitUntil(() => text($(el, '.cx-error-message')).includes('4 numbers'), 'no year error', { timeout: 5000 });
    expect(year.getAttribute('aria-invalid')).to.equal('true');

    day.value = '';
    $<HTMLInputElement>(el, '#cx-received-month')!.value = '';
    year.value = '';
    $(el, 'button[type="submit"]')!.click();
    await waitUntil(() => text($(el, '.cx-error-message')).includes('Enter the date'), 'no empty error', { timeout: 5000 });
    expect(text($(el, '.cx-error-message'))).to.equal('Error: Enter the date we received it');

    day.value = '3';
    $<HTMLInputElement>(el, '#cx-received-month')!.value = '2';
    year.value = '2027';
    $(el, 'button[type="submit"]')!.click();
    await waitUntil(() => !$(el, '.cx-error-summary'), 'the error stayed', { timeout: 5000 });
    expect(el.dueDate).to.equal('2027-03-03');
    expect($(el, '.cx-form-group--error')).to.equal(null);
  });

  it('changes the table’s dates too', async () => {
    const el = await show(html`<cx-charter-timescales now="2026-11-23"></cx-charter-timescales>`);
    $<HTMLInputElement>(el, '#cx-received-day')!.value = '18';
    $<HTMLInputElement>(el, '#cx-received-month')!.value = '12';
    $(el, 'button[type="submit"]')!.click();
    await waitUntil(() => text($(el, 'caption')).includes('18 December'), 'the table did not change', { timeout: 5000 });
    await waitUntil(() => text($(el, '[role="status"]')) !== '', 'nothing was announced', { timeout: 5000 });
    const said = text($(el, '[role="status"]'));
    expect(said).to.contain('Our promises for a request we received on Friday 18 December 2026.');
    expect(said, 'the new dates are read out').to.contain('Respond to a Freedom of Information request: Thursday 21 January 2027.');
    expect(said).to.not.contain('overdue');
  });

  it('goes back to the editor’s date when received changes', async () => {
    const el = await show(html`<cx-charter-timescales timescale="foi" received="2026-12-18" now="2027-01-04" layout="sentence"></cx-charter-timescales>`);
    $<HTMLInputElement>(el, '#cx-received-day')!.value = '4';
    $<HTMLInputElement>(el, '#cx-received-month')!.value = '1';
    $<HTMLInputElement>(el, '#cx-received-year')!.value = '2027';
    $(el, 'button[type="submit"]')!.click();
    await waitUntil(() => el.dueDate === '2027-02-01', 'the resident’s date was not used', { timeout: 5000 });
    el.received = '2026-12-01';
    await el.updateComplete;
    expect(el.dueDate).to.equal('2026-12-31');
    expect($<HTMLInputElement>(el, '#cx-received-day')!.value).to.equal('1');
  });
});

describe('<cx-charter-timescales>: overdue', () => {
  it('says how late it is in working days and what to do next, from the charter', async () => {
    const el = await show(html`<cx-charter-timescales timescale="foi" received="2026-12-18" now="2027-01-26"></cx-charter-timescales>`);
    const overdue = $(el, '[part="overdue"]')!;
    expect(text(overdue.querySelector('.cx-overdue__title'))).to.equal('This is overdue by 3 working days. We are sorry.');
    const steps = Array.from(overdue.querySelectorAll('li'), text);
    expect(steps).to.deep.equal([
      'Contact the information rights team, quoting your reference.',
      'You can ask us for an internal review of how we handled your request.',
      "If you are still unhappy after the internal review, you can complain to the Information Commissioner's Office (ICO).",
    ]);
    expect(text($(el, '.cx-answer__lead'))).to.equal('The date we promised was Thursday 21 January 2027 (20 working days)');
    await expect(el).to.be.accessible();
  });

  it('points a late complaint to a stage 2 review, and counts one day as one', async () => {
    const el = await show(html`<cx-charter-timescales timescale="complaint-stage-1" received="2027-01-04" now="2027-01-19"></cx-charter-timescales>`);
    expect(text($(el, '.cx-overdue__title'))).to.equal('This is overdue by 1 working day. We are sorry.');
    expect(text($(el, '[part="overdue"]'))).to.contain('reviewed by a second officer (stage 2)');
  });

  it('says the date has passed on the weekend straight after it', async () => {
    const el = await show(html`<cx-charter-timescales timescale="complaint-stage-1" received="2027-01-01" now="2027-01-16"></cx-charter-timescales>`);
    expect(el.dueDate).to.equal('2027-01-15');
    expect(text($(el, '.cx-overdue__title'))).to.equal('The date we promised has passed. We are sorry.');
  });
});

describe('<cx-charter-timescales>: subject access requests', () => {
  it('counts from identity verification and shows the possible extension', async () => {
    const el = await show(html`<cx-charter-timescales timescale="sar" received="2027-01-31" now="2027-01-31"></cx-charter-timescales>`);
    expect(text($(el, '.cx-answer__lead'))).to.equal('We will respond by Monday 1 March 2027 (1 month)');
    const answer = text($(el, '.cx-answer'));
    expect(answer).to.contain('Counted from Sunday 31 January 2027, the day we verified your identity.');
    expect(answer).to.contain('The month starts once we have verified your identity');
    expect(answer).to.contain('up to 3 months in all');
    expect($(el, '.cx-answer time:not([part])')!.getAttribute('datetime')).to.equal('2027-04-30');
    expect(answer).to.contain('Friday 30 April 2027 at the latest');
    expect(text($(el, 'legend'))).to.equal('When did we confirm your identity?');
    const items = $$(el, 'details li').map(text);
    expect(items).to.deep.equal(['Sunday 28 February 2027: weekend']);
    expect(text($(el, 'details'))).to.contain('counted in calendar months');
    expect($$(el, '.cx-month caption').map(text)).to.deep.equal(['January 2027', 'February 2027', 'March 2027']);
    expect(squash(spoken($(el, '[part="calendar"]')!))).to.equal(
      'A calendar marks Sunday 31 January 2027, the day we verified your identity, and Monday 1 March 2027, the due date. It crosses out 1 day that does not count: a weekend day.',
    );
    await expect(el).to.be.accessible();

    $<HTMLInputElement>(el, '#cx-received-day')!.value = '31';
    $<HTMLInputElement>(el, '#cx-received-month')!.value = '2';
    $(el, 'button[type="submit"]')!.click();
    await waitUntil(() => $(el, '.cx-error-message'), 'no error', { timeout: 5000 });
    expect(text($(el, '.cx-error-message'))).to.equal('Error: Date we confirmed your identity must be a real date');
  });
});

describe('<cx-charter-timescales>: language', () => {
  it('writes dates in the language of the page, and follows it when it changes', async () => {
    // Polish, from the kit's own data (so every browser writes it the same); after "do" (by) in the genitive.
    const el = await inside({ lang: 'pl' }, html`<cx-charter-timescales timescale="foi" received="2026-12-18" now="2026-12-18"></cx-charter-timescales>`);
    const wrapper = el.parentElement!;
    expect($(el, '[lang]')!.getAttribute('lang')).to.equal('pl');
    expect(text($(el, 'time[part="due-date"]'))).to.equal(formatDate('2027-01-21', 'pl', { form: 'by' }));
    expect(text($(el, 'time[part="due-date"]'))).to.not.equal('Thursday 21 January 2027');
    await expect(el).to.be.accessible();
    wrapper.setAttribute('lang', 'en-GB');
    await waitUntil(() => text($(el, 'time[part="due-date"]')) === 'Thursday 21 January 2027', 'did not follow the new lang', { timeout: 5000 });
  });

  it('mirrors for a right-to-left language', async () => {
    const el = await inside({ lang: 'ur', dir: 'rtl' }, html`<cx-charter-timescales timescale="foi" received="2026-12-18" now="2026-12-18"></cx-charter-timescales>`);
    expect($(el, '[dir]')!.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });
});

describe('<cx-charter-timescales>: attributes an editor got wrong', () => {
  async function broken(attributes: Record<string, string>, debug = false) {
    const el = document.createElement('cx-charter-timescales') as El;
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    if (debug) el.setAttribute('debug', '');
    const fallback = document.createElement('p');
    fallback.textContent = 'Call us on 01632 960000 to ask when we will reply.';
    el.append(fallback);
    const errors: Event[] = [];
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error);
    window.addEventListener('error', onError);
    el.addEventListener('cx-error', (event) => errors.push(event));
    const warn = console.warn;
    console.warn = () => {};
    document.body.append(el);
    try {
      await waitUntil(() => errors.length > 0, 'no cx-error', { timeout: 5000 });
      await el.updateComplete;
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
    }
    expect(uncaught, 'nothing thrown').to.deep.equal([]);
    return { el, errors: errors as CustomEvent[] };
  }

  afterEach(() => document.querySelectorAll('body > cx-charter-timescales').forEach((el) => el.remove()));

  it('shows residents the fallback for an unknown timescale, and names the valid ids', async () => {
    const { el, errors } = await broken({ timescale: 'fio', received: '2026-12-18' });
    expect(errors[0]!.detail.code).to.equal('attribute-invalid');
    expect(errors[0]!.detail.problems).to.deep.equal([
      {
        path: 'timescale',
        message:
          'There is no timescale "fio" in the charter. Use one of: call-answer, complaint-acknowledgement, complaint-stage-1, complaint-stage-2, foi, sar, letter-more-information.',
      },
    ]);
    const slot = $<HTMLSlotElement>(el, 'slot')!;
    expect(text(slot.assignedElements()[0]!)).to.contain('01632 960000');
    expect($(el, '[part="problems"]'), 'no panel without debug').to.equal(null);
    expect(el.dueDate).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows editors a panel in debug mode for an impossible received date, and recovers when it is fixed', async () => {
    const { el, errors } = await broken({ timescale: 'foi', received: '2026-02-30' }, true);
    expect(errors[0]!.detail.problems[0].path).to.equal('received');
    const panel = $(el, '[part="problems"]')!;
    expect(text(panel)).to.contain('received: "2026-02-30" is not a real date. Write it as YYYY-MM-DD, for example 2026-12-18.');
    await expect(el).to.be.accessible();

    el.setAttribute('received', '2026-12-18');
    await waitUntil(() => $(el, '.cx-answer'), 'did not recover', { timeout: 5000 });
    expect(el.dueDate).to.equal('2027-01-21');
    expect($(el, '[part="problems"]')).to.equal(null);
  });

  it('reports every problem at once: received, now and layout', async () => {
    const { errors } = await broken({ timescale: 'foi', received: '18/12/2026', now: 'yesterday', layout: 'grid' });
    expect(errors[0]!.detail.problems.map((p: { path: string }) => p.path)).to.deep.equal(['now', 'received', 'layout']);
    expect(errors.length).to.equal(1);
  });

  it('refuses a date outside the calendar’s years', async () => {
    const { errors } = await broken({ timescale: 'foi', received: '1900-01-01' });
    expect(errors[0]!.detail.problems[0].message).to.contain('outside the years the working-day calendar covers (1970 to 2099)');
  });
});
