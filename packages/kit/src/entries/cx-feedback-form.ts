// Standalone entry: loads <cx-feedback-form> and registers it (keeping any earlier definition).
import { define, CxFeedbackForm } from './widgets/feedback-form.js';

define('cx-feedback-form');
export { CxFeedbackForm };
