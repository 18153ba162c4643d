import { expect, waitUntil } from '@open-wc/testing';
import { ClockController, parseNow } from '../../src/element/index.js';
import type { ControllerHost } from './controller-host.js';
import './controller-host.js';

const utc = (iso: string) => Date.parse(iso);

function mount(options?: ConstructorParameters<typeof ClockController>[1]) {
  const el = document.createElement('cx-controller-host') as ControllerHost;
  const clock = new ClockController(el, options);
  el.view = () => clock.today();
  document.body.append(el);
  return { el, clock };
}

describe('now attribute: one ISO 8601 format, UK time when no zone is given', () => {
  it('reads a date as that UK day from midnight (BST in summer)', () => {
    expect(parseNow('2026-12-24')).to.equal(utc('2026-12-24T00:00:00Z'));
    expect(parseNow('2026-07-01')).to.equal(utc('2026-06-30T23:00:00Z'));
  });

  it('reads a time without a zone as UK wall-clock time', () => {
    expect(parseNow('2026-12-24T16:45')).to.equal(utc('2026-12-24T16:45:00Z'));
    expect(parseNow('2026-07-01T09:00:30')).to.equal(utc('2026-07-01T08:00:30Z'));
    expect(parseNow(' 2026-07-01T09:00:30.250 ')).to.equal(utc('2026-07-01T08:00:30.250Z'));
  });

  it('reads an instant with Z or an offset as that instant', () => {
    expect(parseNow('2026-07-01T09:00:00Z')).to.equal(utc('2026-07-01T09:00:00Z'));
    expect(parseNow('2026-07-01T09:00+02:00')).to.equal(utc('2026-07-01T07:00:00Z'));
  });

  it('gives null for anything else, undefined for nothing', () => {
    for (const bad of ['tomorrow', '2026-02-30', '2026-12-24T25:00', '24/12/2026', '2026-12-24 16:45', '1766594700000']) {
      expect(parseNow(bad), bad).to.equal(null);
    }
    expect(parseNow('')).to.equal(undefined);
    expect(parseNow(undefined)).to.equal(undefined);
  });
});

describe('ClockController', () => {
  afterEach(() => document.querySelectorAll('cx-controller-host').forEach((el) => el.remove()));

  it('fixes the clock from a now attribute, and says when the value is not one', async () => {
    const { el, clock } = mount();
    expect(clock.setNow('2026-12-25T10:00')).to.equal(true);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent!.trim()).to.equal('2026-12-25');
    expect(clock.moment()).to.deep.include({ date: '2026-12-25', time: '10:00', weekday: 'friday' });
    expect(clock.setNow('Christmas')).to.equal(false);
    expect(clock.fixed, 'an invalid value frees the clock').to.equal(undefined);
  });

  it('wakes at the next UK midnight, in GMT and in BST', () => {
    const { clock } = mount();
    expect(clock.nextWake(utc('2026-12-24T12:00:00Z'))).to.equal(utc('2026-12-25T00:00:00Z'));
    expect(clock.nextWake(utc('2026-07-01T12:00:00Z'))).to.equal(utc('2026-07-01T23:00:00Z'));
    // 23:30 UTC on 1 July is already 2 July in the UK.
    expect(clock.nextWake(utc('2026-07-01T23:30:00Z'))).to.equal(utc('2026-07-02T23:00:00Z'));
  });

  it('wakes sooner at a change instant the widget names (an office closing)', () => {
    const closing = utc('2026-12-24T17:00:00Z');
    const { clock } = mount({ changes: () => [undefined, closing, utc('2026-12-24T09:00:00Z')] });
    expect(clock.nextWake(utc('2026-12-24T12:00:00Z'))).to.equal(closing);
    expect(clock.nextWake(utc('2026-12-24T17:30:00Z')), 'past changes are ignored').to.equal(utc('2026-12-25T00:00:00Z'));
  });

  it('re-renders the host when a change instant comes, on the real clock', async () => {
    const at = Date.now() + 200;
    const { el } = mount({ changes: (now) => [now < at ? at : undefined] });
    await el.updateComplete;
    const renders = el.renders;
    await waitUntil(() => el.renders > renders, 'no re-render at the change instant', { timeout: 3000 });
  });

  it('a fixed clock sets no timer (and asks for no changes)', async () => {
    let asked = 0;
    const { el, clock } = mount({
      changes: (now) => {
        asked++;
        return [now + 100];
      },
    });
    await el.updateComplete;
    expect(asked, 'the real clock asks for changes').to.be.greaterThan(0);
    clock.setNow('2026-12-24');
    await el.updateComplete;
    const before = asked;
    el.requestUpdate();
    await el.updateComplete;
    expect(asked).to.equal(before);
    expect(el.shadowRoot!.textContent!.trim()).to.equal('2026-12-24');
  });
});
