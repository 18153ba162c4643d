import { contrastRatio } from './contrast.js';

/** The token pairs that must contrast, and how much (WCAG 2.2 AA: 4.5:1 text, 3:1 UI parts). */
export const CONTRAST_PAIRS = [
  { fg: '--cx-color-text', bg: '--cx-color-background', min: 4.5, what: 'Text' },
  { fg: '--cx-color-text-secondary', bg: '--cx-color-background', min: 4.5, what: 'Secondary text' },
  { fg: '--cx-color-text', bg: '--cx-color-surface', min: 4.5, what: 'Text on panels' },
  { fg: '--cx-color-link', bg: '--cx-color-background', min: 4.5, what: 'Links' },
  { fg: '--cx-color-link-visited', bg: '--cx-color-background', min: 4.5, what: 'Visited links' },
  { fg: '--cx-color-button-text', bg: '--cx-color-button', min: 4.5, what: 'Button text' },
  { fg: '--cx-color-brand-text', bg: '--cx-color-brand', min: 4.5, what: 'Text on brand colour' },
  { fg: '--cx-color-brand', bg: '--cx-color-background', min: 3, what: 'Brand borders and highlights' },
  { fg: '--cx-color-input-border', bg: '--cx-color-background', min: 3, what: 'Input borders' },
  { fg: '--cx-color-error', bg: '--cx-color-background', min: 4.5, what: 'Error messages' },
  { fg: '--cx-color-success', bg: '--cx-color-background', min: 3, what: 'Success markers' },
  { fg: '--cx-color-warning', bg: '--cx-color-background', min: 3, what: 'Warning borders' },
  { fg: '--cx-color-focus-text', bg: '--cx-color-focus', min: 4.5, what: 'Focused link text' },
] as const;

/** The kit's own defaults, for tokens a theme leaves out. */
export const DEFAULT_TOKENS: Record<string, string> = {
  '--cx-color-text': '#0b0c0c',
  '--cx-color-text-secondary': '#484949',
  '--cx-color-background': '#ffffff',
  '--cx-color-surface': '#f3f2f1',
  '--cx-color-input-border': '#0b0c0c',
  '--cx-color-brand': '#1d70b8',
  '--cx-color-brand-text': '#ffffff',
  '--cx-color-link': '#1a65a6',
  '--cx-color-link-visited': '#54319f',
  '--cx-color-button': '#00703c',
  '--cx-color-button-text': '#ffffff',
  '--cx-color-focus': '#ffdd00',
  '--cx-color-focus-text': '#0b0c0c',
  '--cx-color-error': '#d4351c',
  '--cx-color-success': '#00703c',
  '--cx-color-warning': '#b25000',
};

export interface PairResult {
  what: string;
  fg: string;
  bg: string;
  ratio: number;
  min: number;
  ok: boolean;
}

/** Checks every pair for a set of token values (missing ones fall back to the kit's defaults). */
export function checkTheme(tokens: Record<string, string>): PairResult[] {
  const value = (name: string) => tokens[name] ?? DEFAULT_TOKENS[name];
  return CONTRAST_PAIRS.map((pair) => {
    const ratio = contrastRatio(value(pair.fg), value(pair.bg));
    return { what: pair.what, fg: value(pair.fg), bg: value(pair.bg), ratio, min: pair.min, ok: ratio >= pair.min };
  });
}

/** The `--cx-*` declarations of each top-level block of a theme file: `light` outside media queries, `dark` inside `prefers-color-scheme: dark`. */
export function tokensFromCss(cssText: string): { light: Record<string, string>; dark: Record<string, string> } {
  const withoutComments = cssText.replace(/\/\*[\s\S]*?\*\//g, '');
  const darkStart = withoutComments.search(/@media\s*\(prefers-color-scheme:\s*dark\)/);
  const read = (text: string) => Object.fromEntries([...text.matchAll(/(--cx-[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
  return darkStart < 0 ? { light: read(withoutComments), dark: {} } : { light: read(withoutComments.slice(0, darkStart)), dark: read(withoutComments.slice(darkStart)) };
}
