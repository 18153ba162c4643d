import { expect } from 'chai';
import type * as z from 'zod/mini';
import { CharterError, parseCharter, safeParseCharter } from '../../src/domain/charter.js';
import { defaultCharter } from '../../src/domain/default-charter.js';
import { charterSchema, timescaleRuleSchema, type Charter, type CharterInput } from '../../src/domain/charter-schema.js';
import type { Problem } from '../../src/domain/problems.js';
import type { TimescaleRule } from '../../src/domain/types.js';

/** A small valid charter to break one way at a time. */
function minimalCharter(): CharterInput {
  return {
    version: 1,
    organisation: {
      name: 'Example Council',
      division: 'england-and-wales',
      website: 'https://www.example.org',
      referenceFormat: { pattern: '^EX-\\d{4}$', example: 'EX-1234', description: 'EX- and 4 numbers' },
    },
    channels: [
      { id: 'online', kind: 'online', label: 'Online', url: 'https://www.example.org/forms' },
      {
        id: 'phone',
        kind: 'phone',
        label: 'Phone',
        phone: '01632 960000',
        hours: { weekly: { monday: ['08:30-17:00'], friday: ['08:30-12:00', '13:00-16:30'] } },
        timescale: 'call-answer',
      },
    ],
    services: [{ id: 'bins', name: 'Bins', keywords: ['bin'], channels: ['online', 'phone'] }],
    timescales: [
      { id: 'call-answer', title: 'Answer', description: 'Two minutes', rule: { kind: 'duration', minutes: 2 } },
      { id: 'ack', title: 'Ack', description: '5 days', rule: { kind: 'working-days', days: 5 } },
      { id: 'stage-1', title: 'Stage 1', description: '10 days', rule: { kind: 'working-days', days: 10, from: 'ack' } },
    ],
    feedback: {
      maxLength: 2000,
      socialCare: {
        adults: { text: 'Adults', url: '/adults-complaints' },
        children: { text: 'Children', url: 'https://www.example.org/children' },
      },
    },
    privacy: { text: 'Privacy', url: '/privacy' },
  };
}

/** The problems safeParseCharter reports for `input` (failing the test if it accepted it). */
function problemsOf(input: unknown): Problem[] {
  const result = safeParseCharter(input);
  if (result.ok) throw new Error('expected the charter to be rejected');
  return result.problems;
}

function messageAt(problems: Problem[], path: string): string {
  const found = problems.filter((problem) => problem.path === path);
  expect(found, `a problem at ${path} in ${JSON.stringify(problems, null, 1)}`).to.have.length(1);
  return found[0].message;
}

describe('parseCharter', () => {
  it('accepts a valid charter and fills in the defaults', () => {
    const charter = parseCharter(minimalCharter());
    expect(charter.organisation.timeZone).to.equal('Europe/London');
    expect(charter.organisation.closures).to.deep.equal([]);
    expect(charter.services[0].channels).to.deep.equal(['online', 'phone']);
  });

  it('declares the same shape as the schema (a compile-time check)', () => {
    type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
    const charterMatches: Same<z.output<typeof charterSchema>, Charter> = true;
    const ruleMatches: Same<z.output<typeof timescaleRuleSchema>, TimescaleRule> = true;
    expect(charterMatches && ruleMatches).to.equal(true);
  });

  it('reports every problem at once, schema and cross-references, each with its path', () => {
    const broken = minimalCharter() as Record<string, any>;
    broken.version = 2;
    broken.organisation.division = 'wales';
    broken.organisation.closures = ['2026-02-30', { date: '2026-12-29' }];
    broken.channels[1].phone = 'call us';
    broken.channels.push({ id: 'phone', kind: 'pager', label: { cy: 'Ffôn' }, chanels: [] });
    broken.services.push({ id: 'Missed bin', name: '', keywords: 'bin', channels: ['phone-main'] });
    broken.timescales[1].rule = { kind: 'working-days', days: 0, from: 'stage-1' };
    broken.feedback.maxLength = 2000.5;
    delete broken.privacy;

    const problems = problemsOf(broken);
    const paths = problems.map((problem) => problem.path);
    expect(paths).to.include.members([
      'version',
      'organisation.division',
      'organisation.closures[0]',
      'organisation.closures[1].title',
      'channels[1].phone',
      'channels[2].id',
      'channels[2].kind',
      'channels[2].label.en',
      'channels[2].chanels',
      'services[1].id',
      'services[1].name',
      'services[1].keywords',
      'services[1].channels[0]',
      'timescales[1].rule.days',
      'timescales[1].rule.from',
      'feedback.maxLength',
      'privacy',
    ]);
    expect(messageAt(problems, 'services[1].channels[0]')).to.match(
      /^"phone-main" is not one of the charter's channels \(choose from: online, phone\)/,
    );
    expect(messageAt(problems, 'channels[2].id')).to.contain('already the id of channels[1]');
    expect(messageAt(problems, 'channels[2].kind')).to.contain('"online"').and.contain('not "pager"');
    expect(messageAt(problems, 'channels[2].chanels')).to.contain('check its spelling');
    expect(messageAt(problems, 'organisation.closures[0]')).to.contain('not a real date');
    expect(messageAt(problems, 'timescales[1].rule.from')).to.contain('circle');
    expect(messageAt(problems, 'feedback.maxLength')).to.contain('whole number');
    expect(messageAt(problems, 'privacy')).to.equal('is required');
    // Problems come in the order the editor wrote the document.
    expect(paths.indexOf('version')).to.be.lessThan(paths.indexOf('channels[1].phone'));
    expect(paths.indexOf('channels[2].kind')).to.be.lessThan(paths.indexOf('services[1].id'));
  });

  it('names the service or channel a problem is in, for lists editors search by id', () => {
    const charter = minimalCharter() as Record<string, any>;
    charter.services[0].channels = ['post'];
    expect(messageAt(problemsOf(charter), 'services[0].channels[0]')).to.match(/\(service "bins"\)$/);
  });

  it('throws a CharterError whose message lists every problem with its path', () => {
    const charter = minimalCharter() as Record<string, any>;
    charter.version = 3;
    charter.services[0].channels = ['post'];
    let caught: unknown;
    try {
      parseCharter(charter);
    } catch (error) {
      caught = error;
    }
    expect(caught).to.be.instanceOf(CharterError).and.instanceOf(Error);
    const error = caught as CharterError;
    expect(error.name).to.equal('CharterError');
    expect(error.problems).to.have.length(2);
    expect(error.message).to.match(/^The charter has 2 problems:\n/);
    expect(error.message).to.contain('\n- version: must be 1');
    expect(error.message).to.contain('\n- services[0].channels[0]: "post" is not one of the charter\'s channels');
  });

  it('says "a problem" when there is one', () => {
    expect(() => parseCharter({ ...minimalCharter(), version: 0 })).to.throw(CharterError, /^The charter has a problem:\n- version:/);
  });

  it('rejects javascript: and other non-web URLs wherever a URL goes, however they are disguised', () => {
    const charter = minimalCharter() as Record<string, any>;
    charter.channels[0].url = 'javascript:alert(1)';
    charter.privacy.url = ' JaVa\tScRiPt:alert(1)';
    charter.feedback.socialCare.adults.url = 'data:text/html,<script>alert(1)</script>';
    charter.services[0].links = [{ label: 'Mail', url: 'mailto:bins@example.org' }];
    charter.organisation.website = '/relative';
    const problems = problemsOf(charter);
    expect(messageAt(problems, 'channels[0].url')).to.match(/^"javascript:alert\(1\)" is not allowed: "javascript:" links are never followed/);
    expect(messageAt(problems, 'privacy.url')).to.contain('"javascript:" links are never followed');
    expect(messageAt(problems, 'feedback.socialCare.adults.url')).to.contain('"data:"');
    expect(messageAt(problems, 'services[0].links[0].url')).to.contain('"mailto:"');
    expect(messageAt(problems, 'organisation.website')).to.contain('full address starting https://');
  });

  it('accepts http(s) and relative URLs', () => {
    const charter = minimalCharter() as Record<string, any>;
    charter.services[0].links = [
      { label: 'a', url: 'http://www.example.org/bins' },
      { label: 'b', url: '/bins?x=1#when' },
      { label: 'c', url: '../bins' },
      { label: 'd', url: '//www.example.org/bins' },
    ];
    expect(safeParseCharter(charter).ok).to.equal(true);
  });

  it('reads a JSON string', () => {
    const result = safeParseCharter(JSON.stringify(minimalCharter()));
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.charter.organisation.name).to.equal('Example Council');
  });

  it('reports a JSON syntax error at the root with its line and column', () => {
    const text = '{\n  "version": 1,\n  "channels": [,]\n}';
    const problems = problemsOf(text);
    expect(problems).to.deep.equal([
      { path: '(root)', message: 'is not valid JSON (line 3, column 16: unexpected ",")' },
    ]);
    expect(problemsOf('{"version": 1')[0].message).to.contain('ends too early');
  });

  it('rejects a document that is not an object', () => {
    for (const input of [null, 42, [], '"a string"']) {
      expect(problemsOf(input)[0].path).to.equal('(root)');
    }
  });

  it('checks that channels have what their kind needs', () => {
    const charter = minimalCharter() as Record<string, any>;
    charter.channels.push(
      { id: 'email', kind: 'email', label: 'Email' },
      { id: 'letter', kind: 'letter', label: 'Letter' },
      { id: 'visit', kind: 'face-to-face', label: 'Visit' },
      { id: 'chat', kind: 'webchat', label: 'Chat' },
      { id: 'sos', kind: 'emergency', label: 'Emergency' },
    );
    delete charter.channels[0].url;
    const problems = problemsOf(charter);
    expect(messageAt(problems, 'channels[0].url')).to.match(/^is required: a online channel needs a "url"/);
    expect(messageAt(problems, 'channels[2].email')).to.contain('needs an "email" address');
    expect(messageAt(problems, 'channels[3].address')).to.contain('postal "address"');
    expect(messageAt(problems, 'channels[4].address')).to.contain('face-to-face');
    expect(messageAt(problems, 'channels[5].url')).to.contain('webchat');
    expect(messageAt(problems, 'channels[6].phone')).to.contain('"phone" number');
  });

  it('checks timescale references: channel promises, missing ids, self-reference, longer cycles', () => {
    const charter = minimalCharter() as Record<string, any>;
    charter.channels[1].timescale = 'call-answered';
    charter.timescales[2].rule.from = 'acknowledgement';
    charter.timescales.push(
      { id: 'self', title: 'S', description: 'S', rule: { kind: 'working-days', days: 1, from: 'self' } },
      { id: 'a', title: 'A', description: 'A', rule: { kind: 'working-days', days: 1, from: 'b' } },
      { id: 'b', title: 'B', description: 'B', rule: { kind: 'calendar-months', months: 1, from: 'c' } },
      { id: 'c', title: 'C', description: 'C', rule: { kind: 'working-days', days: 1, from: 'b' } },
    );
    const problems = problemsOf(charter);
    expect(messageAt(problems, 'channels[1].timescale')).to.contain('"call-answered" is not one of the charter\'s timescales');
    expect(messageAt(problems, 'timescales[2].rule.from')).to.contain('choose from: call-answer, ack, stage-1, self, a, b, c');
    expect(messageAt(problems, 'timescales[3].rule.from')).to.contain('"self" → "self"');
    // The cycle b → c → b is reported once, where it starts; "a" only leads into it.
    expect(messageAt(problems, 'timescales[5].rule.from')).to.contain('"b" → "c" → "b"');
    expect(problems.map((problem) => problem.path)).not.to.include.members(['timescales[4].rule.from', 'timescales[6].rule.from']);
  });

  it('checks rule details: extended months, unknown kinds, durations', () => {
    const charter = minimalCharter() as Record<string, any>;
    charter.timescales.push(
      { id: 'sar', title: 'SAR', description: 'month', rule: { kind: 'calendar-months', months: 3, extendedMonths: 2 } },
      { id: 'weeks', title: 'W', description: 'W', rule: { kind: 'weeks', weeks: 2 } },
      { id: 'nokind', title: 'N', description: 'N', rule: {} },
    );
    charter.timescales[0].rule.minutes = -1;
    const problems = problemsOf(charter);
    expect(messageAt(problems, 'timescales[3].rule.extendedMonths')).to.contain('at least "months" (3)');
    expect(messageAt(problems, 'timescales[4].rule.kind')).to.contain('not "weeks"');
    expect(messageAt(problems, 'timescales[5].rule.kind')).to.match(/^is required: one of "working-days"/);
    expect(messageAt(problems, 'timescales[0].rule.minutes')).to.equal('must be more than 0, not -1 (timescale "call-answer")');
  });

  it('checks the reference format: a valid pattern and a matching example', () => {
    const charter = minimalCharter() as Record<string, any>;
    charter.organisation.referenceFormat.example = 'EX-12';
    expect(messageAt(problemsOf(charter), 'organisation.referenceFormat.example')).to.contain('does not match the pattern');
    charter.organisation.referenceFormat.pattern = '^EX-(\\d{4}$';
    expect(messageAt(problemsOf(charter), 'organisation.referenceFormat.pattern')).to.contain('not a valid regular expression');
  });

  it('checks opening hours', () => {
    const charter = minimalCharter() as Record<string, any>;
    charter.channels[1].hours = { weekly: { monday: ['17:00-08:30', '9-5'], funday: ['09:00-10:00'] } };
    charter.channels[0].hours = {};
    const problems = problemsOf(charter);
    expect(messageAt(problems, 'channels[1].hours.weekly.monday[0]')).to.contain('not a time range');
    expect(messageAt(problems, 'channels[1].hours.weekly.monday[1]')).to.contain('not a time range');
    expect(problems.map((problem) => problem.path)).to.include('channels[1].hours.weekly.funday');
    expect(messageAt(problems, 'channels[0].hours')).to.contain('should say when it is open');
  });

  it('accepts whole days and always-open hours', () => {
    const charter = minimalCharter() as Record<string, any>;
    charter.channels[1].hours = { weekly: { saturday: ['00:00-24:00'] }, openOnBankHolidays: true };
    charter.channels[0].hours = { always: true };
    expect(safeParseCharter(charter).ok).to.equal(true);
  });

  it('checks duplicate ids and channels listed twice', () => {
    const charter = minimalCharter() as Record<string, any>;
    charter.services.push({ id: 'bins', name: 'Bins again', keywords: [], channels: ['phone', 'online', 'phone'] });
    charter.timescales.push({ ...charter.timescales[0] });
    const problems = problemsOf(charter);
    expect(messageAt(problems, 'services[1].id')).to.contain('already the id of services[0]');
    expect(messageAt(problems, 'services[1].channels[2]')).to.contain('listed twice');
    expect(messageAt(problems, 'timescales[3].id')).to.contain('already the id of timescales[0]');
  });

  it('describes wrong types, sizes and values in plain words', () => {
    const charter = minimalCharter() as Record<string, any>;
    charter.services[0].keywords = [1];
    charter.services[0].channels = [];
    charter.services[0].socialCare = 'elderly';
    charter.organisation.timeZone = 'Europe/Paris';
    charter.organisation.name = { en: 'Council', 'x y': 'z' };
    charter.feedback.maxLength = 5;
    charter.channels = {};
    const problems = problemsOf(charter);
    expect(messageAt(problems, 'services[0].keywords[0]')).to.equal('should be text, not 1 (service "bins")');
    expect(messageAt(problems, 'services[0].channels')).to.equal('needs at least one entry (service "bins")');
    expect(messageAt(problems, 'services[0].socialCare')).to.equal('must be one of "adults", "children", not "elderly" (service "bins")');
    expect(messageAt(problems, 'organisation.timeZone')).to.contain('UK time');
    expect(messageAt(problems, 'organisation.name["x y"]')).to.contain('not a language tag');
    expect(messageAt(problems, 'feedback.maxLength')).to.equal('must be at least 100, not 5');
    expect(messageAt(problems, 'channels')).to.equal('should be a list [ … ], not an object');
  });

  it('reports a channel kind named like a built-in property instead of throwing', () => {
    for (const kind of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const charter = JSON.parse(JSON.stringify(defaultCharter));
      charter.channels[0].kind = kind;
      const result = safeParseCharter(charter);
      expect(result.ok, kind).to.equal(false);
      if (!result.ok) expect(result.problems.map((p) => p.path)).to.include('channels[0].kind');
    }
  });
});
