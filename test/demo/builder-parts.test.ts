import { expect } from '@open-wc/testing';
import { defaultCharter } from '@cx-kit/core';
import { contrastRatio, passesAA, parseHex } from '../../demo/src/shared/contrast.js';
import { buildSnippet, buildThemeCss, escapeHtml, integrityOf } from '../../demo/src/builder/snippet.js';
import { fallbackFor } from '../../demo/src/builder/fallback.js';
import { literalChoices, widgetsFromManifest } from '../../demo/src/builder/manifest.js';

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

describe('fallback content', () => {
  it('gives contact options the main phone number and a link', () => {
    const html = fallbackFor('cx-contact-options', defaultCharter, { service: 'waste-collection' });
    expect(html).to.contain('href="tel:+441632960000"');
    expect(html).to.contain('01632 960000');
    expect(html).to.contain(`href="${defaultCharter.organisation.website}"`);
  });

  it('gives the feedback form a plain form that posts to the same endpoint', () => {
    const html = fallbackFor('cx-feedback-form', defaultCharter, { endpoint: '/api/feedback' });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const form = doc.querySelector('form')!;
    expect(form.getAttribute('method')).to.equal('post');
    expect(form.getAttribute('action')).to.equal('/api/feedback');
    for (const control of Array.from(doc.querySelectorAll('input:not([type=hidden]), textarea'))) {
      expect(doc.querySelector(`label[for="${control.id}"]`), `label for ${control.id}`).to.not.equal(null);
    }
  });

  it('gives the timescales widget the promise in words', () => {
    expect(fallbackFor('cx-charter-timescales', defaultCharter, { timescale: 'foi' })).to.match(/20 working days/);
  });
});

describe('manifest reading', () => {
  const manifest = {
    modules: [
      {
        declarations: [
          { tagName: 'cx-charter-timescales', summary: 'Dates', attributes: [{ name: 'layout', type: { text: "'sentence' | 'table' | 'calendar'" } }, { name: 'debug', type: { text: 'boolean' } }] },
          { tagName: 'other-thing', attributes: [] },
        ],
      },
    ],
  };

  it('keeps the kit’s widgets in the order asked, with their attributes', () => {
    const widgets = widgetsFromManifest(manifest, ['cx-contact-options', 'cx-charter-timescales']);
    expect(widgets.map((w) => w.tag)).to.deep.equal(['cx-charter-timescales']);
    expect(widgets[0].attributes.map((a) => a.name)).to.deep.equal(['layout', 'debug']);
  });

  it('turns a union of literals into choices', () => {
    expect(literalChoices("'sentence' | 'table' | 'calendar' | undefined")).to.deep.equal(['sentence', 'table', 'calendar']);
    expect(literalChoices('string')).to.equal(undefined);
  });
});

describe('manifest summaries', () => {
  it('keeps the first paragraph of a summary the analyser ran on', () => {
    const [widget] = widgetsFromManifest({ modules: [{ declarations: [{ tagName: 'cx-feedback-form', summary: 'Short line.\n\nA long description\nover lines.' }] }] }, ['cx-feedback-form']);
    expect(widget.summary).to.equal('Short line.');
  });
});
