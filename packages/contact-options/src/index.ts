export { CxContactOptions } from './cx-contact-options.js';
