import { safeDefine, type Registry } from './safe-define.js';
import { widgets, type WidgetName } from './widgets.js';

export interface DefineOptions {
  /** Tag prefix: `acme` registers `<acme-feedback-form>`. Default `cx`. */
  prefix?: string;
  /** Only these widgets. Default: all four. */
  only?: WidgetName[];
  /** A scoped registry (where the browser has them) instead of the page's. */
  registry?: Registry;
}

/**
 * Registers every widget, under the kit's own `cx-` names or a partner's
 * prefix. Safe to call more than once, and beside another copy of the kit.
 * Returns the tags it registered.
 */
export function defineCxKit({ prefix = 'cx', only, registry = customElements }: DefineOptions = {}): string[] {
  if (!/^[a-z][a-z0-9]*$/.test(prefix)) throw new TypeError(`defineCxKit: prefix "${prefix}" must be lower-case letters and digits, starting with a letter (e.g. "acme").`);
  const names = only ?? (Object.keys(widgets) as WidgetName[]);
  return names.map((name) => {
    const tag = `${prefix}-${name}`;
    safeDefine(tag, widgets[name], registry);
    return tag;
  });
}
