// Standalone entry: loads <cx-contact-options> and registers it (keeping any earlier definition).
import { define, CxContactOptions } from './widgets/contact-options.js';

define('cx-contact-options');
export { CxContactOptions };
