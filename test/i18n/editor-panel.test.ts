// The editors' panel in every language names the widget as it is written in
// the page, `<cx-contact-options>`: a translation must not show the XLIFF's
// escaped brackets (`&lt;cx-contact-options&gt;`) as typed.
import { expect, waitUntil } from '@open-wc/testing';
import { defineCxKit } from '@cx-kit/kit';
import { placeWidget } from './widget-language.js';

defineCxKit();

const PANELS = {
  // A working widget with something to fix: the notes below it.
  notes: '<cx-contact-options debug service="waste-collection" now="2026-12-16T10:00:00Z" wait-time-src="javascript:void 0"></cx-contact-options>',
  // A widget that cannot work: the problems panel in its place.
  problems: '<cx-contact-options debug service="no-such-service" now="2026-12-16T10:00:00Z"><p>Phone 01632 960000</p></cx-contact-options>',
};

describe('the editors’ panel in every language', () => {
  for (const lang of ['en-GB', 'cy', 'pl', 'ur']) {
    for (const [part, markup] of Object.entries(PANELS)) {
      it(`${lang}: the ${part} panel names <cx-contact-options> with its brackets`, async () => {
        const el = placeWidget(markup, lang);
        try {
          const intro = () => el.shadowRoot?.querySelector(`[part="${part}"] p`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
          const inLanguage = () => lang === 'en-GB' || !intro().startsWith('For editors');
          await waitUntil(() => intro().includes('cx-contact-options') && inLanguage(), `no ${part} panel in ${lang}: “${intro()}”`, { timeout: 5000 });
          expect(intro()).to.contain('<cx-contact-options>').and.not.contain('&lt;');
        } finally {
          el.parentElement!.remove();
        }
      });
    }
  }
});
