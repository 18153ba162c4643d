import { expect } from '@open-wc/testing';
import { checkReference, checkVerifier } from '../src/lookup-form.js';

const format = { pattern: '^CEC-\\d{6}$' };

describe('checkReference', () => {
  it('accepts a reference in the charter’s format, tidying how people type it', () => {
    expect(checkReference('CEC-123456', format)).to.deep.equal({ ok: true, reference: 'CEC-123456' });
    expect(checkReference('  cec-123456 ', format)).to.deep.equal({ ok: true, reference: 'CEC-123456' });
    expect(checkReference('CEC 123456', format)).to.deep.equal({ ok: true, reference: 'CEC-123456' });
  });

  it('says why it refuses one', () => {
    expect(checkReference('   ', format)).to.deep.equal({ ok: false, reason: 'empty' });
    expect(checkReference('CEC-12345', format)).to.deep.equal({ ok: false, reason: 'format' });
    expect(checkReference('123456', format)).to.deep.equal({ ok: false, reason: 'format' });
  });

  it('lets the server judge when the pattern does not compile', () => {
    expect(checkReference('anything', { pattern: '([' })).to.deep.equal({ ok: true, reference: 'anything' });
    expect(checkReference('x'.repeat(65), { pattern: '([' })).to.deep.equal({ ok: false, reason: 'format' });
  });
});

describe('checkVerifier', () => {
  it('accepts an email address or a UK postcode, tidying the postcode', () => {
    expect(checkVerifier(' jo@example.org ')).to.deep.equal({ ok: true, kind: 'email', value: 'jo@example.org' });
    expect(checkVerifier('cw11hz')).to.deep.equal({ ok: true, kind: 'postcode', value: 'CW1 1HZ' });
    expect(checkVerifier('SW1A 1AA')).to.deep.equal({ ok: true, kind: 'postcode', value: 'SW1A 1AA' });
  });

  it('refuses anything else', () => {
    expect(checkVerifier('')).to.deep.equal({ ok: false, reason: 'empty' });
    expect(checkVerifier('jo@')).to.deep.equal({ ok: false, reason: 'format' });
    expect(checkVerifier('Crewe')).to.deep.equal({ ok: false, reason: 'format' });
  });
});
