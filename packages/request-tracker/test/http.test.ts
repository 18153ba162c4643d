import { expect } from '@open-wc/testing';
import { errorForResponse, joinUrl } from '../src/http.js';
import { readWhen } from '../src/when.js';

describe('errorForResponse', () => {
  const code = (status: number) => errorForResponse(new Response(null, { status }), 0)?.code;
  it('gives each status core\'s code (the same failure, the same code, in every widget)', () => {
    expect(code(200)).to.equal(undefined);
    expect(code(404)).to.equal('not-found');
    expect(code(410)).to.equal('not-found');
    expect(code(429)).to.equal('rate-limited');
    expect(code(500)).to.equal('server-error');
    expect(code(503)).to.equal('server-error');
    expect(code(400)).to.equal('validation');
    expect(code(401)).to.equal('refused');
    expect(code(403)).to.equal('refused');
  });
});

describe('joinUrl', () => {
  it('joins with exactly one slash', () => {
    expect(joinUrl('/api/', '/track')).to.equal('/api/track');
    expect(joinUrl('https://x.example', 'track')).to.equal('https://x.example/track');
  });
});

describe('readWhen', () => {
  it('reads dates and date-times as UK date and time', () => {
    expect(readWhen('2026-03-02')).to.deep.equal({ date: '2026-03-02' });
    expect(readWhen('2026-07-01T23:30:00Z'), 'British Summer Time').to.deep.equal({ date: '2026-07-02', time: '00:30' });
    expect(readWhen('2010-04-14T06:37:38-08:00')).to.deep.equal({ date: '2010-04-14', time: '15:37' });
    expect(readWhen('2026-02-10 08:30'), 'no zone: already UK time').to.deep.equal({ date: '2026-02-10', time: '08:30' });
    expect(readWhen('last Tuesday')).to.equal(undefined);
    expect(readWhen(undefined)).to.equal(undefined);
  });
});
