import { expect } from '@open-wc/testing';
import { CxError, TimeoutError, errorForResponse, parseRetryAfter, toCxError } from '../../src/element/index.js';

const answer = (status: number, retryAfter?: string) => new Response(null, { status, headers: retryAfter ? { 'Retry-After': retryAfter } : {} });

describe('CxError: one code for one failure', () => {
  it('reads Retry-After as seconds or as an HTTP date, never negative', () => {
    const now = Date.parse('2026-12-02T12:00:00Z');
    expect(parseRetryAfter('120', now)).to.equal(120_000);
    expect(parseRetryAfter('Wed, 02 Dec 2026 12:01:30 GMT', now)).to.equal(90_000);
    expect(parseRetryAfter('Wed, 02 Dec 2026 11:00:00 GMT', now)).to.equal(0);
    for (const junk of [null, '', '-5', '1.5', 'soon']) expect(parseRetryAfter(junk, now), String(junk)).to.equal(undefined);
  });

  it('names each HTTP failure with the agreed code', () => {
    const codes = [401, 403, 404, 410, 408, 429, 500, 503, 400, 422].map((s) => errorForResponse(answer(s))!.code);
    expect(codes).to.deep.equal(['refused', 'refused', 'not-found', 'not-found', 'timeout', 'rate-limited', 'server-error', 'server-error', 'validation', 'validation']);
    expect(errorForResponse(answer(204))).to.equal(undefined);
    expect(errorForResponse(answer(503, '7'))!.retryAfterMs).to.equal(7000);
  });

  it('tells offline from unreachable, and a timeout from both', () => {
    expect(toCxError(new TypeError('Failed to fetch'), true).code).to.equal('unreachable');
    expect(toCxError(new TypeError('Failed to fetch'), false).code).to.equal('offline');
    expect(toCxError(new TimeoutError('/x', 1000)).code).to.equal('timeout');
    const own = new CxError('storage', 'full');
    expect(toCxError(own)).to.equal(own);
    expect(toCxError(new SyntaxError('Unexpected token')).code).to.equal('invalid-response');
  });

  it('says which failures are worth trying again', () => {
    expect(new CxError('server-error', '').transient).to.equal(true);
    expect(new CxError('not-found', '').transient).to.equal(false);
  });
});
