// Standalone entry: loads <cx-feedback-form> and registers it (keeping any earlier definition).
import { CxFeedbackForm } from '@cx-kit/feedback-form';
import { safeDefine } from '../safe-define.js';

safeDefine('cx-feedback-form', CxFeedbackForm);
export { CxFeedbackForm };
