/** Reads what the builder needs from the custom elements manifest: each widget's tag, summary and attributes. */

export interface WidgetAttribute {
  name: string;
  description: string;
  /** The manifest's type text, e.g. `string`, `boolean`, `'sentence' | 'table' | 'calendar'`. */
  type: string;
  default?: string;
}

export interface WidgetInfo {
  tag: string;
  summary: string;
  attributes: WidgetAttribute[];
}

interface ManifestDeclaration {
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: { name: string; description?: string; type?: { text?: string }; default?: string }[];
}

export function widgetsFromManifest(manifest: { modules?: { declarations?: ManifestDeclaration[] }[] }, tags: string[]): WidgetInfo[] {
  const found = new Map<string, WidgetInfo>();
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName || !tags.includes(declaration.tagName)) continue;
      found.set(declaration.tagName, {
        tag: declaration.tagName,
        // The analyser runs the class description on into @summary: keep its first paragraph.
        summary: (declaration.summary ?? declaration.description ?? '').split(/\n\s*\n/)[0].replace(/\s+/g, ' ').trim(),
        attributes: (declaration.attributes ?? []).map((a) => ({
          name: a.name,
          description: a.description ?? '',
          type: a.type?.text ?? 'string',
          default: a.default,
        })),
      });
    }
  }
  return tags.filter((tag) => found.has(tag)).map((tag) => found.get(tag)!);
}

/** The choices of a union of string literals (`'a' | 'b'`), or undefined for any other type. */
export function literalChoices(type: string): string[] | undefined {
  const parts = type.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined');
  if (!parts.length || !parts.every((p) => /^(['"]).*\1$/.test(p))) return undefined;
  return parts.map((p) => p.slice(1, -1));
}
