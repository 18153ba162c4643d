import { expect } from '@open-wc/testing';
import { defaultCharter, lgscoCharter, localText } from '@cx-kit/core';
import { nextStep } from '../src/next-step.js';
import type { TrackedRequest } from '../src/tracked-request.js';

// A stage 1 complaint received on Monday 2 March 2026: acknowledge by Thursday
// 5 March (3 working days), full response by Monday 16 March (10 working days).
const complaint = (overrides: Partial<TrackedRequest> = {}): TrackedRequest => ({
  api: 'cx',
  reference: 'CEC-123456',
  service: { id: 'complaints-and-feedback', name: 'Complaints' },
  status: 'acknowledged',
  stage: 1,
  receivedAt: '2026-03-02T09:30:00Z',
  events: [],
  ...overrides,
});

describe('nextStep: what happens next and by when', () => {
  it('counts the stage 1 response from the charter, from the day it was received', () => {
    const step = nextStep(complaint(), defaultCharter, '2026-03-04');
    expect(step.next).to.deep.equal({ what: 'respond', by: '2026-03-16', source: 'charter', timescaleId: 'complaint-stage-1' });
    expect(step.overdue).to.equal(false);
  });

  it('offers the acknowledgement first for a complaint just received, then the response', () => {
    const step = nextStep(complaint({ status: 'received' }), defaultCharter, '2026-03-02');
    expect(step.next?.what).to.equal('acknowledge');
    expect(step.next?.by).to.equal('2026-03-05');
    expect(step.then?.by).to.equal('2026-03-16');
  });

  it('prefers the server: its estimate first, then its due dates', () => {
    expect(nextStep(complaint({ respondBy: '2026-03-18' }), defaultCharter, '2026-03-04').next).to.deep.include({ by: '2026-03-18', source: 'server' });
    expect(nextStep(complaint({ respondBy: '2026-03-18', expectedBy: '2026-03-25' }), defaultCharter, '2026-03-04').next).to.deep.include({
      by: '2026-03-25',
      source: 'server',
      timescaleId: 'complaint-stage-1',
    });
  });

  it('names the charter timescale beside a server date without counting the charter’s own (no working calendar to build)', () => {
    const step = nextStep(complaint({ status: 'received', acknowledgeBy: '2026-03-06', respondBy: '2026-03-18' }), defaultCharter, '2026-03-04');
    expect(step.next).to.deep.equal({ what: 'acknowledge', by: '2026-03-06', source: 'server', timescaleId: 'complaint-acknowledgement' });
    expect(step.then).to.deep.equal({ what: 'respond', by: '2026-03-18', source: 'server', timescaleId: 'complaint-stage-1' });
    // A promise of minutes (answering a call) has no date, so it is not the timescale behind one.
    const minutes = defaultCharter.timescales.find((t) => t.rule.kind === 'duration')!;
    const other = nextStep(complaint({ stage: null, service: { id: minutes.id, name: 'Calls' }, respondBy: '2026-03-18' }), defaultCharter, '2026-03-04');
    expect(other.next).to.deep.equal({ what: 'respond', by: '2026-03-18', source: 'server' });
  });

  it('counts stage 2 from the day it was escalated (20 working days, Easter skipped)', () => {
    const step = nextStep(
      complaint({ status: 'escalated', stage: 2, events: [{ at: '2026-04-01T10:00:00+01:00', status: 'escalated', text: '' }] }),
      defaultCharter,
      '2026-04-02',
    );
    expect(step.next).to.deep.include({ by: '2026-05-01', timescaleId: 'complaint-stage-2' });
  });

  it('follows a charter whose stage 1 counts from the acknowledgement (the LGSCO code preset)', () => {
    const step = nextStep(complaint(), lgscoCharter, '2026-03-04');
    // acknowledgement in 5 working days (Monday 9 March), then 10 more: Monday 23 March.
    expect(step.next?.by).to.equal('2026-03-23');
  });

  it('uses a charter timescale named like the service for other requests (an FOI request: 20 UK working days)', () => {
    const step = nextStep(complaint({ stage: null, service: { id: 'foi', name: 'Freedom of Information' } }), defaultCharter, '2026-03-04');
    expect(step.next?.by).to.equal('2026-03-31');
  });

  it('has no date when neither the server nor the charter gives one', () => {
    const step = nextStep(complaint({ stage: null, service: { name: 'Potholes' }, api: 'open311' }), defaultCharter, '2026-03-04');
    expect(step.next).to.equal(undefined);
    expect(step.overdue).to.equal(false);
  });

  it('is overdue the day after the date, with the charter timescale’s list of what to do', () => {
    expect(nextStep(complaint(), defaultCharter, '2026-03-16').overdue, 'on the day itself').to.equal(false);
    const late = nextStep(complaint(), defaultCharter, '2026-03-17');
    expect(late.overdue).to.equal(true);
    expect(late.overdueActions.map((a) => localText(a, 'en')).join(' ')).to.contain('stage 2');
    const stage2 = nextStep(complaint({ status: 'in-progress', stage: 2, receivedAt: '2026-01-05' }), defaultCharter, '2026-03-17');
    expect(stage2.overdue).to.equal(true);
    expect(stage2.overdueActions.map((a) => localText(a, 'en')).join(' ')).to.contain('Local Government and Social Care Ombudsman');
  });

  it('believes the server’s overdue flag', () => {
    expect(nextStep(complaint({ overdue: true }), defaultCharter, '2026-03-03').overdue).to.equal(true);
    expect(nextStep(complaint({ overdue: false }), defaultCharter, '2026-04-30').overdue).to.equal(false);
  });

  it('is never overdue once answered or closed, nor while waiting for the resident', () => {
    for (const status of ['answered', 'closed', 'awaiting-information'] as const) {
      expect(nextStep(complaint({ status }), defaultCharter, '2026-06-01').overdue, status).to.equal(false);
    }
  });

  it('reads an Open311 expected_datetime as the date to finish by, in UK time', () => {
    const step = nextStep(
      { api: 'open311', reference: '1', status: 'in-progress', stage: null, events: [], expectedBy: '2026-03-13T23:30:00Z' },
      defaultCharter,
      '2026-03-14',
    );
    expect(step.next).to.deep.include({ what: 'complete', by: '2026-03-13', source: 'server' });
    expect(step.overdue).to.equal(true);
  });

  it('survives a charter without the complaint timescales', () => {
    const bare = { ...defaultCharter, timescales: [] };
    expect(nextStep(complaint(), bare, '2026-03-04').next).to.equal(undefined);
  });
});
