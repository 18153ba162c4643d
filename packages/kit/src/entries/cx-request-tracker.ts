// Standalone entry: loads <cx-request-tracker> and registers it (keeping any earlier definition).
import { CxRequestTracker } from '@cx-kit/request-tracker';
import { safeDefine } from '../safe-define.js';

safeDefine('cx-request-tracker', CxRequestTracker);
export { CxRequestTracker };
