// How many cases each fuzz property runs. `npm test` runs a few hundred in all
// (each property its CI share); `npm run test:soak` (test/reliability/soak.config.js)
// sets `__CX_SOAK__` on the test page to a multiplier, so the same properties
// run ten thousand cases and more.

import fc from 'fast-check';

/** The soak multiplier the soak config put on the page, or 0 in an ordinary run. */
export const SOAK = Number((globalThis as { __CX_SOAK__?: unknown }).__CX_SOAK__) || 0;

/** Cases for a property that runs `ci` cases in CI. */
export const runs = (ci: number): number => (SOAK ? Math.round(ci * SOAK) : ci);

/** A mocha timeout long enough for `cases` cases of about `msEach`, with room for a loaded machine. */
export const timeoutFor = (cases: number, msEach = 150): number => Math.max(30_000, cases * msEach * (SOAK ? 20 : 3));

/**
 * `fc.assert`, with the reason the counterexample failed in the message
 * (fast-check keeps it in `cause`, which the test report does not print).
 */
export async function check<T>(property: fc.IAsyncProperty<T>, params: fc.Parameters<T>): Promise<void> {
  try {
    await fc.assert(property, params);
  } catch (error) {
    const cause = (error as Error).cause as Error | undefined;
    if (cause) (error as Error).message += `\nWhy: ${cause.message}`;
    throw error;
  }
}
