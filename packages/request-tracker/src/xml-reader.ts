/**
 * A small XML reader for Open311 GeoReport v2 answers, without the DOM.
 *
 * Why not `DOMParser`: `parseFromString` is a Trusted Types sink, so on a
 * page with `require-trusted-types-for 'script'` (the kit's own promise, and
 * many councils' policy) it throws unless the page names a policy for it.
 * GeoReport's XML is a plain tree of elements holding text, so reading it
 * needs no DOM at all: this function turns the text into plain objects, and
 * nothing from it can ever reach the page as markup.
 *
 * What it reads: elements (namespace prefixes dropped), attributes (checked,
 * then ignored), text with the five predefined entities and character
 * references, CDATA sections, comments, processing instructions and a
 * DOCTYPE without an internal subset. What it refuses: anything not
 * well-formed, undeclared entities, an internal DTD subset (entity expansion
 * is how XML bombs work), and nesting deeper than GeoReport ever needs.
 */

/** One element: its local name, its child elements, and all the text inside it (as `textContent` reads it). */
export interface XmlElement {
  name: string;
  children: XmlElement[];
  text: string;
}

export type XmlReading = { ok: true; root: XmlElement } | { ok: false; problem: string };

/** GeoReport answers are three levels deep; a little room for mixed content, no more. */
const MAX_DEPTH = 32;

const NAME = /[A-Za-z_:\u00C0-\uFFFF][\w.:\u00B7\u00C0-\uFFFF-]*/y;
const ATTRIBUTE = /\s+([A-Za-z_:\u00C0-\uFFFF][\w.:\u00B7\u00C0-\uFFFF-]*)\s*=\s*("[^"<]*"|'[^'<]*')/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

class NotWellFormed extends Error {}

/** Replaces entity and character references; throws on anything else after `&`. */
function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([^;&]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) throw new NotWellFormed('an "&" that does not start a reference');
    if (Object.hasOwn(PREDEFINED, body)) return PREDEFINED[body];
    const numeric = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(body);
    if (!numeric) throw new NotWellFormed(`an undeclared entity "&${body.slice(0, 20)};"`);
    const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : Number(numeric[2]);
    const allowed = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
    if (!allowed) throw new NotWellFormed('a character reference to a character XML does not allow');
    return String.fromCodePoint(code);
  });
}

const localName = (qualified: string) => qualified.slice(qualified.indexOf(':') + 1);

/** Reads an XML document into plain objects, or says why it is not one. */
export function readXml(source: string): XmlReading {
  try {
    return { ok: true, root: parse(source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')) };
  } catch (error) {
    if (error instanceof NotWellFormed) return { ok: false, problem: error.message };
    throw error;
  }
}

function parse(xml: string): XmlElement {
  const open: { qualified: string; element: XmlElement }[] = [];
  let root: XmlElement | undefined;
  let at = 0;

  const expectEnd = (marker: string, what: string): number => {
    const end = xml.indexOf(marker, at);
    if (end < 0) throw new NotWellFormed(`${what} that is never closed`);
    return end;
  };
  const addText = (text: string) => {
    const current = open.at(-1);
    if (current) current.element.text += text;
    else if (text.trim()) throw new NotWellFormed('text outside the root element');
  };

  while (at < xml.length) {
    const next = xml.indexOf('<', at);
    if (next !== at) {
      const end = next < 0 ? xml.length : next;
      const text = xml.slice(at, end);
      if (text.includes(']]>')) throw new NotWellFormed('"]]>" in text');
      addText(decode(text));
      at = end;
      continue;
    }
    if (xml.startsWith('<!--', at)) {
      at = expectEnd('-->', 'a comment') + 3;
    } else if (xml.startsWith('<![CDATA[', at)) {
      if (!open.length) throw new NotWellFormed('a CDATA section outside the root element');
      const end = expectEnd(']]>', 'a CDATA section');
      addText(xml.slice(at + 9, end));
      at = end + 3;
    } else if (xml.startsWith('<?', at)) {
      at = expectEnd('?>', 'a processing instruction') + 2;
    } else if (xml.startsWith('<!DOCTYPE', at)) {
      if (root || open.length) throw new NotWellFormed('a DOCTYPE after the root element started');
      const end = expectEnd('>', 'a DOCTYPE');
      if (xml.slice(at, end).includes('[')) throw new NotWellFormed('a DOCTYPE with an internal subset (entities are not accepted)');
      at = end + 1;
    } else if (xml.startsWith('</', at)) {
      const end = expectEnd('>', 'an end tag');
      const qualified = xml.slice(at + 2, end).trim();
      const closing = open.pop();
      if (!closing || closing.qualified !== qualified) throw new NotWellFormed(`</${qualified.slice(0, 40)}> does not close the element that is open`);
      const parent = open.at(-1);
      if (parent) parent.element.text += closing.element.text;
      at = end + 1;
    } else {
      at = startTag(xml, at + 1, open, () => root, (element) => (root = element));
    }
  }
  if (open.length) throw new NotWellFormed(`<${open.at(-1)!.qualified.slice(0, 40)}> is never closed`);
  if (!root) throw new NotWellFormed('no root element');
  return root;
}

/** Reads a start tag from just after its `<`; returns where reading goes on. */
function startTag(
  xml: string,
  from: number,
  open: { qualified: string; element: XmlElement }[],
  root: () => XmlElement | undefined,
  setRoot: (element: XmlElement) => void,
): number {
  NAME.lastIndex = from;
  const name = NAME.exec(xml);
  if (!name) throw new NotWellFormed('a "<" that does not start a tag');
  let at = from + name[0].length;
  const seen = new Set<string>();
  for (;;) {
    ATTRIBUTE.lastIndex = at;
    const attribute = ATTRIBUTE.exec(xml);
    if (!attribute) break;
    if (seen.has(attribute[1])) throw new NotWellFormed(`the attribute ${attribute[1].slice(0, 40)} twice on one element`);
    seen.add(attribute[1]);
    decode(attribute[2].slice(1, -1));
    at += attribute[0].length;
  }
  while (/\s/.test(xml[at] ?? '')) at += 1;
  const selfClosing = xml.startsWith('/>', at);
  if (!selfClosing && xml[at] !== '>') throw new NotWellFormed(`a malformed <${name[0].slice(0, 40)}> tag`);
  const element: XmlElement = { name: localName(name[0]), children: [], text: '' };
  const parent = open.at(-1);
  if (parent) parent.element.children.push(element);
  else if (root()) throw new NotWellFormed('a second root element');
  else setRoot(element);
  if (!selfClosing) {
    if (open.length >= MAX_DEPTH) throw new NotWellFormed(`elements nested more than ${MAX_DEPTH} deep`);
    open.push({ qualified: name[0], element });
  }
  return at + (selfClosing ? 2 : 1);
}
