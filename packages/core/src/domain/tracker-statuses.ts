/**
 * Where a request is, as the tracker's cx-kit contract names it. Apart from
 * the contract's schema (contracts/tracker.ts) so the tracker's own answer
 * checks can use the same list without loading zod.
 * `escalated`: gone to stage 2 (or to the ombudsman).
 */
export const TRACKER_STATUSES = [
  'received',
  'acknowledged',
  'in-progress',
  'awaiting-information',
  'answered',
  'closed',
  'escalated',
] as const;
export type TrackerState = (typeof TRACKER_STATUSES)[number];
