// Standalone entry: loads <cx-charter-timescales> and registers it (keeping any earlier definition).
import { define, CxCharterTimescales } from './widgets/charter-timescales.js';

define('cx-charter-timescales');
export { CxCharterTimescales };
