// Right to left: every widget inside <div lang="ur" dir="rtl"> lays out as
// the mirror image of itself in English. Rather than compare screenshots,
// each widget is rendered twice (en-GB left to right, ur right to left) and
// compared element by element:
// - every box's left-side spacing (border, padding, margin) in English is its
//   right-side spacing in Urdu, and the other way round (so the CSS uses
//   logical properties, not left/right), and text-align/float mirror too;
// - every control, heading and table starts the same distance from the
//   widget's right edge in Urdu as from its left edge in English;
// - where order matters, it reverses: the calendar's Monday column is on the
//   right, a heading's text hugs the right edge.
// With the cx-screenshot plugin (test/i18n/screenshot-plugin.js) in the
// web-test-runner config, each pair is also saved as PNGs in
// test/i18n/screenshots/ for a person to look at.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { defineCxKit } from '@cx-kit/kit';
import { place } from '../registration/place.js';

defineCxKit();

const widgets: Record<string, string> = {
  'contact options (offices open)': '<cx-contact-options service="waste-collection" now="2026-12-16T10:00:00Z"></cx-contact-options>',
  'contact options (offices closed, emergency line first)': '<cx-contact-options service="waste-collection" now="2026-12-16T22:00:00Z"></cx-contact-options>',
  'contact options (form control)': '<cx-contact-options name="contact" service="waste-collection" value="phone"></cx-contact-options>',
  'contact options (service search)': '<cx-contact-options now="2026-12-16T10:00:00Z"></cx-contact-options>',
  'request tracker': '<cx-request-tracker api="/api"></cx-request-tracker>',
  // A fresh id: the form keeps drafts under its id, and this one must start empty.
  'feedback form': `<cx-feedback-form id="rtl-feedback-${Date.now()}"></cx-feedback-form>`,
  'charter timescales (calendar)': '<cx-charter-timescales timescale="foi" received="2026-12-18" now="2026-12-18"></cx-charter-timescales>',
  'charter timescales (table)': '<cx-charter-timescales received="2026-12-18" now="2026-12-18"></cx-charter-timescales>',
};

/** The wrapper the base element renders round every widget, carrying its dir and lang. */
function wrapperOf(el: Element): HTMLElement | undefined {
  return Array.from(el.shadowRoot?.children ?? []).find((child): child is HTMLElement => child.matches('div[dir]'));
}

let boxes_ = 0;

async function render(markup: string, lang: string, dir: string): Promise<HTMLElement> {
  const el = place(markup, { lang, dir, id: `cx-rtl-${++boxes_}` }).firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await waitUntil(() => wrapperOf(el) && !el.shadowRoot!.querySelector('[aria-busy="true"]'), `${el.localName} did not render in ${lang}`, { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** Saves a PNG of the widget when the web-test-runner config has the cx-screenshot plugin; a no-op without it. */
async function screenshot(el: Element, name: string): Promise<void> {
  try {
    await executeServerCommand('cx-screenshot', { name, selector: `#${el.parentElement!.id}` });
  } catch (error) {
    if (!String(error).includes('Unknown command cx-screenshot')) throw error;
  }
}

/** The element and everything in its shadow root, in document order (not the `<span lang>` round English words in Urdu: inline, they have no spacing of their own). */
function boxes(el: Element): Element[] {
  return [el, ...Array.from(el.shadowRoot!.querySelectorAll('*'))].filter(
    (e) => !['style', 'script', 'template'].includes(e.localName) && !(e.localName === 'span' && e.hasAttribute('lang')),
  );
}

function describe_(el: Element): string {
  const cls = el.getAttribute('class')?.trim().split(/\s+/).join('.');
  return `<${el.localName}${cls ? `.${cls}` : ''}${el.id ? `#${el.id}` : ''}>`;
}

const MIRRORED = [
  ['border-left-width', 'border-right-width'],
  ['border-left-style', 'border-right-style'],
  ['padding-left', 'padding-right'],
  ['margin-left', 'margin-right'],
] as const;
const FLIP: Record<string, string> = { left: 'right', right: 'left' };

/** Every way the Urdu layout is not the mirror of the English one. */
function mirrorProblems(ltr: Element, rtl: Element): string[] {
  const a = boxes(ltr);
  const b = boxes(rtl);
  const shape = (list: Element[]) => list.map((e) => e.localName).join(' ');
  if (shape(a) !== shape(b)) return [`the Urdu rendering has other elements than the English one:\n${shape(a)}\n${shape(b)}`];
  const problems: string[] = [];
  a.forEach((el, i) => {
    const s = getComputedStyle(el);
    const t = getComputedStyle(b[i]);
    if (s.display === 'none' || t.display === 'none') return;
    for (const [left, right] of MIRRORED) {
      const ltrPair = `${s.getPropertyValue(left)} | ${s.getPropertyValue(right)}`;
      const rtlPair = `${t.getPropertyValue(right)} | ${t.getPropertyValue(left)}`;
      if (ltrPair !== rtlPair) problems.push(`${describe_(el)} ${left} | ${right}: ${ltrPair} left to right, but ${rtlPair} (mirrored) right to left`);
    }
    for (const property of ['text-align', 'float']) {
      const expected = FLIP[s.getPropertyValue(property)] ?? s.getPropertyValue(property);
      if (t.getPropertyValue(property) !== expected) problems.push(`${describe_(el)} ${property}: ${s.getPropertyValue(property)} left to right, ${t.getPropertyValue(property)} right to left`);
    }
  });
  return problems;
}

/** Distance from the widget's start edge: its left in English, its right in Urdu. */
function fromStart(el: Element, host: Element, dir: 'ltr' | 'rtl'): number {
  const box = el.getBoundingClientRect();
  const edge = host.getBoundingClientRect();
  return dir === 'ltr' ? box.left - edge.left : edge.right - box.right;
}

const ANCHORS = 'h2, h3, legend, button, input, select, textarea, table, summary, fieldset, [part~="channel"]';

/** Controls, headings and tables that start further from the start edge in one direction than the other. */
function offsetProblems(ltr: Element, rtl: Element): string[] {
  // A calendar month after the first starts where the one before it ends, and a month's width follows
  // its day names (Urdu's whole names are wider than "M T W"): only the first month's start is mirrored.
  const visible = (e: Element) => e.getBoundingClientRect().width > 1 && !e.matches('.cx-month:not(:first-child)');
  const a = Array.from(ltr.shadowRoot!.querySelectorAll(ANCHORS)).filter(visible);
  const b = Array.from(rtl.shadowRoot!.querySelectorAll(ANCHORS)).filter(visible);
  if (a.length !== b.length) return [`${a.length} controls and headings left to right, ${b.length} right to left`];
  return a.flatMap((el, i) => {
    const l = fromStart(el, ltr, 'ltr');
    const r = fromStart(b[i], rtl, 'rtl');
    return Math.abs(l - r) > 1 ? [`${describe_(el)} starts ${l.toFixed(1)}px from the left edge left to right, but ${r.toFixed(1)}px from the right edge right to left`] : [];
  });
}

describe('right to left (Urdu)', () => {
  for (const [name, markup] of Object.entries(widgets)) {
    it(`${name} lays out as the mirror image of English`, async () => {
      const ltr = await render(markup, 'en-GB', 'ltr');
      const rtl = await render(markup, 'ur', 'rtl');
      const file = name.replace(/\W+/g, '-').replace(/-$/, '');
      await screenshot(ltr, `${file}-en`);
      await screenshot(rtl, `${file}-ur`);
      expect(getComputedStyle(wrapperOf(ltr)!).direction).to.equal('ltr');
      expect(getComputedStyle(wrapperOf(rtl)!).direction).to.equal('rtl');
      expect(wrapperOf(rtl)!.getAttribute('lang')).to.equal('ur');
      expect(mirrorProblems(ltr, rtl), 'spacing that does not mirror').to.deep.equal([]);
      expect(offsetProblems(ltr, rtl), 'elements that do not start at the mirrored place').to.deep.equal([]);
    });
  }

  it('a heading’s text starts at the right edge', async () => {
    const rtl = await render(widgets['charter timescales (calendar)'], 'ur', 'rtl');
    const heading = rtl.shadowRoot!.querySelector('h2')!;
    const range = document.createRange();
    range.selectNodeContents(heading);
    const text = range.getBoundingClientRect();
    const box = heading.getBoundingClientRect();
    const padding = parseFloat(getComputedStyle(heading).paddingRight);
    expect(box.right - padding - text.right).to.be.within(-1, 1);
    expect(text.left - box.left, 'the text does not fill the line, so this tells start from end').to.be.greaterThan(20);
  });

  it('the calendar’s first weekday column is on the right, and the inline-start border of the working-day details is on the right', async () => {
    const rtl = await render(widgets['charter timescales (calendar)'], 'ur', 'rtl');
    const heads = Array.from(rtl.shadowRoot!.querySelectorAll('.cx-month:first-of-type thead th'));
    expect(heads).to.have.length(7);
    expect(heads[0].getBoundingClientRect().left).to.be.greaterThan(heads[6].getBoundingClientRect().right);
    const ltr = await render(widgets['charter timescales (calendar)'], 'en-GB', 'ltr');
    const ltrHeads = Array.from(ltr.shadowRoot!.querySelectorAll('.cx-month:first-of-type thead th'));
    expect(ltrHeads[0].getBoundingClientRect().right).to.be.lessThan(ltrHeads[6].getBoundingClientRect().left);

    const details = rtl.shadowRoot!.querySelector('details')!;
    details.open = true;
    const text = details.querySelector<HTMLElement>('.cx-details__text')!;
    const style = getComputedStyle(text);
    expect(style.borderRightWidth).to.not.equal('0px');
    expect(style.borderLeftWidth).to.equal('0px');
    expect(details.getBoundingClientRect().right - text.getBoundingClientRect().right).to.be.within(-1, 1);
  });

  it('the mirror check catches a physical property (a partner’s padding-left)', async () => {
    const { CxCharterTimescales } = await import('@cx-kit/kit');
    const { css } = await import('lit');
    customElements.define(
      'lopsided-charter-timescales',
      class extends CxCharterTimescales {
        static override styles = [...CxCharterTimescales.styles, css`h2 { padding-left: 12px; }`];
      },
    );
    const markup = '<lopsided-charter-timescales timescale="foi" received="2026-12-18" now="2026-12-18"></lopsided-charter-timescales>';
    const problems = mirrorProblems(await render(markup, 'en-GB', 'ltr'), await render(markup, 'ur', 'rtl'));
    expect(problems.join('\n')).to.contain('<h2').and.to.contain('padding-left');
  });

  it('the table of promises reads from the right: its first column is the rightmost', async () => {
    const rtl = await render(widgets['charter timescales (table)'], 'ur', 'rtl');
    const cells = Array.from(rtl.shadowRoot!.querySelectorAll('.cx-table thead th'));
    expect(cells.length).to.be.greaterThan(1);
    const rights = cells.map((cell) => cell.getBoundingClientRect().right);
    expect(rights).to.deep.equal([...rights].sort((x, y) => y - x));
  });
});
