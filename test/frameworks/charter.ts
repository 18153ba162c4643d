import { defaultCharter, type Charter } from '@cx-kit/core';

/**
 * The default charter with one timescale's title changed: a charter object a
 * framework passes as the `charter` property, whose effect the test can see.
 */
export function charterWithTitle(timescaleId: string, title: string): Charter {
  return { ...defaultCharter, timescales: defaultCharter.timescales.map((t) => (t.id === timescaleId ? { ...t, title } : t)) };
}
