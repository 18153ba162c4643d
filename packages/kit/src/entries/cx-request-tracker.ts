// Standalone entry: loads <cx-request-tracker> and registers it (keeping any earlier definition).
import { define, CxRequestTracker } from './widgets/request-tracker.js';

define('cx-request-tracker');
export { CxRequestTracker };
