export { CxContactOptions, type ChannelSelectDetail } from './cx-contact-options.js';
export { WaitTimesController, type WaitTimesOptions } from './wait-times-controller.js';
export { summariseHours, type HoursLine, type HoursSummary } from './hours-summary.js';
export { openingPhrase, dayRelation, CLOSING_SOON_MINUTES, type OpeningPhrase, type DayRelation } from './opening-words.js';
