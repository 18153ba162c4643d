// A rollup plugin: lit's html`…` templates ship without the indentation of
// their markup, so templates can be written readably in the source and still
// ship small. Only the spaces and tabs after a line break go, and only where
// the line break follows a tag or a `${…}` and the next line starts one: the
// line break itself stays, so every whitespace text node is still whitespace
// (rendered the same wherever white-space collapses, as it does everywhere in
// the kit's templates: no <pre>, and no text inside a <textarea>), and every
// line keeps its number (the source map stays right).

const INDENTED_LINE_BREAK = /([>}])\n[ \t]+(?=<|\$\{)/g;

/** Source text with the indentation after tags and interpolations dropped. */
export function trimTemplateIndentation(code) {
  return code.replace(INDENTED_LINE_BREAK, '$1\n');
}

export function trimTemplateIndentationPlugin() {
  return {
    name: 'trim-template-indentation',
    transform(code, id) {
      if (!/\/packages\/[^/]+\/src\/.*\.ts$/.test(id) || !code.includes('html`')) return null;
      return { code: trimTemplateIndentation(code), map: null };
    },
  };
}
