/**
 * The translation lookup behind `msg()`: @lit/localize's, which finds a
 * message by its id (a hash of the source text). Loaded with a language's
 * strings (locale.ts), so a page that shows only English never downloads it.
 */
export { runtimeMsg as translate } from '@lit/localize/internal/runtime-msg.js';
