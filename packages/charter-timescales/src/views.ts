/**
 * What both layouts of the widget load with their templates (answer-views.ts,
 * table-views.ts): the counting behind the view, reading the resident's date,
 * the date form's styles. The element's first download is the shell.
 */
import { dateInputStyles, formStyles } from '@cx-kit/core/element';
import { timescalesStyles } from './cx-charter-timescales.styles.js';

export { computeView } from './compute.js';
export { parseReceived } from './date-parts.js';
export { dateInputValue } from '@cx-kit/core';
export { dateErrorMessage } from './text.js';
export { focusErrorSummary } from '@cx-kit/core/element';

/** The styles both layouts need; each adds its own. */
export const commonStyles = [formStyles, dateInputStyles, timescalesStyles];
