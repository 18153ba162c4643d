export { CxCharterTimescales } from './cx-charter-timescales.js';
