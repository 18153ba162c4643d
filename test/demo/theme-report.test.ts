// The theming page's contrast table in a narrow column (a third of a 1280 px page, or a phone).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../demo/src/theming/cx-theme-report.js';

describe('the theme contrast report', () => {
  for (const width of [320, 260]) {
    it(`keeps each column heading on one line, unbroken, at ${width} px`, async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px"><cx-theme-report></cx-theme-report></div>`);
      const report = box.querySelector('cx-theme-report')!;
      await waitUntil(() => report.shadowRoot?.querySelectorAll('tbody tr').length, 'no rows');
      for (const th of Array.from(report.shadowRoot!.querySelectorAll('thead th'))) {
        const range = document.createRange();
        range.selectNodeContents(th);
        const lines = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
        expect(lines.size, `"${th.textContent!.trim()}" runs over ${lines.size} lines`).to.equal(1);
      }
    });
  }
});
