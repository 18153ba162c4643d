// Open311 GeoReport v2 speaks XML as well as JSON: the same fields, as
// elements. Text is escaped and characters XML 1.0 cannot carry are dropped.

// Control characters other than tab, newline and carriage return are not allowed in XML 1.0 at all.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text made safe inside an XML element or attribute. */
export function escapeXml(value) {
  return String(value)
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Element names come from our own field names; refuse anything else rather than emit broken XML. */
function elementName(name) {
  if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name)) throw new TypeError(`Not an XML element name: ${name}`);
  return name;
}

function element(name, value, indent) {
  const tag = elementName(name);
  if (value === undefined || value === null) return `${indent}<${tag}/>`;
  if (typeof value === 'object') {
    const children = Object.entries(value).map(([key, child]) => element(key, child, `${indent}  `));
    return `${indent}<${tag}>\n${children.join('\n')}\n${indent}</${tag}>`;
  }
  return `${indent}<${tag}>${escapeXml(value)}</${tag}>`;
}

/**
 * A list as Open311 XML: `<service_requests><request>…</request></service_requests>`.
 * @param {string} listName e.g. `service_requests`
 * @param {string} itemName e.g. `request`
 * @param {Record<string, unknown>[]} items
 */
export function xmlList(listName, itemName, items) {
  const body = items.map((item) => element(itemName, item, '  ')).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<${elementName(listName)}>${body ? `\n${body}\n` : ''}</${listName}>\n`;
}
