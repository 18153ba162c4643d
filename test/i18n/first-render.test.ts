// On a fresh Polish, Welsh or Urdu page no widget ever shows English kit text,
// not even for one frame while its language's strings are on their way: until
// they are in, it shows no text at all (and announces nothing). Every render of
// every widget is recorded from the first one.
import { expect, waitUntil } from '@open-wc/testing';
import type { LitElement, PropertyValues } from 'lit';
import { CxCharterTimescales, CxContactOptions, CxFeedbackForm, CxRequestTracker } from '@cx-kit/kit';
import { place } from '../registration/place.js';

/** Each render's visible text and the language its wrapper declared. */
type Snapshot = { text: string; lang: string | null; live: boolean };
const renders = new Map<Element, Snapshot[]>();

/** Registers `base` under `tag`, recording what each of its renders shows. */
function recorded(tag: string, base: typeof LitElement): void {
  const Recorded = class extends base {
    protected override updated(changed: PropertyValues): void {
      super.updated(changed);
      const root = this.shadowRoot!;
      renders.get(this)?.push({
        text: (root.textContent ?? '').replace(/\s+/g, ' ').trim(),
        lang: root.querySelector('[lang]')?.getAttribute('lang') ?? null,
        live: !!root.querySelector('[role="status"], [aria-live]:not([aria-live="off"])')?.textContent?.trim(),
      });
    }
  };
  customElements.define(tag, Recorded);
}

recorded('first-contact-options', CxContactOptions);
recorded('first-charter-timescales', CxCharterTimescales);
recorded('first-request-tracker', CxRequestTracker);
recorded('first-feedback-form', CxFeedbackForm);

/** English kit text each widget shows in its first state (the words its Polish, Welsh and Urdu renders replace). */
const cases = [
  { markup: '<first-contact-options service="waste-collection" now="2026-12-16T10:00:00Z"></first-contact-options>', lang: 'pl', english: ['Open now', 'Opening times (UK time)', 'Loading'] },
  { markup: '<first-charter-timescales timescale="foi" received="2026-12-18" now="2026-12-18"></first-charter-timescales>', lang: 'cy', english: ['What counts as a working day?', 'We will respond by', 'Loading'] },
  { markup: '<first-request-tracker api="/api"></first-request-tracker>', lang: 'ur', english: ['Check the progress of your request', 'Email address or postcode', 'Loading'] },
  { markup: '<first-feedback-form></first-feedback-form>', lang: 'pl', english: ['What do you want to do?', 'Continue', 'Loading'] },
];

describe('the first render on a Polish, Welsh or Urdu page', () => {
  it('never shows English kit text, and announces nothing before the language is in', async () => {
    // All four at once, before any language has loaded on this page.
    const widgets = cases.map((c) => {
      const el = place(c.markup, { lang: c.lang }).firstElementChild!;
      renders.set(el, []);
      return { ...c, el };
    });
    for (const { el, lang } of widgets) {
      await waitUntil(() => renders.get(el)!.some((r) => r.lang === lang && r.text.length > 40), `<${el.localName}> never rendered in ${lang}`, { timeout: 5000 });
    }
    for (const { el, lang, english } of widgets) {
      const seen = renders.get(el)!;
      expect(seen.length, `<${el.localName}> rendered`).to.be.greaterThan(0);
      for (const [i, render] of seen.entries()) {
        for (const words of english) expect(render.text, `<${el.localName}> render ${i + 1} in ${lang}`).to.not.contain(words);
        if (render.text) expect(render.lang, `<${el.localName}> render ${i + 1} has text but is not marked ${lang}`).to.be.oneOf([lang, null]);
      }
      // The first render, with the strings still on their way, is blank and silent.
      expect(seen[0].text, `<${el.localName}> first render`).to.equal('');
      expect(seen[0].live).to.equal(false);
    }
  });
});
