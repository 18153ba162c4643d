// The sink-free XML reader for Open311 answers. Pure logic: this file runs in
// the browsers (web-test-runner) and in Node (test/node/tracker imports it).
import { expect } from 'chai';
import { readOpen311Xml } from '../src/open311.js';
import { readXml, type XmlElement } from '../src/xml-reader.js';
import { XSS_PAYLOADS } from '../../../test/reliability/payloads.js';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

/** The fields a resident may read, as GeoReport v2 names them. */
const SHOWN_FIELDS = ['service_request_id', 'status_notes', 'service_name', 'agency_responsible', 'address', 'description', 'service_notice'];

function requestXml(fields: Record<string, string>): string {
  const body = Object.entries(fields)
    .map(([name, value]) => `<${name}>${value}</${name}>`)
    .join('\n    ');
  return `<?xml version="1.0" encoding="utf-8"?>\n<service_requests>\n  <request>\n    ${body}\n  </request>\n</service_requests>\n`;
}

const root = (xml: string): XmlElement => {
  const read = readXml(xml);
  if (!read.ok) throw new Error(read.problem);
  return read.root;
};

describe('readXml: a GeoReport v2 XML answer without the DOM', () => {
  it('reads a request as GeoReport publishes it', () => {
    const reading = readOpen311Xml(
      requestXml({
        service_request_id: '638344',
        status: 'open',
        status_notes: '',
        service_name: 'Potholes',
        agency_responsible: 'Highways',
        requested_datetime: '2026-03-02T10:15:00+00:00',
        media_url: '',
      }),
    );
    if (reading.kind !== 'requests') throw new Error(reading.kind);
    expect(reading.requests).to.have.length(1);
    expect(reading.requests[0]).to.deep.include({ service_request_id: '638344', status: 'open', service_name: 'Potholes', agency_responsible: 'Highways' });
  });

  it('reads the error format', () => {
    const reading = readOpen311Xml('<?xml version="1.0"?><errors><error><code>404</code><description>Service request not found</description></error></errors>');
    expect(reading).to.deep.equal({ kind: 'errors', errors: [{ code: '404', description: 'Service request not found' }] });
  });

  for (const [how, wrap] of [
    ['escaped', escapeXml],
    ['in CDATA', cdata],
  ] as const) {
    it(`gives every field back as the exact text sent, ${how}, for every XSS payload`, () => {
      for (const payload of XSS_PAYLOADS) {
        const fields = Object.fromEntries(SHOWN_FIELDS.map((name) => [name, wrap(payload)]));
        const reading = readOpen311Xml(requestXml({ ...fields, status: 'open', requested_datetime: '2026-03-02T10:15:00Z' }));
        if (reading.kind !== 'requests') throw new Error(`${payload}: ${reading.kind} ${'problem' in reading ? reading.problem : ''}`);
        for (const name of SHOWN_FIELDS) expect(reading.requests[0][name as 'address'], `${name} ${payload}`).to.equal(payload.trim());
      }
    });
  }

  it('reads markup inside a field as its text, as textContent would', () => {
    const element = root('<service_name><b xmlns="http://www.w3.org/1999/xhtml" onclick="window.__cxPwned = true">Pot<i>holes</i></b> &amp; kerbs</service_name>');
    expect(element.text).to.equal('Potholes & kerbs');
  });

  it('decodes the predefined entities and character references', () => {
    expect(root('<a>&lt;&gt;&amp;&quot;&apos; &#60;&#x3C;&#x1F600;</a>').text).to.equal('<>&"\' <<\u{1F600}');
  });

  it('drops namespace prefixes, and skips comments, processing instructions, attributes and a plain DOCTYPE', () => {
    const element = root(
      '\uFEFF<?xml version="1.0"?>\n<!DOCTYPE service_requests>\n<!-- from the council -->\n<geo:service_requests xmlns:geo="urn:x" note="a > b"><?php nothing ?><geo:request id=\'1\'><status>open<!-- x --></status><media_url/></geo:request></geo:service_requests>',
    );
    expect(element.name).to.equal('service_requests');
    expect(element.children[0].name).to.equal('request');
    expect(element.children[0].children.map((c) => [c.name, c.text])).to.deep.equal([
      ['status', 'open'],
      ['media_url', ''],
    ]);
  });

  const notXml: [string, string][] = [
    ['an unclosed element', '<service_requests><request>'],
    ['a mismatched end tag', '<service_requests><request></service_requests></request>'],
    ['an end tag with nothing open', '</service_requests>'],
    ['a bare ampersand', '<a>fish & chips</a>'],
    ['an undeclared entity', '<a>&nbsp;</a>'],
    ['a reference to a character XML forbids', '<a>&#0;</a>'],
    ['an internal DTD subset (the billion laughs)', '<!DOCTYPE a [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><a>&lol2;</a>'],
    ['two root elements', '<a></a><b></b>'],
    ['text outside the root', 'hello <a></a>'],
    ['nothing at all', '   '],
    ['a stray "<"', '<a>1 < 2</a>'],
    ['a malformed tag', '<a b></a>'],
    ['the same attribute twice', '<a b="1" b="2"></a>'],
    ['an unclosed comment', '<a><!-- </a>'],
    ['an unclosed CDATA section', '<a><![CDATA[ </a>'],
    ['nesting deeper than any answer needs', `${'<a>'.repeat(100)}${'</a>'.repeat(100)}`],
    ['an HTML page', '<html><body><p>Sorry<br></p></body></html>'],
  ];
  for (const [what, xml] of notXml) {
    it(`refuses ${what}`, () => {
      const read = readXml(xml);
      expect(read.ok, what).to.equal(false);
      expect(readOpen311Xml(xml).kind).to.equal('invalid');
    });
  }

  it('reports a well-formed answer that is not service requests', () => {
    expect(readOpen311Xml('<html><body>Sorry</body></html>')).to.deep.equal({ kind: 'invalid', problem: 'the XML root is <html>, not <service_requests>' });
  });

  it('reads a large answer in linear time (no quadratic rescanning)', () => {
    const many = Array.from({ length: 2000 }, (_, i) => `<request><service_request_id>${i}</service_request_id><status>open</status></request>`).join('');
    const started = Date.now();
    const element = root(`<service_requests>${many}</service_requests>`);
    expect(element.children).to.have.length(2000);
    expect(Date.now() - started).to.be.below(1000);
  });
});
