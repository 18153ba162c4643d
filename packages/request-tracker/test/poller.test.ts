import { expect } from '@open-wc/testing';
import { Poller, nextDelay, type PollOutcome } from '../src/poller.js';
import { ManualTimers, ManualVisibility } from './helpers.js';

describe('nextDelay', () => {
  it('waits the interval while all is well, doubles it per failure up to the cap, and never sooner than Retry-After', () => {
    expect(nextDelay(60_000, 0, 900_000)).to.equal(60_000);
    expect(nextDelay(60_000, 1, 900_000)).to.equal(120_000);
    expect(nextDelay(60_000, 3, 900_000)).to.equal(480_000);
    expect(nextDelay(60_000, 10, 900_000)).to.equal(900_000);
    expect(nextDelay(60_000, 1, 900_000, 300_000)).to.equal(300_000);
    expect(nextDelay(60_000, 0, 900_000, 1_000)).to.equal(60_000);
  });
});

describe('Poller', () => {
  let timers: ManualTimers;
  let visibility: ManualVisibility;
  let outcomes: PollOutcome[];
  let checks: number;
  let poller: Poller;

  beforeEach(() => {
    timers = new ManualTimers();
    visibility = new ManualVisibility();
    outcomes = [];
    checks = 0;
    poller = new Poller({
      intervalMs: 60_000,
      maxBackoffMs: 600_000,
      timers,
      visibility,
      check: async () => {
        checks += 1;
        return outcomes.shift() ?? { ok: true };
      },
    });
  });
  afterEach(() => poller.stop());

  it('checks once per interval while the page is visible', async () => {
    poller.start();
    await timers.advance(59_999);
    expect(checks).to.equal(0);
    await timers.advance(1);
    expect(checks).to.equal(1);
    await timers.advance(120_000);
    expect(checks).to.equal(3);
  });

  it('does not check while the page is hidden, and catches up when it is shown again', async () => {
    poller.start();
    await timers.advance(30_000);
    visibility.set(false);
    await timers.advance(600_000);
    expect(checks, 'hidden: no checks').to.equal(0);
    expect(timers.scheduled, 'hidden: no timers').to.deep.equal([]);
    visibility.set(true);
    await timers.advance(0);
    expect(checks, 'overdue check runs at once').to.equal(1);
  });

  it('waits out the rest of the interval when shown again early', async () => {
    poller.start();
    await timers.advance(20_000);
    visibility.set(false);
    await timers.advance(10_000);
    visibility.set(true);
    expect(timers.scheduled).to.deep.equal([30_000]);
  });

  it('backs off after failures and returns to the interval after a success', async () => {
    outcomes = [{ ok: false }, { ok: false }, { ok: true }];
    poller.start();
    await timers.advance(60_000);
    expect(timers.scheduled).to.deep.equal([120_000]);
    await timers.advance(120_000);
    expect(timers.scheduled).to.deep.equal([240_000]);
    await timers.advance(240_000);
    expect(checks).to.equal(3);
    expect(timers.scheduled).to.deep.equal([60_000]);
  });

  it('honours Retry-After', async () => {
    outcomes = [{ ok: false, retryAfterMs: 500_000 }];
    poller.start();
    await timers.advance(60_000);
    expect(timers.scheduled).to.deep.equal([500_000]);
  });

  it('counts a check that throws as a failure', async () => {
    const throwing = new Poller({ intervalMs: 1000, timers, visibility, check: () => Promise.reject(new Error('boom')) });
    throwing.start();
    await timers.advance(1000);
    expect(timers.scheduled).to.deep.equal([2000]);
    throwing.stop();
  });

  it('leaves no timer or listener behind when stopped', async () => {
    poller.start();
    expect(visibility.listeners.size).to.equal(1);
    poller.stop();
    expect(timers.scheduled).to.deep.equal([]);
    expect(visibility.listeners.size).to.equal(0);
    await timers.advance(600_000);
    expect(checks).to.equal(0);
    expect(poller.isRunning).to.equal(false);
  });

  it('does not schedule again when stopped during a check', async () => {
    let release!: () => void;
    const slow = new Poller({ intervalMs: 1000, timers, visibility, check: () => new Promise<PollOutcome>((r) => (release = () => r({ ok: true }))) });
    slow.start();
    await timers.advance(1000);
    slow.stop();
    release();
    await Promise.resolve();
    await Promise.resolve();
    expect(timers.scheduled).to.deep.equal([]);
  });

  it('reset starts the wait again', async () => {
    poller.start();
    await timers.advance(50_000);
    poller.reset();
    expect(timers.scheduled).to.deep.equal([60_000]);
  });
});
