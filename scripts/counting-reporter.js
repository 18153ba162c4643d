// Writes how many browser tests passed and failed to a file, so `npm test`
// can print one `N passed, N failed` line for the whole run.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function countingReporter(file = process.env.CX_COUNT_FILE) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, files: 0 };
      for (const session of sessions) {
        totals.files++;
        count(session.testResults, totals);
        // A file that failed to load has no tests but still failed.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed++;
      }
      if (file) writeFileSync(file, JSON.stringify(totals));
    },
  };
}
