import { expect } from 'chai';
import { defaultCharter, type Charter } from '@cx-kit/core';
import { dayRelation, openingPhrase, summariseHours } from '../src/index.js';
import { emergencyChannels, officeChannels, serviceChannels } from '../src/channel-order.js';

describe('summariseHours', () => {
  it('runs days with the same hours together and leaves closed days out', () => {
    const summary = summariseHours({
      weekly: { monday: ['08:30-17:00'], tuesday: ['08:30-17:00'], wednesday: ['08:30-17:00'], friday: ['08:30-16:30'], saturday: ['09:00-12:00', '13:00-16:00'] },
    });
    expect(summary).to.deep.equal({
      always: false,
      closedOnBankHolidays: true,
      lines: [
        { from: 'monday', to: 'wednesday', ranges: [['08:30', '17:00']] },
        { from: 'friday', to: 'friday', ranges: [['08:30', '16:30']] },
        { from: 'saturday', to: 'saturday', ranges: [['09:00', '12:00'], ['13:00', '16:00']] },
      ],
    });
  });

  it('does not join days across a closed day, and sorts ranges', () => {
    const summary = summariseHours({ weekly: { monday: ['13:00-17:00', '09:00-12:00'], wednesday: ['09:00-12:00', '13:00-17:00'] }, openOnBankHolidays: true });
    expect(summary.always).to.equal(false);
    if (summary.always) return;
    expect(summary.lines.map((l) => [l.from, l.to])).to.deep.equal([['monday', 'monday'], ['wednesday', 'wednesday']]);
    expect(summary.lines[0].ranges).to.deep.equal([['09:00', '12:00'], ['13:00', '17:00']]);
    expect(summary.closedOnBankHolidays).to.equal(false);
  });

  it('says always for no hours or always-open hours', () => {
    expect(summariseHours(undefined)).to.deep.equal({ always: true });
    expect(summariseHours({ always: true })).to.deep.equal({ always: true });
  });
});

describe('openingPhrase', () => {
  it('relates a day to today', () => {
    expect(dayRelation('2026-12-25', '2026-12-25')).to.equal('today');
    expect(dayRelation('2026-12-25', '2026-12-26')).to.equal('tomorrow');
    expect(dayRelation('2026-12-25', '2026-12-31')).to.equal('this-week');
    expect(dayRelation('2026-12-25', '2027-01-01')).to.equal('later');
  });

  it('is closing soon within half an hour of closing, across the hour', () => {
    const closes = { date: '2026-10-26', time: '17:00', weekday: 'monday' as const };
    const at = (iso: string) => openingPhrase({ open: true, always: false, closesAt: closes }, Date.parse(iso), '2026-10-26');
    expect(at('2026-10-26T16:29:00Z')).to.include({ kind: 'open', closingSoon: false, day: 'today' });
    expect(at('2026-10-26T16:30:00Z')).to.include({ kind: 'open', closingSoon: true });
  });

  it('carries the holiday and the next opening when closed', () => {
    const opensAt = { date: '2026-12-29', time: '08:30', weekday: 'tuesday' as const };
    expect(openingPhrase({ open: false, always: false, opensAt, closedFor: 'Christmas Day' }, Date.parse('2026-12-25T10:00:00Z'), '2026-12-25')).to.deep.equal({
      kind: 'closed',
      opens: opensAt,
      day: 'this-week',
      closedFor: 'Christmas Day',
    });
    expect(openingPhrase({ open: false, always: false }, 0, '1970-01-01')).to.deep.equal({ kind: 'closed' });
    expect(openingPhrase({ open: true, always: true }, 0, '1970-01-01')).to.deep.equal({ kind: 'always' });
  });
});

describe('channel order', () => {
  const charter = defaultCharter as Charter;
  const service = (id: string) => charter.services.find((s) => s.id === id)!;

  it('puts online first, keeps the charter’s order otherwise, and keeps emergency lines apart', () => {
    const changed = { ...service('roads-and-potholes'), channels: ['emergency', 'phone', 'online'] };
    expect(serviceChannels(charter, changed).map((c) => c.id)).to.deep.equal(['online', 'phone']);
  });

  it('always has an emergency line: the service’s own, else the charter’s', () => {
    expect(emergencyChannels(charter, service('waste-collection')).map((c) => c.id)).to.deep.equal(['emergency']);
    expect(emergencyChannels(charter).map((c) => c.id)).to.deep.equal(['emergency']);
  });

  it('judges the offices by the service’s staffed channels, else the charter’s', () => {
    expect(officeChannels(charter, serviceChannels(charter, service('register-a-birth'))).map((c) => c.id)).to.deep.equal(['phone', 'face-to-face']);
    expect(officeChannels(charter, serviceChannels(charter, service('planning-applications'))).map((c) => c.id)).to.deep.equal(['phone', 'face-to-face']);
  });
});
