import { expect } from '@open-wc/testing';
import { checkTheme, tokensFromCss } from '../../demo/src/shared/theme-check.js';

const themes = ['default', 'council', 'health'];

describe('theme presets meet WCAG 2.2 AA contrast', () => {
  for (const name of themes) {
    it(`${name}.css`, async () => {
      const css = await (await fetch(`/packages/core/src/styles/themes/${name}.css`)).text();
      const { light, dark } = tokensFromCss(css);
      expect(Object.keys(light).length, 'tokens read').to.be.greaterThan(8);
      const failures = [light, ...(Object.keys(dark).length ? [{ ...light, ...dark }] : [])]
        .flatMap((tokens) => checkTheme(tokens))
        .filter((r) => !r.ok)
        .map((r) => `${r.what}: ${r.fg} on ${r.bg} is ${r.ratio.toFixed(2)}:1, needs ${r.min}:1`);
      expect(failures).to.deep.equal([]);
    });
  }

  it('catches a theme that fails', () => {
    const results = checkTheme({ '--cx-color-link': '#9999ff' });
    expect(results.find((r) => r.what === 'Links')!.ok).to.equal(false);
  });
});
