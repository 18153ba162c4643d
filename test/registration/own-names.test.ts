// A partner imports the classes and registers them under any names it likes,
// with the platform's own customElements.define: the kit registers nothing
// until asked.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { css } from 'lit';
import { defaultCharter, dueDateFor } from '@cx-kit/core';
import { place } from './place.js';
import { CxCharterTimescales, CxContactOptions, CxFeedbackForm, CxRequestTracker, safeDefine } from '@cx-kit/kit';
import { CxFeedbackForm as FeedbackFormFromItsPackage } from '@cx-kit/feedback-form';

type Timescales = CxCharterTimescales & { dueDate: string | null };

const finished = (el: HTMLElement) => (el.shadowRoot?.textContent ?? '').trim() !== '' && !el.shadowRoot!.querySelector('[aria-busy="true"]');

describe('classes registered under a partner’s own names', () => {
  it('importing the kit registers no tag', () => {
    for (const tag of ['cx-contact-options', 'cx-request-tracker', 'cx-feedback-form', 'cx-charter-timescales']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
    expect(CxFeedbackForm, 'the kit re-exports the widget package’s class').to.equal(FeedbackFormFromItsPackage);
  });

  const widgets: ReadonlyArray<readonly [string, new () => HTMLElement, string]> = [
    ['council-contact', CxContactOptions, 'service="waste-collection"'],
    ['council-tracker', CxRequestTracker, 'api="/api"'],
    ['council-feedback', CxFeedbackForm, ''],
    ['council-deadlines', CxCharterTimescales, 'timescale="foi" received="2026-12-18"'],
  ];

  for (const [tag, base, attributes] of widgets) {
    it(`customElements.define('${tag}', class extends ${base.name} {}) works`, async () => {
      customElements.define(tag, class extends base {});
      const errors: string[] = [];
      const listen = (event: Event) => errors.push((event as CustomEvent).detail.message);
      document.addEventListener('cx-error', listen);
      try {
        const el = await fixture<HTMLElement>(staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(attributes)}></${unsafeStatic(tag)}>`);
        expect(el).to.be.instanceOf(base);
        await waitUntil(() => finished(el), `<${tag}> did not finish rendering`);
      } finally {
        document.removeEventListener('cx-error', listen);
      }
      expect(errors).to.deep.equal([]);
    });
  }

  it('the same class under two names needs a subclass for each (the platform allows one name per constructor)', async () => {
    customElements.define('first-deadlines', class extends CxCharterTimescales {});
    customElements.define('second-deadlines', class extends CxCharterTimescales {});
    expect(() => customElements.define('third-deadlines', customElements.get('first-deadlines')!)).to.throw();
    const page = place(
      '<first-deadlines timescale="foi" received="2026-12-18"></first-deadlines><second-deadlines timescale="sar" received="2026-12-18"></second-deadlines>',
    );
    const [foi, sar] = Array.from(page.children) as Timescales[];
    await waitUntil(() => foi.dueDate && sar.dueDate, 'both show a due date');
    expect(foi.dueDate).to.equal(dueDateFor(defaultCharter, 'foi', '2026-12-18'));
    expect(sar.dueDate).to.equal(dueDateFor(defaultCharter, 'sar', '2026-12-18'));
  });

  it('safeDefine registers a class itself under any name, and a second call keeps the first', () => {
    const first = safeDefine('acme-deadlines', CxCharterTimescales);
    const again = safeDefine('acme-deadlines', CxCharterTimescales);
    expect(again).to.equal(first);
    expect(first.prototype).to.be.instanceOf(CxCharterTimescales);
  });

  it('a partner’s subclass can add its own styles and keeps the widget’s', async () => {
    class BrandedDeadlines extends CxCharterTimescales {
      static override styles = [...CxCharterTimescales.styles, css`:host { display: block; outline: 7px solid rgb(1, 2, 3); }`];
    }
    customElements.define('branded-deadlines', BrandedDeadlines);
    const el = await fixture<Timescales>(html`<branded-deadlines timescale="foi" received="2026-12-18"></branded-deadlines>`);
    await waitUntil(() => el.dueDate, 'no due date');
    expect(getComputedStyle(el).outlineWidth).to.equal('7px');
    // The widget's own styles still apply: its visually hidden live region stays off screen.
    const hidden = el.shadowRoot!.querySelector<HTMLElement>('.cx-visually-hidden')!;
    expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
  });
});
