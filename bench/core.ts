// Core domain benchmarks, in Node: how long 100,000 dueDateFor calls take, and
// how long building a calendar that covers 1970 to 2100 takes.
import { performance } from 'node:perf_hooks';
import { bankHolidays, createCalendar, defaultCharter, dueDateFor } from '../packages/core/src/index.ts';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Runs `body` `rounds` times and returns the median milliseconds. */
function time(rounds: number, body: () => void): number {
  const runs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    body();
    runs.push(performance.now() - start);
  }
  return median(runs);
}

const ids = ['complaint-acknowledgement', 'complaint-stage-1', 'complaint-stage-2', 'foi', 'sar', 'letter-more-information'];
const received: string[] = [];
for (let i = 0; i < 1000; i++) {
  const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000 * 3);
  received.push(day.toISOString().slice(0, 10));
}

export function runCoreBench() {
  dueDateFor(defaultCharter, 'foi', '2026-12-18'); // warm up the caches a real page would have warm
  const dueDate100k = time(7, () => {
    for (let i = 0; i < 100_000; i++) dueDateFor(defaultCharter, ids[i % ids.length], received[i % received.length]);
  });
  const calendarBuild = time(15, () => {
    const calendar = createCalendar({ division: 'united-kingdom' });
    // Touch every year so a lazily built calendar does all its work.
    for (let year = 1970; year <= 2100; year++) calendar.isWorkingDay(`${year}-06-15`);
  });
  const rulesAllYears = time(15, () => {
    for (let year = 1970; year <= 2100; year++) for (const d of ['england-and-wales', 'scotland', 'northern-ireland'] as const) bankHolidays(d, year);
  });
  return [
    { name: '100,000 dueDateFor calls (default charter, 6 timescales)', ms: dueDate100k, target: 50 },
    { name: 'build a UK-wide calendar for 1970–2100', ms: calendarBuild, target: 20 },
    { name: 'bank holidays by rule, 3 divisions × 131 years', ms: rulesAllYears },
  ];
}
