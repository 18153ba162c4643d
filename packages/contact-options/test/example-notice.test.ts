// Issue 15: the default charter's phone numbers are examples, and the widget
// says so beside them; a council's own charter shows no such notice.
import { expect, html } from '@open-wc/testing';
import { charterCopy, root, show, textOf } from './helpers.js';

const MONDAY_MORNING = '2026-12-14T10:00:00Z';
const notice = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('[part="example-notice"]');

describe('cx-contact-options: example contact details', () => {
  it('tells residents the default charter’s details are examples, beside the numbers', async () => {
    const el = await show(html`<cx-contact-options service="waste-collection" now=${MONDAY_MORNING}></cx-contact-options>`);
    const shown = notice(el)!;
    expect(textOf(shown)).to.equal('Example details: this council has not set its own yet');
    expect(shown.checkVisibility()).to.equal(true);
    // Read before the first phone number, in the service's part of the widget.
    const phone = root(el).querySelector('a[href^="tel:"]')!;
    expect(shown.compareDocumentPosition(phone) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await expect(el).to.be.accessible();
  });

  for (const flag of [false, undefined]) {
    it(`shows no notice when the charter’s exampleContacts is ${String(flag)}`, async () => {
      const charter = charterCopy();
      if (flag === undefined) delete charter.exampleContacts;
      else charter.exampleContacts = flag;
      const el = await show(html`<cx-contact-options service="waste-collection" now=${MONDAY_MORNING} .charter=${charter}></cx-contact-options>`);
      expect(notice(el)).to.equal(null);
      expect(root(el).querySelector('a[href^="tel:"]'), 'the numbers still show').to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  }
});
