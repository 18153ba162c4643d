/**
 * The service search: the combobox's template (service-combobox.ts), its
 * controller (service-search-controller.ts, with the search index) and a
 * stand-in that loads the controller when a resident reaches the box
 * (service-search-loader.ts).
 */
export * from './service-combobox.js';
export * from './service-search-controller.js';
export * from './service-search-loader.js';
