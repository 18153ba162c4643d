// Two partners' prefixes on one page (and the kit's own cx- names beside
// them): every tag is its own definition, and each element works on its own.
import { expect, waitUntil } from '@open-wc/testing';
import { place } from './place.js';
import { defaultCharter, dueDateFor } from '@cx-kit/core';
import { CxCharterTimescales, CxContactOptions, CxFeedbackForm, CxRequestTracker, defineCxKit } from '@cx-kit/kit';

type Timescales = CxCharterTimescales & { dueDate: string | null };

const bases = {
  'contact-options': CxContactOptions,
  'request-tracker': CxRequestTracker,
  'feedback-form': CxFeedbackForm,
  'charter-timescales': CxCharterTimescales,
} as const;

describe('two prefixes on one page', () => {
  const acme = defineCxKit({ prefix: 'acme' });
  const parish = defineCxKit({ prefix: 'parish' });
  const council = defineCxKit();

  it('registers every widget under each prefix, each tag its own definition of the same widget', () => {
    expect(acme).to.have.length(4);
    expect(parish).to.have.length(4);
    for (const [name, base] of Object.entries(bases)) {
      const constructors = [`acme-${name}`, `parish-${name}`, `cx-${name}`].map((tag) => customElements.get(tag));
      expect(new Set(constructors).size, name).to.equal(3);
      for (const constructor of constructors) expect(constructor!.prototype, name).to.be.instanceOf(base);
    }
    expect(council).to.include('cx-feedback-form');
  });

  it('each prefix’s element renders its own answer and fires its own events', async () => {
    const page = place(
      '<acme-charter-timescales timescale="foi" received="2026-12-18"></acme-charter-timescales>' +
        '<parish-charter-timescales timescale="complaint-stage-1" received="2026-12-18"></parish-charter-timescales>' +
        '<cx-charter-timescales timescale="sar" received="2026-12-18"></cx-charter-timescales>',
    );
    const [foi, stage1, sar] = Array.from(page.children) as Timescales[];
    await waitUntil(() => [foi, stage1, sar].every((el) => el.dueDate), 'every element shows a due date');
    expect(foi.dueDate).to.equal(dueDateFor(defaultCharter, 'foi', '2026-12-18'));
    expect(stage1.dueDate).to.equal(dueDateFor(defaultCharter, 'complaint-stage-1', '2026-12-18'));
    expect(sar.dueDate).to.equal(dueDateFor(defaultCharter, 'sar', '2026-12-18'));

    const heard: string[] = [];
    page.addEventListener('cx-timescale-change', (event) => heard.push(`${(event.target as Element).localName} ${(event as CustomEvent).detail.received}`));
    stage1.setAttribute('received', '2027-01-04');
    await waitUntil(() => heard.length > 0, 'no cx-timescale-change');
    await foi.updateComplete;
    expect(heard).to.deep.equal(['parish-charter-timescales 2027-01-04']);
    expect(foi.dueDate, 'the other prefix’s element is untouched').to.equal(dueDateFor(defaultCharter, 'foi', '2026-12-18'));
  });

  it('every widget renders under both prefixes without reporting an error', async () => {
    const errors: string[] = [];
    const listen = (event: Event) => errors.push(`${(event.target as Element).localName}: ${(event as CustomEvent).detail.message}`);
    document.addEventListener('cx-error', listen);
    const page = place(
      '<acme-contact-options service="waste-collection"></acme-contact-options><parish-contact-options service="waste-collection"></parish-contact-options>' +
        // Fresh ids: the form keeps drafts under its id, and these must start empty.
        `<acme-feedback-form id="acme-${Date.now()}"></acme-feedback-form><parish-feedback-form id="parish-${Date.now()}"></parish-feedback-form>` +
        '<acme-request-tracker api="/api"></acme-request-tracker><parish-request-tracker api="/api"></parish-request-tracker>',
    );
    const elements = Array.from(page.children) as HTMLElement[];
    await waitUntil(
      () => elements.every((el) => (el.shadowRoot?.textContent ?? '').trim() !== '' && !el.shadowRoot!.querySelector('[aria-busy="true"]')),
      'an element did not finish rendering',
    );
    document.removeEventListener('cx-error', listen);
    expect(errors).to.deep.equal([]);
    for (const [a, b] of [
      [elements[0], elements[1]],
      [elements[2], elements[3]],
      [elements[4], elements[5]],
    ]) {
      expect(b.shadowRoot!.textContent!.replace(/\s+/g, ' '), `${b.localName} matches ${a.localName}`).to.equal(a.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    }
  });
});
