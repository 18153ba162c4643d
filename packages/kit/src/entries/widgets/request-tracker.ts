// The <cx-request-tracker> class and a way to register it under any tag, without
// registering anything itself: what the loader imports for a prefixed tag.
import { CxRequestTracker } from '@cx-kit/request-tracker';
import { safeDefine } from '../../safe-define.js';

export const define = (tag: string) => safeDefine(tag, CxRequestTracker);
export { CxRequestTracker };
