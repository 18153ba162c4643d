/**
 * @cx-kit/core/element: what every widget shares. Needs a DOM (and lit);
 * the domain logic is the separate, DOM-free `@cx-kit/core` entry.
 */
export * from './cx-element.js';
export * from './charter-source.js';
export { defaultServicesInEveryLanguage } from './default-charter-loader.js';
export { CHARTER_TIMEOUT_MS } from './charter-remote.js';
export * from './events.js';
export * from './fetch-with-timeout.js';
export * from './locale.js';
export * from './debug.js';
export * from './problems-panel.js';
export { sharedStyles } from '../styles/shared.js';
export { tokens } from '../styles/tokens.js';
export * from './format.js';
export * from './phone.js';
export * from './text-slot.js';
export * from './fields/field.js';
export * from './fields/text-field.js';
export * from './fields/textarea.js';
export * from './fields/radios.js';
export * from './fields/checkboxes.js';
export * from './fields/date-input.js';
export * from './overdue-notice.js';
export * from './service-search.js';
export * from './form-control.js';
export * from './cx-error.js';
export * from './fetch-checked.js';
export * from './resource-controller.js';
export * from './now-attribute.js';
export * from './clock-controller.js';
export * from './foreign-text.js';
export * from './localized-list.js';
export * from './announcer.js';
export * from './focus.js';
export * from './storage.js';
export * from './heading.js';
export * from './add-styles.js';
