// No English a resident meets in a Polish, Welsh or Urdu widget goes
// unmarked: every text node (and every aria-label) that reads as English sits
// inside an element whose `lang` says English (WCAG 3.1.2), in the states of
// widget-language.ts, in each language.
import { expect } from '@open-wc/testing';
import { defineCxKit } from '@cx-kit/kit';
import { untaggedEnglish } from './lang-audit.js';
import { WIDGETS, placeWidget, showing } from './widget-language.js';

defineCxKit();

const COVERED = [
  'feedback-form',
  'charter-timescales-calendar',
  'charter-timescales-table',
  'contact-options-open',
  'contact-options-closed',
  'contact-options-search',
  'request-tracker',
];

describe('no unmarked English in a Polish, Welsh or Urdu widget', () => {
  for (const name of COVERED) {
    for (const lang of ['pl', 'cy', 'ur']) {
      it(`${name} in ${lang}`, async () => {
        const el = placeWidget(WIDGETS[name], lang);
        await showing(el, lang);
        expect(untaggedEnglish(el), `${name} in ${lang}`).to.deep.equal([]);
        el.parentElement!.remove();
      });
    }
  }
});
