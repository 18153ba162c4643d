// The build's trimming of indentation in lit's html`…` templates: what goes
// (spaces and tabs after a line break between tags and interpolations), what
// stays (the line break, so whitespace stays whitespace and lines keep their
// numbers; text and code).
import { expect } from 'chai';
import { trimTemplateIndentation, trimTemplateIndentationPlugin } from '../../../scripts/trim-template-indentation.js';

describe('build: trimming the indentation of html`…` templates', () => {
  it('drops the indentation between tags and interpolations, keeping each line break', () => {
    const source = 'html`<div class="a">\n      <p>${x}</p>\n      ${y}\n    </div>`';
    expect(trimTemplateIndentation(source)).to.equal('html`<div class="a">\n<p>${x}</p>\n${y}\n</div>`');
  });

  it('leaves indented text, attributes and code as they are', () => {
    const source = 'html`<p>\n  Some words</p><input\n  type="checkbox"\n/>`;\nif (a) {\n  b();\n}\n';
    expect(trimTemplateIndentation(source)).to.equal(source);
  });

  it('keeps every line where it was (the source map stays right)', () => {
    const source = "import { html } from 'lit';\nexport const t = html`<ul>\n    <li>a</li>\n  </ul>`;\nexport const after = 1;\n";
    const { code } = trimTemplateIndentationPlugin().transform(source, '/repo/packages/core/src/element/x.ts');
    expect(code.split('\n').findIndex((line) => line.includes('after'))).to.equal(source.split('\n').findIndex((line) => line.includes('after')));
  });

  it('touches only the packages’ TypeScript sources', () => {
    expect(trimTemplateIndentationPlugin().transform('html`<a>\n  <b>`', '/repo/node_modules/lit/index.js')).to.equal(null);
  });
});
