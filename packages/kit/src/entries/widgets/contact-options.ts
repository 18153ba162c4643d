// The <cx-contact-options> class and a way to register it under any tag, without
// registering anything itself: what the loader imports for a prefixed tag.
import { CxContactOptions } from '@cx-kit/contact-options';
import { safeDefine } from '../../safe-define.js';

export const define = (tag: string) => safeDefine(tag, CxContactOptions);
export { CxContactOptions };
