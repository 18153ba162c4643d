import { expect, waitUntil } from '@open-wc/testing';
import { TimeoutError } from '@cx-kit/core/element';
import { Submitter, fieldErrorsOf, type Send } from '../src/submitter.js';

interface Receipt {
  reference: string;
}
const parseReceipt = (json: unknown): Receipt | undefined => {
  const reference = (json as Receipt | null)?.reference;
  return typeof reference === 'string' ? { reference } : undefined;
};

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** A fake network: answers in turn, and records what it was sent. */
function network(...answers: Array<Response | Error | (() => Promise<Response>)>) {
  const calls: { url: string; init: RequestInit & { timeoutMs?: number } }[] = [];
  const send: Send = async (url, init) => {
    calls.push({ url, init });
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    if (next instanceof Error) throw next;
    return typeof next === 'function' ? next() : next;
  };
  return { send, calls };
}

const request = { endpoint: '/api/feedback', body: { type: 'complaint' }, idempotencyKey: 'key-1' };
const noSleep = { sleep: async () => {}, online: () => true };

describe('submitter', () => {
  it('POSTs JSON with the idempotency key and returns the receipt', async () => {
    const net = network(json(201, { reference: 'CEC-123456' }));
    const result = await new Submitter({ parseReceipt, send: net.send, ...noSleep }).submit(request);
    expect(result).to.deep.equal({ ok: true, receipt: { reference: 'CEC-123456' }, status: 201 });
    const { init } = net.calls[0];
    expect(init.method).to.equal('POST');
    expect((init.headers as Record<string, string>)['Idempotency-Key']).to.equal('key-1');
    expect(JSON.parse(init.body as string)).to.deep.equal({ type: 'complaint' });
    expect(init.timeoutMs).to.equal(15_000);
    expect(init.credentials).to.equal('omit');
  });

  it('sends one request however often it is asked while one is in flight', async () => {
    let answer!: (r: Response) => void;
    const net = network(() => new Promise<Response>((resolve) => (answer = resolve)));
    const submitter = new Submitter({ parseReceipt, send: net.send, ...noSleep });
    const first = submitter.submit(request);
    const second = submitter.submit(request);
    expect(submitter.busy).to.equal(true);
    answer(json(201, { reference: 'CEC-000001' }));
    expect(await first).to.deep.equal(await second);
    expect(net.calls.length).to.equal(1);
    expect(submitter.busy).to.equal(false);
  });

  it('backs off and retries 5xx with the same key, then succeeds', async () => {
    const waits: number[] = [];
    const net = network(json(500, {}), json(503, {}), json(201, { reference: 'CEC-000002' }));
    const result = await new Submitter({ parseReceipt, send: net.send, online: () => true, sleep: async (ms) => void waits.push(ms) }).submit(request);
    expect(result.ok).to.equal(true);
    expect(waits).to.deep.equal([1000, 2000]);
    expect(net.calls.map((c) => (c.init.headers as Record<string, string>)['Idempotency-Key'])).to.deep.equal(['key-1', 'key-1', 'key-1']);
  });

  it('honours Retry-After on a 429 and gives up after the last attempt', async () => {
    const waits: number[] = [];
    const retries: number[] = [];
    const net = network(json(429, {}, { 'Retry-After': '5' }), json(429, {}, { 'Retry-After': '5' }), json(429, { error: { message: 'Slow down' } }));
    const result = await new Submitter({
      parseReceipt,
      send: net.send,
      online: () => true,
      sleep: async (ms) => void waits.push(ms),
      onRetry: (attempt) => retries.push(attempt),
    }).submit(request);
    expect(result).to.deep.equal({ ok: false, code: 'rate-limited', status: 429, message: 'Slow down' });
    expect(waits).to.deep.equal([5000, 5000]);
    expect(retries).to.deep.equal([2, 3]);
  });

  it('does not wait for a Retry-After longer than it will wait', async () => {
    const net = network(json(503, {}, { 'Retry-After': '3600' }));
    const result = await new Submitter({ parseReceipt, send: net.send, ...noSleep }).submit(request);
    expect(result).to.include({ ok: false, code: 'server-error', status: 503 });
    expect(net.calls.length).to.equal(1);
  });

  it('reports a timeout without retrying by itself', async () => {
    const net = network(new TimeoutError('/api/feedback', 15_000));
    const result = await new Submitter({ parseReceipt, send: net.send, ...noSleep }).submit(request);
    expect(result).to.deep.equal({ ok: false, code: 'timeout' });
    expect(net.calls.length).to.equal(1);
  });

  it('reports a dropped connection as unreachable, or offline when the browser says so', async () => {
    let online = true;
    const net = network(new TypeError('Failed to fetch'), new TypeError('Failed to fetch'));
    const submitter = new Submitter({ parseReceipt, send: net.send, sleep: async () => {}, online: () => online });
    expect(await submitter.submit(request)).to.deep.equal({ ok: false, code: 'unreachable' });
    online = false;
    expect(await submitter.submit(request)).to.deep.equal({ ok: false, code: 'offline' });
    expect(net.calls.length).to.equal(1);
  });

  it('returns field errors from a 422', async () => {
    const net = network(json(422, { error: { code: 'invalid', message: 'Check your answers', fields: { 'contact.email': 'Enter a real email address', junk: 3 } } }));
    const result = await new Submitter({ parseReceipt, send: net.send, ...noSleep }).submit(request);
    expect(result).to.deep.equal({ ok: false, code: 'validation', status: 422, fields: { 'contact.email': 'Enter a real email address' }, message: 'Check your answers' });
  });

  it('reports another 4xx with the code every widget gives it, and the server\'s own words', async () => {
    const net = network(json(400, { error: { code: 'bad', message: 'No' } }), json(413, undefined), json(403, {}), json(404, {}));
    const submitter = new Submitter({ parseReceipt, send: net.send, ...noSleep });
    expect(await submitter.submit(request)).to.deep.equal({ ok: false, code: 'validation', status: 400, message: 'No' });
    expect(await submitter.submit(request)).to.deep.equal({ ok: false, code: 'validation', status: 413 });
    expect(await submitter.submit(request)).to.deep.equal({ ok: false, code: 'refused', status: 403 });
    expect(await submitter.submit(request)).to.deep.equal({ ok: false, code: 'not-found', status: 404 });
    expect(net.calls.length, 'none retried').to.equal(4);
  });

  it('reports a 2xx whose body is not a receipt as invalid-response', async () => {
    const net = network(json(201, { ref: 1 }), new Response('<html>', { status: 200 }));
    const submitter = new Submitter({ parseReceipt, send: net.send, ...noSleep });
    expect(await submitter.submit(request)).to.deep.equal({ ok: false, code: 'invalid-response', status: 201 });
    expect(await submitter.submit(request)).to.deep.equal({ ok: false, code: 'invalid-response', status: 200 });
  });

  it('stops when aborted, even while backing off', async () => {
    const net = network(json(500, {}));
    const submitter = new Submitter({ parseReceipt, send: net.send, online: () => true, baseDelayMs: 60_000, maxDelayMs: 120_000 });
    const pending = submitter.submit(request);
    await waitUntil(() => net.calls.length === 1, 'the first attempt was not sent');
    submitter.abort();
    expect(await pending).to.deep.equal({ ok: false, aborted: true });
  });

  it('keeps only text from an error body', () => {
    expect(fieldErrorsOf(null)).to.deep.equal({ fields: {}, message: undefined });
    expect(fieldErrorsOf({ error: { fields: { a: '', b: 'B' }, message: 5 } })).to.deep.equal({ fields: { b: 'B' }, message: undefined });
  });
});
