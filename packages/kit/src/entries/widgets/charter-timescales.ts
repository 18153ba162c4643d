// The <cx-charter-timescales> class and a way to register it under any tag, without
// registering anything itself: what the loader imports for a prefixed tag.
import { CxCharterTimescales } from '@cx-kit/charter-timescales';
import { safeDefine } from '../../safe-define.js';

export const define = (tag: string) => safeDefine(tag, CxCharterTimescales);
export { CxCharterTimescales };
