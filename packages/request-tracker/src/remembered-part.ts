/**
 * The references remembered on this device: their list below the form, its
 * looks, and what writes to them. Loaded with import() only when there are
 * some to show (before the form first shows, so the list never pushes in
 * under it) or one to remember; most residents have none.
 */
export { rememberedList, rememberedStyles } from './views/remembered-list.js';
export { RememberedReferences } from './remembered.js';
