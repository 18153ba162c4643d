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

/** A CSS rule for the theme tokens the editor changed, for the site's stylesheet. */
export function buildThemeCss(selector: string, tokens: Record<string, string>): string {
  const lines = Object.entries(tokens).map(([name, value]) => `  ${name}: ${value};`);
  return lines.length ? `${selector} {\n${lines.join('\n')}\n}\n` : '';
}

/** The same rule as a `<style>` block, for CMSs that take only pasted HTML. */
export function buildThemeStyle(selector: string, tokens: Record<string, string>): string {
  const css = buildThemeCss(selector, tokens);
  return css ? `<style>\n${css}</style>\n` : '';
}

/** A `<link>` to one of the kit's theme presets on the council's server. */
export function buildThemeLink(council: string, preset: string): string {
  return `<link rel="stylesheet" href="${escapeHtml(absoluteUrl(`/dist/themes/${preset}.css`, council))}">\n`;
}

/** `value` made absolute against the council's address (`/api` → `https://council.example/api`); an absolute value is kept. */
export function absoluteUrl(value: string, council: string): string {
  try {
    return new URL(value, council).href;
  } catch {
    return value;
  }
}

/** The origin of an address an editor typed (`www.example.org` → `https://www.example.org`), or undefined when it is not one. */
export function originOf(address: string): string | undefined {
  const text = address.trim();
  if (!text || /\s/.test(text)) return undefined;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    return (url.protocol === 'https:' || url.protocol === 'http:') && /[.:]|^localhost$/.test(url.host) ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The SRI value of a file's bytes (sha384, as browsers check it). */
export async function integrityOf(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return `sha384-${btoa(binary)}`;
}
