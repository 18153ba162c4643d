export { CxRequestTracker, type StatusLoadedDetail, type ReviewRequestDetail } from './cx-request-tracker.js';
export { lookUpOpen311, open311Url, readOpen311Json, readOpen311Xml, open311ToTracked, type Open311Format, type Open311Reading } from './open311.js';
export { lookUpCx, cxTrackUrl, cxToTracked, readTrackerStatus } from './cx-api.js';
export { open311Status, statusWords, outcomeWords, type TrackerStatusCode, type Open311Outcome } from './status-words.js';
export { nextStep, COMPLAINT_TIMESCALES, type NextStep, type Promised } from './next-step.js';
export { RememberedReferences, type RememberedReference } from './remembered.js';
export type { TrackedRequest, TimelineEvent, TrackerTeam, ComplaintStageDates } from './tracked-request.js';
export type { LookupError, LookupErrorCode, LookupResult } from './http.js';
