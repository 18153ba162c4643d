import { expect, fixture, html } from '@open-wc/testing';
import { channel, root, settled, show, textOf } from './helpers.js';
import type { CxContactOptions } from '../src/index.js';

const CHRISTMAS_DAY = '2026-12-25T10:00:00Z';
const MONDAY_MORNING = '2026-06-01T09:00:00Z';

const headings = (el: CxContactOptions) => [...root(el).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => [h.localName, textOf(h)]);

/** Accessible names given by aria-labelledby, in the widget. */
const labelledNames = (el: CxContactOptions) =>
  [...root(el).querySelectorAll('[aria-labelledby]')].map((node) =>
    node
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => textOf(root(el).getElementById(id)))
      .join(' '),
  );

describe('<cx-contact-options>: headings that fit the page', () => {
  it('on Christmas Day the emergency box heads the widget at its top level, with no level skipped (axe heading-order)', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <h1>Contact us</h1>
      <cx-contact-options service="licensing" now=${CHRISTMAS_DAY}></cx-contact-options>
    </div>`);
    const el = await settled(page.querySelector('cx-contact-options')!);
    expect(headings(el).slice(0, 3)).to.deep.equal([
      ['h2', 'Emergencies out of hours'],
      ['h2', 'Licensing'],
      ['h3', 'Online'],
    ]);
    await expect(page).to.be.accessible();
  });

  it('heading-level sets the top heading; channels follow one below', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <h1>Council</h1>
      <h2>Bins</h2>
      <cx-contact-options heading-level="3" service="waste-collection" now=${CHRISTMAS_DAY}></cx-contact-options>
    </div>`);
    const el = await settled(page.querySelector('cx-contact-options')!);
    expect(headings(el).map(([tag]) => tag)).to.deep.equal(['h3', 'h3', 'h4', 'h4', 'h4']);
    await expect(page).to.be.accessible();
  });

  it('an unusable heading-level falls back to 2', async () => {
    const el = await show(html`<cx-contact-options heading-level="9" service="waste-collection" now=${MONDAY_MORNING}></cx-contact-options>`);
    expect(headings(el)[0]).to.deep.equal(['h2', 'Bin collections']);
  });
});

describe('<cx-contact-options>: what a screen reader hears', () => {
  it('names the service once: a heading, not also a region and a list of the same name', async () => {
    const el = await show(html`<cx-contact-options service="waste-collection" now=${MONDAY_MORNING}></cx-contact-options>`);
    expect(labelledNames(el)).to.not.include('Bin collections');
    expect(root(el).querySelectorAll('[aria-label="Bin collections"], section[aria-labelledby], ul[aria-labelledby]')).to.have.length(0);
    expect([...root(el).querySelectorAll('h2, h3')].filter((h) => textOf(h) === 'Bin collections')).to.have.length(1);
  });

  it('names each phone link with its purpose, so a list of links tells the lines apart', async () => {
    const open = await show(html`<cx-contact-options service="waste-collection" now=${MONDAY_MORNING}></cx-contact-options>`);
    expect(textOf(channel(open, 'phone')!.querySelector('a[href^="tel:"]'))).to.equal('Phone: 01632 960000');
    expect(textOf(channel(open, 'emergency')!.querySelector('a[href^="tel:"]'))).to.equal('Emergencies out of hours: 01632 960999');
    const closed = await show(html`<cx-contact-options service="waste-collection" now=${CHRISTMAS_DAY}></cx-contact-options>`);
    expect(textOf(root(closed).querySelector('[part~="emergency"] a[href^="tel:"]'))).to.equal('Emergencies out of hours: 01632 960999');
    // The purpose is for screen readers and links lists; sighted residents read it from the heading above.
    const hidden = root(closed).querySelector('[part~="emergency"] a .cx-visually-hidden')!;
    expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
  });

  it('never pairs "out of hours" with "Open 24 hours a day"', async () => {
    const el = await show(html`<cx-contact-options service="waste-collection" now=${MONDAY_MORNING}></cx-contact-options>`);
    const emergency = textOf(channel(el, 'emergency'));
    expect(emergency).to.not.contain('Open 24 hours');
    expect(emergency).to.contain('For emergencies, when our offices are closed');
  });
});
