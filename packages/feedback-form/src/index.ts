export { CxFeedbackForm } from './cx-feedback-form.js';
