// A rollup plugin: the CSS in lit's css`…` literals as the browser needs it,
// without comments, indentation or the spaces around braces and semicolons,
// so styles can be written readably in the source and still ship small.
// Conservative on purpose: only whitespace between rules and declarations
// goes (a space inside a selector or a value stays one space), and the
// `${…}` parts (whole stylesheets put in) are left as they are.

const CSS_LITERAL = /\bcss`([^`]*)`/g;
const INTERPOLATION = /(\$\{[^}]*\})/;

/** One css`…` literal's text, minified between its interpolations. */
export function minifyCssText(text) {
  return text
    .split(INTERPOLATION)
    .map((part, i) => (i % 2 ? part : part.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};])\s*/g, '$1')))
    .join('')
    .trim();
}

export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/\/packages\/[^/]+\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      // The literal's line breaks move after it, so every line after it keeps its number (the source map stays right).
      const lines = (text) => '\n'.repeat(text.split('\n').length - 1);
      return { code: code.replace(CSS_LITERAL, (_, text) => `css\`${minifyCssText(text)}\`${lines(text)}`), map: null };
    },
  };
}
