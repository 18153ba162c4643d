export { CxRequestTracker } from './cx-request-tracker.js';
