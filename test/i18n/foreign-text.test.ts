// Text in another language than the widget's is marked with its own `lang`
// and, in a right-to-left widget, isolated; and the audit that widget tests
// use finds English that is not marked.
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { localized, textIn } from '@cx-kit/core/element';
import { place } from '../registration/place.js';
import { readsAsEnglish, untaggedEnglish } from './lang-audit.js';

/** An element whose shadow root holds `content` inside a wrapper marked `lang`, as a widget's is. */
function widgetWith(lang: string, content: unknown): HTMLElement {
  const host = place('<div></div>', { lang }).firstElementChild as HTMLElement;
  const root = host.attachShadow({ mode: 'open' });
  render(html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>${content}</div>`, root);
  return host;
}

describe('text in another language', () => {
  it('textIn: the words for the widget’s language and the language they are in', () => {
    const bins = { en: 'Bin collections', cy: 'Casgliadau biniau', 'pl-PL': 'Odbiór śmieci' };
    expect(textIn(bins, 'cy-GB')).to.deep.equal({ text: 'Casgliadau biniau', lang: 'cy' });
    expect(textIn(bins, 'pl')).to.deep.equal({ text: 'Odbiór śmieci', lang: 'pl-PL' });
    expect(textIn(bins, 'ur')).to.deep.equal({ text: 'Bin collections', lang: 'en' });
    expect(textIn('Council Tax', 'pl')).to.deep.equal({ text: 'Council Tax', lang: 'en' });
    expect(textIn('Treth Gyngor', 'en-GB', 'cy')).to.deep.equal({ text: 'Treth Gyngor', lang: 'cy' });
  });

  it('localized: plain in its own language, <span lang> in another, isolated in a right-to-left widget', () => {
    const bins = { en: 'Bin collections', cy: 'Casgliadau biniau' };
    expect(localized(bins, 'cy')).to.equal('Casgliadau biniau');
    expect(localized(bins, 'en-GB')).to.equal('Bin collections');
    const polish = widgetWith('pl', localized(bins, 'pl'));
    const span = polish.shadowRoot!.querySelector('span')!;
    expect(span.getAttribute('lang')).to.equal('en');
    expect(span.hasAttribute('dir')).to.equal(false);
    expect(span.textContent).to.equal('Bin collections');
    const urdu = widgetWith('ur', localized(bins, 'ur'));
    expect(urdu.shadowRoot!.querySelector('span')!.getAttribute('dir')).to.equal('auto');
  });

  it('in an Urdu widget an English sentence keeps its full stop at its own end', () => {
    const urdu = widgetWith('ur', html`<p>${localized('Council services.', 'ur')}</p>`);
    const text = Array.from(urdu.shadowRoot!.querySelector('span')!.childNodes).find((node) => node.nodeType === Node.TEXT_NODE && node.textContent)!;
    const box = (from: number) => {
      const range = document.createRange();
      range.setStart(text, from);
      range.setEnd(text, from + 1);
      return range.getBoundingClientRect();
    };
    // "C" first, "." last, left to right, inside a right-to-left paragraph.
    expect(box('Council services.'.length - 1).left).to.be.greaterThan(box(0).left);
  });

  it('the audit finds English marked as Polish, Welsh or Urdu, and lets marked English, numbers and addresses through', () => {
    const unmarked = widgetWith('pl', html`<p>Bin collections on our website</p><p aria-label="Call the council">01632 960000</p>`);
    expect(untaggedEnglish(unmarked).map((found) => found.text)).to.deep.equal(['Bin collections on our website', 'aria-label="Call the council"']);
    const marked = widgetWith('pl', html`<p>${localized('Bin collections on our website', 'pl')}</p><p>01632 960000 · CEC-123456 · customer.services@cheshireeast.example.org</p>`);
    expect(untaggedEnglish(marked)).to.deep.equal([]);
    const polishOnly = widgetWith('pl', html`<p>Odbiór śmieci na naszej stronie internetowej, a on i ona</p>`);
    expect(untaggedEnglish(polishOnly)).to.deep.equal([]);
    const welshOnly = widgetWith('cy', html`<p>Ysgrifennwch at y cyngor a ffoniwch ni</p>`);
    expect(untaggedEnglish(welshOnly)).to.deep.equal([]);
    expect(readsAsEnglish('Cheshire East Council', 'ur')).to.equal(true);
    expect(readsAsEnglish('Cheshire East Council', 'ur', ['Cheshire East Council'])).to.equal(false);
  });
});
