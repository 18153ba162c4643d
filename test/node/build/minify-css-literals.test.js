// The build's CSS minifier for lit's css`…` literals: what it removes, what it
// must keep (a space that is a descendant combinator or separates values,
// strings, the stylesheets put in with ${…}), and that line numbers after a
// literal stay where they were.
import { expect } from 'chai';
import { minifyCssLiterals, minifyCssText } from '../../../scripts/minify-css-literals.js';

describe('build: minifying the CSS in css`…` literals', () => {
  it('drops comments, indentation and the spaces around braces and semicolons', () => {
    const text = `
      /* why this rule */
      .cx-a {
        margin-block: 0 var(--_cx-space-3);
      }
    `;
    expect(minifyCssText(text)).to.equal('.cx-a{margin-block: 0 var(--_cx-space-3);}');
  });

  it('keeps one space where a space means something: combinators, value lists, strings', () => {
    expect(minifyCssText(".a   :focus-visible,\n .b > .c { font-family: 'Segoe UI',   sans-serif; }")).to.equal(
      ".a :focus-visible, .b > .c{font-family: 'Segoe UI', sans-serif;}",
    );
  });

  it('leaves the stylesheets put in with ${…} as they are', () => {
    expect(minifyCssText('\n  ${textareaStyles}\n  ${textFieldStyles}\n  .x { color: red; }\n')).to.equal('${textareaStyles} ${textFieldStyles} .x{color: red;}');
  });

  it('moves a literal’s line breaks after it, so the lines after it keep their numbers', () => {
    const source = "import { css } from 'lit';\nexport const s = css`\n  .a {\n    color: red;\n  }\n`;\nexport const after = 1;\n";
    const { code } = minifyCssLiterals().transform(source, '/repo/packages/core/src/styles/x.ts');
    expect(code).to.contain('css`.a{color: red;}`');
    expect(code.split('\n').findIndex((line) => line.includes('after'))).to.equal(source.split('\n').findIndex((line) => line.includes('after')));
  });

  it('touches only the packages’ TypeScript sources', () => {
    expect(minifyCssLiterals().transform('css`  .a { }  `', '/repo/node_modules/lit/index.js')).to.equal(null);
  });
});
