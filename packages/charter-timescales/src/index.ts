export { CxCharterTimescales, type CxTimescaleChangeDetail, type TimescaleLayout } from './cx-charter-timescales.js';
