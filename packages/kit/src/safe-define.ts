import { VERSION } from '@cx-kit/core';

/** The global registry, or a scoped one where the browser has them. */
export type Registry = Pick<CustomElementRegistry, 'get' | 'define'>;

const versionKey = Symbol.for('cx-kit.version');

/**
 * Registers `tag` unless something already did. Loading the kit twice (two
 * copies, or two versions) must never throw (Shoelace #874, Material #5107):
 * the first definition is kept, and a warning names both versions when they
 * differ. Returns the constructor that now owns the tag.
 */
export function safeDefine(tag: string, constructor: CustomElementConstructor, registry: Registry = customElements): CustomElementConstructor {
  const existing = registry.get(tag);
  if (existing) {
    const theirs = (existing as unknown as Record<symbol, string>)[versionKey];
    if (existing !== constructor && theirs !== VERSION) {
      console.warn(`[cx-kit] <${tag}> is already defined by cx-kit ${theirs ?? '(unknown version)'}; this copy (${VERSION}) keeps that definition.`);
    }
    return existing;
  }
  // A class can be registered once per registry, so every registration gets its own subclass.
  const own = class extends (constructor as unknown as typeof HTMLElement) {};
  Object.defineProperty(own, versionKey, { value: VERSION });
  try {
    registry.define(tag, own);
  } catch (error) {
    // A race with another copy, or an invalid name: warn, never break the page.
    console.warn(`[cx-kit] could not define <${tag}>: ${(error as Error).message}`);
  }
  return registry.get(tag) ?? own;
}
