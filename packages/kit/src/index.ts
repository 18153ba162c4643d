/**
 * @cx-kit/kit: every widget's class, and the only place that registers tags.
 * Importing this module registers nothing: call `defineCxKit()`, or load a
 * `dist/cx-*.js` entry, which does.
 */
export { CxContactOptions } from '@cx-kit/contact-options';
export { CxRequestTracker } from '@cx-kit/request-tracker';
export { CxFeedbackForm } from '@cx-kit/feedback-form';
export { CxCharterTimescales } from '@cx-kit/charter-timescales';
export { defineCxKit, type DefineOptions } from './define-cx-kit.js';
export { safeDefine, type Registry } from './safe-define.js';
export { widgets, type WidgetName } from './widgets.js';
export { VERSION } from '@cx-kit/core';
