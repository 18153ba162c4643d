/**
 * Everything after the first question, loaded on demand (a dynamic import) so
 * a resident's first download holds only the first question: the later steps,
 * the service search, the character count and sending.
 */
export { reviewStep } from './review.js';
export { chosenServiceName, serviceName, serviceStep } from './service.js';
export { socialCareStep } from './social-care.js';
export { detailsStep } from './details.js';
export { aboutStep } from './about.js';
export { checkStep } from './check.js';
export { confirmationStep } from './confirmation.js';
export { SubmissionController } from '../submission-controller.js';
export { receiptOf } from '../receipt.js';
export { CharacterCountController, ServiceSearchController, serviceComboboxStyles } from '@cx-kit/core/element';
export { laterStepStyles } from './later.styles.js';
export { CHECKS } from '../validators.js';
export { problemMessage } from '../messages.js';
