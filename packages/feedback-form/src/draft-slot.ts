/**
 * Which form on the page owns which draft. A form's draft is named by its
 * `draft-key`, `id` or `name` attribute (never by its position in the page,
 * which changes when forms move and means nothing inside a shadow root), so
 * two forms with the same name would write over each other's drafts: the
 * first one connected keeps the draft, a second keeps none (and the editor is
 * told, in `cx-error` and the debug panel).
 */
const owners = new Map<string, Element>();

/** True when `form` may keep its draft under `slot` on this page. */
export function claimDraftSlot(form: Element, slot: string): boolean {
  const owner = owners.get(slot);
  if (owner && owner !== form && owner.isConnected) return false;
  owners.set(slot, form);
  return true;
}

export function releaseDraftSlot(form: Element, slot: string | undefined): void {
  if (slot !== undefined && owners.get(slot) === form) owners.delete(slot);
}
