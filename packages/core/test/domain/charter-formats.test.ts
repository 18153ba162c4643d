import { expect } from 'chai';
import fc from 'fast-check';
import {
  isDialledNumber,
  isEmailAddress,
  isIsoDate,
  isKebabId,
  isLooseIsoDateTime,
  isUkPhoneNumber,
  isUkPostcode,
  isWebUrl,
  quote,
  urlScheme,
} from '../../src/domain/field-formats.js';
import { jsonSyntaxError } from '../../src/domain/json-syntax.js';
import { isTimeRange } from '../../src/domain/opening-hours-schema.js';
import * as z from 'zod/mini';
import { describeIssue, formatPath, formatProblems, runSchema } from '../../src/domain/problems.js';

describe('charter field formats', () => {
  it('knows real dates from impossible ones, as Date.UTC does', () => {
    expect(isIsoDate('2028-02-29')).to.equal(true);
    expect(isIsoDate('2026-02-29')).to.equal(false);
    expect(isIsoDate('2026-13-01')).to.equal(false);
    expect(isIsoDate('2026-1-01')).to.equal(false);
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
        expect(isIsoDate(text)).to.equal(day <= daysInMonth);
      }),
    );
  });

  it('reads URL schemes the way browsers do, so disguised script links are still caught', () => {
    expect(urlScheme('/bins')).to.equal(null);
    expect(urlScheme('HTTPS://example.org')).to.equal('https');
    expect(urlScheme('\u0001 java\nscript:alert(1)')).to.equal('javascript');
    const scriptish = fc
      .tuple(fc.constantFrom('javascript', 'vbscript', 'data'), fc.array(fc.constantFrom('\t', '\n', '\r'), { maxLength: 3 }), fc.boolean())
      .map(([scheme, noise, upper]) => {
        const cased = upper ? scheme.toUpperCase() : scheme;
        return `${noise.join('')}${cased.slice(0, 2)}${noise.join('')}${cased.slice(2)}:alert(1)`;
      });
    fc.assert(
      fc.property(scriptish, (url) => {
        expect(isWebUrl(url)).to.equal(false);
      }),
    );
  });

  it('accepts web addresses and relative paths, and nothing else', () => {
    expect(isWebUrl('https://www.example.org/a?b=c#d')).to.equal(true);
    expect(isWebUrl('/relative')).to.equal(true);
    expect(isWebUrl('/relative', false)).to.equal(false);
    expect(isWebUrl('https://')).to.equal(false);
    expect(isWebUrl('http://exa mple.org')).to.equal(false);
    expect(isWebUrl('')).to.equal(false);
    expect(isWebUrl('ftp://example.org')).to.equal(false);
    expect(isWebUrl('mailto:a@example.org')).to.equal(false);
  });

  it('checks ids, phone numbers as dialled, emails, postcodes and UK phone numbers', () => {
    expect(isKebabId('missed-bin')).to.equal(true);
    expect(isKebabId('missed--bin')).to.equal(false);
    expect(isKebabId('-bin')).to.equal(false);
    expect(isDialledNumber('0300 123 5500')).to.equal(true);
    expect(isDialledNumber('999')).to.equal(true);
    expect(isDialledNumber('+44 1632 960000')).to.equal(true);
    expect(isDialledNumber('12')).to.equal(false);
    expect(isDialledNumber('0300-123-5500')).to.equal(false);
    expect(isDialledNumber('1234567890123456')).to.equal(false);
    expect(isEmailAddress('name@example.org')).to.equal(true);
    expect(isEmailAddress('name@example')).to.equal(false);
    expect(isEmailAddress('name example@example.org')).to.equal(false);
    expect(isUkPostcode('CW1 2AB')).to.equal(true);
    expect(isUkPostcode('sw1a1aa')).to.equal(true);
    expect(isUkPostcode('CW1')).to.equal(false);
    expect(isUkPhoneNumber('01632 960 001')).to.equal(true);
    expect(isUkPhoneNumber('+44 (0)1632 960001')).to.equal(true);
    expect(isUkPhoneNumber('0044 1632-960-001')).to.equal(true);
    expect(isUkPhoneNumber('1632 960001')).to.equal(false);
    expect(isUkPhoneNumber('01632 9600')).to.equal(false);
    expect(isUkPhoneNumber('01632 960 0001 1')).to.equal(false);
    expect(isUkPhoneNumber('call me')).to.equal(false);
  });

  it('reads dates and times as Open311 servers write them', () => {
    expect(isLooseIsoDateTime('2026-03-02T10:19:31-08:00')).to.equal(true);
    expect(isLooseIsoDateTime('2026-03-02 10:19')).to.equal(true);
    expect(isLooseIsoDateTime('2026-03-02')).to.equal(true);
    expect(isLooseIsoDateTime('2026-02-30T10:00:00Z')).to.equal(false);
    expect(isLooseIsoDateTime('March 2nd')).to.equal(false);
  });

  it('checks opening time ranges', () => {
    expect(isTimeRange('08:30-17:00')).to.equal(true);
    expect(isTimeRange('00:00-24:00')).to.equal(true);
    expect(isTimeRange('17:00-08:30')).to.equal(false);
    expect(isTimeRange('09:00-09:00')).to.equal(false);
    expect(isTimeRange('24:00-24:30')).to.equal(false);
    expect(isTimeRange('9:00-17:00')).to.equal(false);
  });

  it('quotes values briefly in messages', () => {
    expect(quote('short')).to.equal('"short"');
    expect(quote('x'.repeat(100))).to.have.length(62);
    expect(quote(12)).to.equal('12');
    expect(quote(undefined)).to.equal('undefined');
  });
});

describe('problem paths', () => {
  it('writes paths as code reads them', () => {
    expect(formatPath([])).to.equal('(root)');
    expect(formatPath(['services', 12, 'channels', 0])).to.equal('services[12].channels[0]');
    expect(formatPath([0, 'media_url'])).to.equal('[0].media_url');
    expect(formatPath(['name', 'cy-GB'])).to.equal('name["cy-GB"]');
    expect(formatPath(['$schema'])).to.equal('$schema');
  });

  it('orders problems as the document is written, missing fields last', () => {
    const document = { b: 1, a: [{ y: 1, x: 2 }] };
    const ordered = formatProblems(
      [
        { path: ['missing'], message: '1' },
        { path: ['a', 0, 'x'], message: '2' },
        { path: ['a', 0, 'y'], message: '3' },
        { path: ['b'], message: '4' },
        { path: ['a', 0], message: '5' },
      ],
      document,
    );
    expect(ordered.map((problem) => problem.path)).to.deep.equal(['b', 'a[0]', 'a[0].y', 'a[0].x', 'missing']);
  });
});

describe('problem messages', () => {
  /** The messages `schema` gives for `input`. */
  function messages(schema: z.ZodMiniType, input: unknown): string[] {
    const result = runSchema(schema, input);
    return result.ok ? [] : result.problems.map((problem) => problem.message);
  }

  it('describes sizes of text, lists and numbers', () => {
    expect(messages(z.string().check(z.minLength(3)), 'ab')).to.deep.equal(['must be at least 3 characters long (it has 2)']);
    expect(messages(z.string().check(z.maxLength(3)), 'abcd')).to.deep.equal(['is too long: at most 3 characters (it has 4)']);
    expect(messages(z.array(z.number()).check(z.minLength(2)), [1])).to.deep.equal(['needs at least 2 entries']);
    expect(messages(z.array(z.number()).check(z.maxLength(1)), [1, 2])).to.deep.equal(['has too many entries: at most 1']);
    expect(messages(z.number().check(z.lte(5)), 6)).to.deep.equal(['must be at most 5, not 6']);
    expect(messages(z.number().check(z.lt(5)), 6)).to.deep.equal(['must be less than 5, not 6']);
    expect(messages(z.number().check(z.multipleOf(5)), 6)).to.deep.equal(['must be a multiple of 5']);
  });

  it('describes formats, unknown fields and unions with no clear aim', () => {
    expect(messages(z.email(), 'nope')).to.deep.equal(['is not in the expected format (email)']);
    expect(messages(z.strictObject({}), { a: 1, b: 2 })).to.deep.equal([
      'is not a field here: check its spelling, or remove it',
      'is not a field here: check its spelling, or remove it',
    ]);
    const either = z.union([z.object({ a: z.string() }), z.object({ b: z.string() })]);
    expect(messages(either, { c: 1 })).to.deep.equal(['does not match any of the allowed forms']);
    expect(messages(z.literal('x'), null)).to.deep.equal(['must be "x", not null']);
  });

  it('has a sentence for issues raised outside a schema, too', () => {
    const raw = (issue: object) => describeIssue(issue as Parameters<typeof describeIssue>[0]);
    expect(raw({ code: 'unrecognized_keys', keys: ['a', 'b'], input: {} })).to.equal('has unknown fields: a, b');
    expect(raw({ code: 'invalid_key', input: {} })).to.equal('is not valid here');
    expect(raw({ code: 'too_small', origin: 'date', minimum: 3, input: undefined })).to.equal('must be at least 3');
  });
});

describe('JSON syntax errors', () => {
  it('finds nothing wrong with valid JSON', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(jsonSyntaxError(text)).to.equal(null);
      }),
    );
    expect(jsonSyntaxError(' {"a": [1, -2.5e+3, true, false, null, "\\u00e9\\n"]} ')).to.equal(null);
  });

  it('agrees with JSON.parse about what is broken', () => {
    const broken = ['{', '{"a" 1}', '[1,]', '{"a": tru}', '01', '1.', '"\\x"', '"a\u0001"', '{"a":1}}', '', '-', '"\\u12G4"', '{1: 2}', '[1 2]'];
    for (const text of broken) {
      expect(() => JSON.parse(text), text).to.throw();
      expect(jsonSyntaxError(text), text).not.to.equal(null);
    }
  });

  it('says where the error is in lines and columns', () => {
    expect(jsonSyntaxError('{\n  "a": 1,\n  }')).to.deep.equal({ line: 3, column: 3, message: 'unexpected "}"' });
    expect(jsonSyntaxError('[1, 2')).to.deep.equal({ line: 1, column: 6, message: 'the text ends too early (is a closing } or ] missing?)' });
  });

  it('copes with nesting too deep to follow', () => {
    const deep = '['.repeat(200_000);
    expect(jsonSyntaxError(deep)).not.to.equal(null);
  });
});
