/**
 * @cx-kit/core: the domain logic every widget stands on. No DOM here, so it
 * runs in Node 20 as well as browsers. The shared element base is the
 * separate `@cx-kit/core/element` entry.
 */
export { VERSION } from './version.js';
export * from './domain/types.js';
export * from './domain/iso-date.js';
export * from './domain/date-input.js';
export * from './domain/field-formats.js';
export * from './domain/bank-holidays.js';
export * from './domain/calendar.js';
export * from './domain/local-text.js';
export * from './domain/charter-schema.js';
export * from './domain/charter.js';
export * from './domain/default-charter.js';
export * from './domain/lgsco-charter.js';
export * from './domain/contracts.js';
export * from './domain/timescales.js';
export * from './domain/opening-hours.js';
export * from './domain/service-search.js';
export * from './domain/json-schema.js';
export * from './domain/local-text-schema.js';
// The toolkit's DOM-free parts, for Node and for code that does not load the
// elements (the controllers, templates and base element are in `@cx-kit/core/element`).
export type {
  CxErrorCode,
  CxErrorDetail,
  CxProblem,
  CxEventDetails,
  CxSubmitDetail,
  CxSubmittedDetail,
  CxChannelSelectDetail,
  CxStatusLoadedDetail,
  CxTimescaleChangeDetail,
} from './element/events.js';
export { CxError, parseRetryAfter, errorForResponse, toCxError, isAbort } from './element/cx-error.js';
export { parseNow, NOW_EXAMPLE } from './element/now-attribute.js';
// Field-format checks as plain functions (no zod), for widgets that check API answers on the resident's page.
export { isDialledNumber, isEmailAddress, isLooseIsoDateTime, isWebUrl } from './domain/field-formats.js';
// Straight from their module (not through charter.ts, which loads the zod schema), so widgets that use them stay light.
export { LGSCO, PSOW, ombudsmanOf } from './domain/ombudsman.js';
