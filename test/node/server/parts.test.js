import { expect } from 'chai';
import { core } from '../../../demo/server/core.js';
import { createServer } from '../../../demo/server/index.js';
import { formFields } from '../../../demo/server/body.js';
import { escapeHtml, html } from '../../../demo/server/html.js';
import { postcodeIn } from '../../../demo/server/lifecycle.js';
import { w3cDateTime } from '../../../demo/server/open311.js';
import { checkDigit, hasValidCheckDigit, numberedReference, referenceMaker, tidyReference } from '../../../demo/server/references.js';
import { waitTimes } from '../../../demo/server/wait-times.js';
import { dateInWords } from '../../../demo/server/words.js';
import { escapeXml, xmlList } from '../../../demo/server/xml.js';
import { complaint, manualClock, postJson, startServer } from './helpers.js';

describe('server parts', () => {
  describe('references', () => {
    const format = core.defaultCharter.organisation.referenceFormat;

    it("makes references in the shape of the charter's example, which its pattern accepts, ending in a check digit", () => {
      const make = referenceMaker(format);
      for (let i = 0; i < 50; i++) {
        const reference = make();
        expect(reference).to.match(new RegExp(format.pattern)).and.match(/^CEC-\d{4}-\d{4}$/);
        expect(hasValidCheckDigit(reference), reference).to.equal(true);
      }
    });

    it('ends a wide reference in a check digit that catches a wrong digit and a swap, the mistakes made reading aloud', () => {
      const wide = { pattern: '^CEC-\\d{4}-\\d{4}$', example: 'CEC-1234-5678' };
      const make = referenceMaker(wide);
      for (let i = 0; i < 200; i++) {
        const reference = make();
        expect(reference).to.match(/^CEC-\d{4}-\d{4}$/);
        expect(hasValidCheckDigit(reference), reference).to.equal(true);
        const digits = reference.replace(/\D/g, '');
        const swapped = digits[0] === digits[1] ? null : digits[1] + digits[0] + digits.slice(2);
        const mistyped = String((Number(digits[3]) + 1) % 10);
        expect(hasValidCheckDigit(digits.slice(0, 3) + mistyped + digits.slice(4))).to.equal(false);
        if (swapped) expect(hasValidCheckDigit(swapped)).to.equal(false);
      }
      const digits = [1, 2, 3, 4, 5, 6, 7, 0];
      expect(referenceMaker(wide, () => digits.shift())()).to.equal(`CEC-1234-567${checkDigit('1234567')}`);
    });

    it('refuses a format whose example does not match its pattern', () => {
      expect(() => referenceMaker({ pattern: '^AB-\\d{6}$', example: 'CD-123456' })).to.throw(/Cannot make references/);
    });

    it('numbers references in any format, a wide one ending in its check digit', () => {
      const six = { pattern: '^CEC-\\d{6}$', example: 'CEC-123456' };
      const eight = { pattern: '^EBC-\\d{8}$', example: 'EBC-20260001' };
      expect(numberedReference(six, 100001)).to.equal('CEC-100001');
      expect(numberedReference(eight, 100001)).to.equal(`EBC-0100001${checkDigit('0100001')}`);
      expect(hasValidCheckDigit(numberedReference(eight, 100001))).to.equal(true);
      expect(() => numberedReference(six, 1234567)).to.throw(RangeError);
      expect(() => numberedReference(eight, 12345678)).to.throw(RangeError);
    });

    it('tidies what residents type', () => {
      expect(tidyReference(' cec-123 456 ')).to.equal('CEC-123456');
    });
  });

  describe('dates in words', () => {
    it('writes dates as GOV.UK does', () => {
      expect(dateInWords('2026-11-26')).to.equal('Thursday 26 November 2026');
      expect(dateInWords('2027-01-01')).to.equal('Friday 1 January 2027');
      expect(dateInWords('2028-02-29')).to.equal('Tuesday 29 February 2028');
    });

    it('writes Open311 times in UK time with their offset', () => {
      expect(w3cDateTime(Date.parse('2026-11-23T10:00:00Z'))).to.equal('2026-11-23T10:00:00+00:00');
      expect(w3cDateTime(Date.parse('2026-07-01T08:30:00Z'))).to.equal('2026-07-01T09:30:00+01:00');
    });
  });

  describe('escaping', () => {
    it('escapes HTML in text and attributes', () => {
      expect(escapeHtml(`<a href="x" title='y'>&</a>`)).to.equal('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
      expect(String(html`<p title="${'"><script>'}">${['<b>', html`<i>ok</i>`]}</p>`)).to.equal('<p title="&quot;&gt;&lt;script&gt;">&lt;b&gt;<i>ok</i></p>');
    });

    it('escapes XML and drops characters XML 1.0 cannot hold', () => {
      expect(escapeXml(`a<b>&"c"'\u0001\u0008\t\n`)).to.equal('a&lt;b&gt;&amp;&quot;c&quot;&apos;\t\n');
      expect(xmlList('errors', 'error', [{ code: 404, description: '<none>' }])).to.equal(
        '<?xml version="1.0" encoding="utf-8"?>\n<errors>\n  <error>\n    <code>404</code>\n    <description>&lt;none&gt;</description>\n  </error>\n</errors>\n',
      );
    });
  });

  describe('form fields', () => {
    it('reads repeated names as a list', () => {
      expect({ ...formFields('a=1&b=x+y&a=2&c=%3Cp%3E') }).to.deep.equal({ a: ['1', '2'], b: 'x y', c: '<p>' });
    });
  });

  describe('postcodes in addresses', () => {
    it('finds the last postcode, with or without its space', () => {
      expect(postcodeIn('1 High Street\nCrewe\nCW2 6GR')).to.equal('CW2 6GR');
      expect(postcodeIn('Flat 2, 10 Road, sk101aa')).to.equal('sk101aa');
      expect(postcodeIn('No postcode here')).to.equal(undefined);
    });
  });

  describe('wait times', () => {
    const charter = core.defaultCharter;

    it('gives the open phone line a wait, in the WaitTimes contract', () => {
      const body = core.parseWaitTimes(waitTimes(charter, Date.parse('2026-11-23T09:12:00Z')));
      expect(body.channels.map((c) => c.channel)).to.deep.equal(['phone']);
      expect(body.channels[0].minutes).to.be.within(0, 15);
    });

    it('changes through the day and lists no closed line', () => {
      const day = Array.from({ length: 16 }, (_, i) => waitTimes(charter, Date.parse('2026-11-23T08:45:00Z') + i * 30 * 60_000));
      const minutes = new Set(day.flatMap((w) => w.channels.map((c) => c.minutes)));
      expect(minutes.size).to.be.greaterThan(3);
      expect(waitTimes(charter, Date.parse('2026-11-22T11:00:00Z')).channels).to.deep.equal([]); // a Sunday
      expect(waitTimes(charter, Date.parse('2026-12-25T11:00:00Z')).channels).to.deep.equal([]); // Christmas Day
    });

    it('is served at GET /api/wait-times', async () => {
      const app = await startServer({ now: manualClock(Date.parse('2026-11-23T09:12:00Z')) });
      try {
        const res = await fetch(`${app.url}/api/wait-times`);
        expect(res.status).to.equal(200);
        expect(await res.json()).to.deep.equal(waitTimes(charter, Date.parse('2026-11-23T09:12:00Z')));
      } finally {
        await app.stop();
      }
    });
  });

  describe('another charter', () => {
    it("gives references, dates and seeded examples in that charter's own format", async () => {
      const charter = core.lgscoCharter;
      const app = await startServer({ charter, now: manualClock() });
      try {
        const pattern = new RegExp(charter.organisation.referenceFormat.pattern);
        const service = charter.services[0].id;
        const res = await postJson(`${app.url}/api/feedback`, complaint({ service }));
        expect(res.status).to.equal(201);
        const receipt = await res.json();
        expect(receipt.reference).to.match(pattern);
        expect(receipt.respondBy).to.equal(core.dueDateFor(charter, 'complaint-stage-1', '2026-11-23'));
        const seeded = await postJson(`${app.url}/api/track`, { reference: numberedReference(charter.organisation.referenceFormat, 100005), verifier: 'answered@example.org' });
        expect(seeded.status).to.equal(200);
        expect((await seeded.json()).reference).to.match(pattern);
        const services = await (await fetch(`${app.url}/api/open311/v2/services.json`)).json();
        expect(services.map((s) => s.service_code)).to.deep.equal(charter.services.map((s) => s.id));
      } finally {
        await app.stop();
      }
    });

    it('refuses a charter without the timescales a receipt needs', () => {
      const charter = { ...core.defaultCharter, timescales: core.defaultCharter.timescales.filter((t) => t.id !== 'complaint-stage-2') };
      expect(() => createServer({ charter, dataDir: '/nonexistent/never-created' })).to.throw(/complaint-stage-2/);
    });
  });

  describe('a bug in a handler', () => {
    it('answers 500 with a plain message that gives nothing away', async () => {
      const app = await startServer();
      const quiet = console.error;
      console.error = () => {};
      try {
        app.env.store.get = () => {
          throw new Error('secret internal detail');
        };
        const res = await postJson(`${app.url}/api/track`, { reference: 'CEC-100005', verifier: 'answered@example.org' });
        expect(res.status).to.equal(500);
        const body = await res.json();
        expect(body.error.code).to.equal('server-error');
        expect(JSON.stringify(body)).to.not.contain('secret');
      } finally {
        console.error = quiet;
        await app.stop();
      }
    });
  });
});
