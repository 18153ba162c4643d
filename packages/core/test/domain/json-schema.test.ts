import { expect } from 'chai';
import { defaultCharter } from '../../src/domain/default-charter.js';
import { jsonSchemas } from '../../src/domain/json-schema.js';
import { lgscoCharter } from '../../src/domain/lgsco-charter.js';

type Schema = Record<string, any>;

/**
 * A small JSON Schema checker covering the keywords the generated schemas
 * use, so the tests can show real documents pass and broken ones do not
 * without a validator dependency. Returns the paths that fail.
 */
function violations(schema: Schema, value: unknown, path = '$'): string[] {
  if (Object.keys(schema).length === 0) return [];
  const fail = [`${path}: ${JSON.stringify(schema).slice(0, 80)}`];
  if (schema.oneOf) return schema.oneOf.filter((option: Schema) => violations(option, value, path).length === 0).length === 1 ? [] : fail;
  if (schema.anyOf) return schema.anyOf.some((option: Schema) => violations(option, value, path).length === 0) ? [] : fail;
  if ('const' in schema && value !== schema.const) return fail;
  if (schema.enum && !schema.enum.includes(value)) return fail;
  if (schema.type === 'null') return value === null ? [] : fail;
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') return fail;
      if (schema.pattern && !new RegExp(schema.pattern).test(value)) return fail;
      if (schema.minLength !== undefined && value.length < schema.minLength) return fail;
      if (schema.maxLength !== undefined && value.length > schema.maxLength) return fail;
      return [];
    case 'number':
    case 'integer':
      if (typeof value !== 'number' || (schema.type === 'integer' && !Number.isInteger(value))) return fail;
      if (schema.minimum !== undefined && value < schema.minimum) return fail;
      if (schema.maximum !== undefined && value > schema.maximum) return fail;
      if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) return fail;
      return [];
    case 'boolean':
      return typeof value === 'boolean' ? [] : fail;
    case 'array':
      if (!Array.isArray(value)) return fail;
      if (schema.minItems !== undefined && value.length < schema.minItems) return fail;
      return value.flatMap((item, index) => violations(schema.items ?? {}, item, `${path}[${index}]`));
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail;
      const record = value as Record<string, unknown>;
      const missing = (schema.required ?? []).filter((key: string) => !(key in record)).map((key: string) => `${path}.${key}: required`);
      const fields = Object.entries(record).flatMap(([key, item]) => {
        const property = schema.properties?.[key];
        if (property) return violations(property, item, `${path}.${key}`);
        if (schema.additionalProperties === false) return [`${path}.${key}: not allowed`];
        return typeof schema.additionalProperties === 'object' ? violations(schema.additionalProperties, item, `${path}.${key}`) : [];
      });
      return [...missing, ...fields];
    }
    default:
      throw new Error(`the checker does not know ${JSON.stringify(schema)}`);
  }
}

describe('jsonSchemas', () => {
  const schemas = jsonSchemas();

  it('publishes the charter and every API contract', () => {
    expect(Object.keys(schemas)).to.have.members([
      'charter',
      'feedback-submission',
      'feedback-receipt',
      'api-error',
      'tracker-lookup',
      'tracker-status',
      'open311-requests',
      'open311-errors',
      'wait-times',
    ]);
    for (const [name, schema] of Object.entries(schemas)) {
      expect(schema, name).to.include({ $schema: 'https://json-schema.org/draft/2020-12/schema' });
      expect((schema as Schema).title, name).to.be.a('string');
      expect(() => JSON.stringify(schema), name).not.to.throw();
    }
  });

  it('describes the charter\'s top level, with defaults optional', () => {
    const charter = schemas.charter as Schema;
    expect(charter.type).to.equal('object');
    expect(Object.keys(charter.properties)).to.include.members(['version', 'organisation', 'channels', 'services', 'timescales', 'feedback', 'privacy', 'otherFormats']);
    expect(charter.required).to.have.members(['version', 'organisation', 'channels', 'services', 'timescales', 'feedback', 'privacy']);
    expect(charter.additionalProperties).to.equal(false);
    expect(charter.properties.organisation.required).not.to.include('timeZone');
    expect(charter.properties.services.items.properties.id.pattern).to.be.a('string');
  });

  it('accepts both shipped charters', () => {
    expect(violations(schemas.charter as Schema, JSON.parse(JSON.stringify(defaultCharter)))).to.deep.equal([]);
    expect(violations(schemas.charter as Schema, JSON.parse(JSON.stringify(lgscoCharter)))).to.deep.equal([]);
  });

  it('rejects a misspelt field, a wrong kind and a bad id, as the parser does', () => {
    const broken = JSON.parse(JSON.stringify(defaultCharter));
    broken.chanels = broken.channels;
    broken.channels[0].kind = 'carrier-pigeon';
    broken.services[0].id = 'Bins';
    expect(violations(schemas.charter as Schema, broken).map((line) => line.split(':')[0])).to.have.members([
      '$.chanels',
      '$.channels[0].kind',
      '$.services[0].id',
    ]);
  });

  it('describes a feedback submission', () => {
    const submission = {
      type: 'suggestion',
      service: null,
      details: 'More benches in the park, please.',
      contact: { preference: 'none' },
      consent: false,
      locale: 'en',
      client: { startedAt: '2026-03-02T10:15:00Z', submittedAt: '2026-03-02T10:16:00Z' },
    };
    const schema = schemas['feedback-submission'] as Schema;
    expect(violations(schema, submission)).to.deep.equal([]);
    expect(violations(schema, { ...submission, type: 'rant' })).to.have.length(1);
  });
});
