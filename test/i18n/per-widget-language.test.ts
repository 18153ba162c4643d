// Each widget speaks the language of its own nearest `lang`, whatever the
// other widgets on the page speak, and follows it live: after switching
// en-GB → pl → cy → ur a widget is exactly what a fresh render in Urdu is.
import { expect } from '@open-wc/testing';
import { defineCxKit } from '@cx-kit/kit';
import { WELSH } from './welsh.js';
import { WIDGETS, markupOf, placeWidget, showing, textOf, wrapperOf } from './widget-language.js';

defineCxKit();

const ENGLISH_QUESTION = 'What counts as a working day?';

describe('each widget in its own language', () => {
  it('two widgets with different languages on one page each show their own, both ways round', async () => {
    const welsh = placeWidget(WIDGETS['charter-timescales-calendar'], 'cy');
    const english = placeWidget(WIDGETS['charter-timescales-calendar'], 'en-GB');
    const polish = placeWidget(WIDGETS['contact-options-open'], 'pl');
    await Promise.all([showing(welsh, 'cy'), showing(english, 'en-GB'), showing(polish, 'pl')]);

    expect(textOf(welsh)).to.contain(WELSH.workingDayQuestion).and.not.contain(ENGLISH_QUESTION);
    expect(textOf(english)).to.contain(ENGLISH_QUESTION).and.not.contain(WELSH.workingDayQuestion);
    expect(wrapperOf(polish)!.getAttribute('lang')).to.equal('pl');

    // Each is what it would be alone on a page in its language.
    for (const [el, lang, markup] of [
      [welsh, 'cy', WIDGETS['charter-timescales-calendar']],
      [english, 'en-GB', WIDGETS['charter-timescales-calendar']],
      [polish, 'pl', WIDGETS['contact-options-open']],
    ] as const) {
      const alone = placeWidget(markup, lang);
      await showing(alone, lang);
      expect(markupOf(el), `<${el.localName}> in ${lang} beside others`).to.equal(markupOf(alone));
      alone.parentElement!.remove();
    }

    // A change on one page region leaves the others alone.
    welsh.parentElement!.setAttribute('lang', 'pl');
    await showing(welsh, 'pl');
    await english.updateComplete;
    expect(textOf(english)).to.contain(ENGLISH_QUESTION);
    expect(wrapperOf(english)!.getAttribute('lang')).to.equal('en-GB');
    for (const el of [welsh, english, polish]) el.parentElement!.remove();
  });

  for (const [name, markup] of Object.entries(WIDGETS)) {
    it(`${name}: switching en-GB → pl → cy → ur live ends identical to a fresh render in each`, async () => {
      const el = placeWidget(markup, 'en-GB');
      await showing(el, 'en-GB');
      for (const lang of ['pl', 'cy', 'ur', 'en-GB']) {
        el.parentElement!.setAttribute('lang', lang);
        el.parentElement!.setAttribute('dir', lang === 'ur' ? 'rtl' : 'ltr');
        await showing(el, lang);
        const fresh = placeWidget(markup, lang);
        await showing(fresh, lang);
        expect(markupOf(el), `${name} switched to ${lang}`).to.equal(markupOf(fresh));
        fresh.parentElement!.remove();
      }
      el.parentElement!.remove();
    });
  }
});
