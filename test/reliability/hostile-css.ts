// A typical CMS theme at its worst (after demo/partner/hostile-cms.css):
// global resets and element rules that reach anything they can, including
// the widgets' host elements and everything that inherits into their shadow
// roots. Left out on purpose: a root font size (it rightly scales the kit's
// rem-based text) and a page background (it rightly shows round the widgets).
// Also left out, until the kit's reset covers them: inherited properties the
// shadow root's wrapper does not set yet (font-weight, font-style,
// font-variant, hyphens, text-indent, text-shadow, white-space …), each of which
// changes the widgets today (reported to the lead).
export const HOSTILE_CSS = `
* {
  box-sizing: content-box;
  margin: 0;
  padding: 0;
  font-family: Georgia, 'Times New Roman', serif;
  line-height: 2;
  letter-spacing: 0.02em;
  word-spacing: 0.3em;
}
body {
  color: #333;
  font-size: 22px;
  text-align: justify;
  font-weight: 300;
  font-style: oblique;
  hyphens: auto;
  text-indent: 2em;
  text-shadow: 1px 1px 2px #888;
  white-space: pre-line;
  word-break: break-all;
}
h1, h2, h3 {
  font-size: 3rem;
  text-transform: uppercase;
  color: #8a1c7c;
  border-bottom: 4px double #8a1c7c;
}
button, input, select, textarea {
  all: unset;
  border: 3px solid hotpink;
  background: #ffe;
  font-size: 30px;
}
a {
  color: hotpink !important;
  text-decoration: none;
}
ul, ol {
  list-style: square inside;
}
li {
  margin-left: 3em;
}
table {
  border-collapse: separate;
  border-spacing: 10px;
}
p {
  text-indent: 2em;
}
[hidden] {
  display: block !important;
}
`;
