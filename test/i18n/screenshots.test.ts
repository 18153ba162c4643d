// Every widget in Welsh, Polish and Urdu, saved as PNGs in
// test/i18n/screenshots/ (by the cx-screenshot plugin of
// web-test-runner.config.js) for a person to look at: the test artefacts of
// issue 18. Each is checked to show its language first, and Urdu to have a
// font with every Urdu letter (Debian's fonts-noto-core), so the pictures show
// real letters, not empty boxes.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { defineCxKit } from '@cx-kit/kit';
import { WIDGETS, placeWidget, showing, textOf } from './widget-language.js';

defineCxKit();

/** Whether the browser draws `letters` in `family` (its width differs from the fallback font's). */
function hasFont(family: string, letters: string): boolean {
  const context = document.createElement('canvas').getContext('2d')!;
  const width = (font: string) => {
    context.font = `32px ${font}`;
    return context.measureText(letters).width;
  };
  return width(`"${family}", monospace`) !== width('monospace');
}

/** Saves a PNG of the widget's box when the config has the cx-screenshot plugin; a no-op without it. */
async function screenshot(el: Element, name: string): Promise<void> {
  try {
    await executeServerCommand('cx-screenshot', { name, selector: `#${el.parentElement!.id}` });
  } catch (error) {
    if (!String(error).includes('Unknown command cx-screenshot')) throw error;
  }
}

describe('screenshots of every widget in Welsh, Polish and Urdu', () => {
  it('the machine has a font with every Urdu letter (ہ ے ۔)', () => {
    expect(hasFont('Noto Nastaliq Urdu', 'ہے۔') || hasFont('Noto Naskh Arabic', 'ہے۔'), 'install fonts-noto-core').to.equal(true);
  });

  for (const [name, markup] of Object.entries(WIDGETS)) {
    for (const lang of ['cy', 'pl', 'ur']) {
      it(`${name} in ${lang}`, async () => {
        const el = placeWidget(markup, lang);
        el.parentElement!.style.width = '640px';
        await showing(el, lang);
        await document.fonts.ready;
        expect(textOf(el).length).to.be.greaterThan(20);
        await screenshot(el, `${name}-${lang}`);
        el.parentElement!.remove();
      });
    }
  }
});
