import { expect } from '@open-wc/testing';
import { CONTACT_PREFERENCES, FEEDBACK_MAX_LENGTH, FEEDBACK_TYPES, parseFeedbackReceipt } from '@cx-kit/core';
import { CONTRACT_MAX_LENGTH, FEEDBACK_CHOICES, REPLY_WAYS } from '../src/journey.js';
import { receiptOf } from '../src/receipt.js';

const good = { reference: 'CEC-123456', receivedAt: '2026-11-23T10:15:00Z', acknowledgeBy: '2026-11-26', respondBy: '2026-12-07' };
const accepts = (value: unknown) => {
  try {
    parseFeedbackReceipt(value);
    return true;
  } catch {
    return false;
  }
};

describe('receipt: the server’s answer, checked without zod', () => {
  for (const [name, value] of [
    ['a receipt', good],
    ['with a track URL', { ...good, trackUrl: 'https://council.example/track?ref=CEC-123456' }],
    ['with a relative track URL', { ...good, trackUrl: '/track' }],
    ['with an offset', { ...good, receivedAt: '2026-06-23T10:15:00.123+01:00' }],
    ['without a reference', { ...good, reference: ' ' }],
    ['with a reference that is not text', { ...good, reference: 123456 }],
    ['with an impossible date', { ...good, acknowledgeBy: '2026-02-30' }],
    ['with a date that is not a date', { ...good, respondBy: 'soon' }],
    ['answering before acknowledging', { ...good, respondBy: '2026-11-25' }],
    ['received without a zone', { ...good, receivedAt: '2026-11-23T10:15:00' }],
    ['with a script link', { ...good, trackUrl: 'javascript:alert(1)' }],
    ['with a data link', { ...good, trackUrl: 'data:text/html,hi' }],
    ['null', null],
    ['a list', [good]],
  ] as const) {
    it(`agrees with the contract on ${name}`, () => {
      expect(receiptOf(value) !== undefined).to.equal(accepts(value));
    });
  }

  it('keeps only the receipt’s own fields', () => {
    expect(receiptOf({ ...good, extra: 'x' })).to.deep.equal(good);
  });

  it('offers the contract’s choices and limit (written in the form so zod stays off the resident’s path)', () => {
    expect([...FEEDBACK_CHOICES]).to.deep.equal([...FEEDBACK_TYPES]);
    expect([...REPLY_WAYS]).to.deep.equal([...CONTACT_PREFERENCES]);
    expect(CONTRACT_MAX_LENGTH).to.equal(FEEDBACK_MAX_LENGTH);
  });
});
