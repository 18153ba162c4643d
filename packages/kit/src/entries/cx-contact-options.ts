// Standalone entry: loads <cx-contact-options> and registers it (keeping any earlier definition).
import { CxContactOptions } from '@cx-kit/contact-options';
import { safeDefine } from '../safe-define.js';

safeDefine('cx-contact-options', CxContactOptions);
export { CxContactOptions };
