import { expect } from '@open-wc/testing';
import { defaultCharter } from '@cx-kit/core';
import { contrastRatio, passesAA, parseHex } from '../../demo/src/shared/contrast.js';
import { absoluteUrl, buildSnippet, buildThemeCss, buildThemeLink, buildThemeStyle, escapeHtml, integrityOf, originOf } from '../../demo/src/builder/snippet.js';
import { fallbackFor } from '../../demo/src/builder/fallback.js';
import { hoursInWords } from '../../demo/src/builder/fallback.js';
import { SETTINGS, WIDGETS } from '../../demo/src/builder/settings.js';

describe('contrast (WCAG 2.2)', () => {
  it('gives the extremes and known pairs', () => {
    expect(contrastRatio('#000', '#fff')).to.be.closeTo(21, 0.001);
    expect(contrastRatio('#fff', '#fff')).to.equal(1);
    // GOV.UK's link blue on white is 5.6:1 or so; its light grey border is under 3:1.
    expect(contrastRatio('#1d70b8', '#ffffff')).to.be.within(5.1, 5.3);
    expect(passesAA('#b1b4b6', '#ffffff', 'ui')).to.equal(false);
    expect(passesAA('#767676', '#ffffff', 'text')).to.equal(true); // the classic 4.54:1 grey
    expect(passesAA('#777777', '#ffffff', 'text')).to.equal(false); // 4.48:1
  });

  it('rejects what is not a hex colour', () => {
    expect(parseHex('red')).to.equal(undefined);
    expect(contrastRatio('red', '#fff')).to.be.NaN;
  });
});

describe('embed snippet', () => {
  it('escapes every attribute value and keeps boolean attributes bare', () => {
    const snippet = buildSnippet({
      tag: 'cx-contact-options',
      attributes: { service: '"><script>alert(1)</script>', debug: true, now: '', 'wait-time-src': undefined },
      scriptUrl: 'https://example.org/dist/cx-contact-options.js',
      integrity: 'sha384-abc',
      fallback: '<p>Call us</p>',
    });
    expect(snippet).to.contain('service="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(snippet).to.contain(' debug>');
    expect(snippet).not.to.contain('now=');
    expect(snippet).to.contain('integrity="sha384-abc" crossorigin="anonymous"');
    expect(snippet).to.match(/<cx-contact-options[^>]*>\n {2}<p>Call us<\/p>\n<\/cx-contact-options>/);
  });

  it('writes theme CSS only for changed tokens', () => {
    expect(buildThemeCss('cx-feedback-form', {})).to.equal('');
    expect(buildThemeCss('cx-feedback-form', { '--cx-color-button': '#005a7a' })).to.equal('cx-feedback-form {\n  --cx-color-button: #005a7a;\n}\n');
  });

  it('computes a Subresource Integrity hash browsers accept', async () => {
    // sha384 of the empty string, a published test vector.
    expect(await integrityOf(new ArrayBuffer(0))).to.equal('sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb');
  });

  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).to.equal('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('addresses', () => {
  it('makes every path absolute with the council’s address and keeps absolute ones', () => {
    expect(absoluteUrl('/api/feedback', 'https://www.council.gov.uk')).to.equal('https://www.council.gov.uk/api/feedback');
    expect(absoluteUrl('https://other.example/api', 'https://www.council.gov.uk')).to.equal('https://other.example/api');
  });

  it('reads the site an editor typed as an origin, with or without https://', () => {
    expect(originOf('www.riverside.org.uk/contact')).to.equal('https://www.riverside.org.uk');
    expect(originOf('http://127.0.0.1:8123/page.html')).to.equal('http://127.0.0.1:8123');
    expect(originOf('not a site')).to.equal(undefined);
    expect(originOf('javascript:alert(1)')).to.equal(undefined);
    expect(originOf('')).to.equal(undefined);
  });

  it('offers the theme as a link to the council’s server and as a style block', () => {
    expect(buildThemeLink('https://www.council.gov.uk', 'council')).to.equal('<link rel="stylesheet" href="https://www.council.gov.uk/dist/themes/council.css">\n');
    expect(buildThemeStyle('cx-feedback-form', { '--cx-color-button': '#005a7a' })).to.equal('<style>\ncx-feedback-form {\n  --cx-color-button: #005a7a;\n}\n</style>\n');
    expect(buildThemeStyle('cx-feedback-form', {})).to.equal('');
  });
});

describe('fallback content', () => {
  const context = (attributes: Record<string, string>) => ({ attributes, council: 'https://council.example', today: '2026-12-02' });
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

  it('gives contact options the phone number with its hours, the emergency line with when to use it, and the online link', () => {
    const doc = parse(fallbackFor('cx-contact-options', defaultCharter, context({ service: 'waste-collection' })));
    const text = doc.body.textContent!.replace(/\s+/g, ' ');
    expect(doc.querySelector('a[href="tel:+441632960000"]')?.textContent).to.equal('01632 960000');
    expect(text).to.contain('Monday to Thursday, 8:30am to 5pm; Friday, 8:30am to 4:30pm');
    expect(doc.querySelector('a[href="tel:+441632960999"]')?.textContent).to.equal('01632 960999');
    expect(text).to.contain('Emergencies, when our offices are closed');
    expect(text).to.contain('If someone is in immediate danger, call 999.');
    expect(doc.querySelector('a[href^="https://"]')?.textContent).to.equal('Contact us online');
  });

  it('gives the feedback form a plain form that posts to the council’s absolute address, every field labelled', () => {
    const doc = parse(fallbackFor('cx-feedback-form', defaultCharter, context({ endpoint: 'https://council.example/api/feedback' })));
    const form = doc.querySelector('form')!;
    expect(form.getAttribute('method')).to.equal('post');
    expect(form.getAttribute('action')).to.equal('https://council.example/api/feedback');
    for (const control of Array.from(doc.querySelectorAll('input:not([type=hidden]), textarea'))) {
      expect(doc.querySelector(`label[for="${control.id}"]`), `label for ${control.id}`).to.not.equal(null);
    }
    expect(doc.querySelector('a[href^="mailto:"]'), 'an email address as well').to.not.equal(null);
  });

  it('gives the tracker a plain form that posts the reference and verifier to the council’s server', () => {
    const doc = parse(fallbackFor('cx-request-tracker', defaultCharter, context({ api: 'https://council.example/api', 'api-kind': 'cx' })));
    const form = doc.querySelector('form')!;
    expect(form.getAttribute('action')).to.equal('https://council.example/api/track');
    expect(form.getAttribute('method')).to.equal('post');
    expect(Array.from(form.querySelectorAll('input')).map((i) => i.name)).to.deep.equal(['reference', 'verifier']);
    expect(doc.querySelector('a[href^="tel:"]')).to.not.equal(null);
  });

  it('gives the timescales widget its promises with today’s dates, saying when they were worked out', () => {
    const doc = parse(fallbackFor('cx-charter-timescales', defaultCharter, context({ timescale: 'foi' })));
    const rows = Array.from(doc.querySelectorAll('tbody tr'));
    expect(rows).to.have.length(1);
    expect(rows[0].textContent).to.match(/20 working days/);
    expect(rows[0].querySelector('td:last-child')!.textContent).to.equal('Tuesday 5 January 2027');
    expect(doc.body.textContent).to.contain('These dates were worked out on Wednesday 2 December 2026');
    const all = parse(fallbackFor('cx-charter-timescales', defaultCharter, context({})));
    expect(all.querySelectorAll('tbody tr').length).to.equal(defaultCharter.timescales.length);
  });

  it('writes opening hours in words', () => {
    expect(hoursInWords({ always: true })).to.equal('at any time, day or night');
    expect(hoursInWords({ weekly: { monday: ['09:00-12:00', '13:00-17:00'], tuesday: ['09:00-12:00', '13:00-17:00'], thursday: ['10:00-16:00'] } })).to.equal(
      'Monday to Tuesday, 9am to midday and 1pm to 5pm; Thursday, 10am to 4pm',
    );
  });
});

describe('the builder’s words', () => {
  it('names only attributes the widgets really have (from the built custom elements manifest)', async () => {
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    const attributes = new Map<string, string[]>();
    for (const module of manifest.modules) {
      for (const d of module.declarations ?? []) if (d.tagName) attributes.set(d.tagName, (d.attributes ?? []).map((a: { name: string }) => a.name));
    }
    for (const widget of WIDGETS) {
      for (const setting of SETTINGS[widget.tag]) expect(attributes.get(widget.tag), widget.tag).to.include(setting.attribute);
    }
  });

  it('speaks plain words: no backticks or code in labels and hints', () => {
    const words = [...WIDGETS.flatMap((w) => [w.name, w.purpose]), ...Object.values(SETTINGS).flatMap((list) => list.flatMap((s) => [s.label, s.hint]))];
    for (const text of words) expect(text).not.to.match(/`|YYYY|\bcx-|contract/);
  });
});
