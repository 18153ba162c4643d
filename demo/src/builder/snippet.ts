/**
 * The embed snippet an editor copies: the script tag (with its Subresource
 * Integrity hash) and the widget's tag with its attributes and fallback
 * content. Pure string building; every value is escaped for HTML.
 */

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface SnippetOptions {
  tag: string;
  /** Attribute name → value; `true` writes a boolean attribute, empty or false values are left out. */
  attributes: Record<string, string | boolean | undefined>;
  scriptUrl: string;
  /** `sha384-…`, when known. */
  integrity?: string;
  /** Fallback HTML for residents without JavaScript (already safe HTML, built by `fallback.ts`). */
  fallback: string;
}

export function buildSnippet({ tag, attributes, scriptUrl, integrity, fallback }: SnippetOptions): string {
  const script = `<script type="module" src="${escapeHtml(scriptUrl)}"${integrity ? ` integrity="${escapeHtml(integrity)}" crossorigin="anonymous"` : ''}></script>`;
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== false && value !== '')
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`))
    .join('');
  const body = fallback
    .trim()
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  return `${script}\n\n<${tag}${attrs}>\n${body}\n</${tag}>\n`;
}

/** A CSS rule for the theme tokens the editor changed (pasted into the site's stylesheet: a strict CSP forbids inline styles). */
export function buildThemeCss(selector: string, tokens: Record<string, string>): string {
  const lines = Object.entries(tokens).map(([name, value]) => `  ${name}: ${value};`);
  return lines.length ? `${selector} {\n${lines.join('\n')}\n}\n` : '';
}

/** The SRI value of a file's bytes (sha384, as browsers check it). */
export async function integrityOf(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return `sha384-${btoa(binary)}`;
}
