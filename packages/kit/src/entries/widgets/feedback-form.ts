// The <cx-feedback-form> class and a way to register it under any tag, without
// registering anything itself: what the loader imports for a prefixed tag.
import { CxFeedbackForm } from '@cx-kit/feedback-form';
import { safeDefine } from '../../safe-define.js';

export const define = (tag: string) => safeDefine(tag, CxFeedbackForm);
export { CxFeedbackForm };
