/** The service search: the combobox's template (service-combobox.ts) and its controller with the search index (service-search-controller.ts). */
export * from './service-combobox.js';
export * from './service-search-controller.js';
