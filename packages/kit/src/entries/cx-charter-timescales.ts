// Standalone entry: loads <cx-charter-timescales> and registers it (keeping any earlier definition).
import { CxCharterTimescales } from '@cx-kit/charter-timescales';
import { safeDefine } from '../safe-define.js';

safeDefine('cx-charter-timescales', CxCharterTimescales);
export { CxCharterTimescales };
