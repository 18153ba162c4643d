/**
 * WCAG 2.2 contrast, from the spec's definitions of relative luminance and
 * contrast ratio: text needs 4.5:1, large text and UI parts 3:1.
 */

/** `#rgb` or `#rrggbb` to [r, g, b] in 0..255, or undefined for anything else. */
export function parseHex(colour: string): [number, number, number] | undefined {
  const hex = colour.trim().replace(/^#/, '');
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return undefined;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance([r, g, b]: [number, number, number]): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio of two colours, 1 to 21; NaN when either is not a hex colour. */
export function contrastRatio(a: string, b: string): number {
  const ca = parseHex(a);
  const cb = parseHex(b);
  if (!ca || !cb) return Number.NaN;
  const [light, dark] = [relativeLuminance(ca), relativeLuminance(cb)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Whether a pair passes WCAG AA for text (4.5:1) or for UI parts and large text (3:1). */
export function passesAA(a: string, b: string, kind: 'text' | 'ui' = 'text'): boolean {
  return contrastRatio(a, b) >= (kind === 'text' ? 4.5 : 3);
}
