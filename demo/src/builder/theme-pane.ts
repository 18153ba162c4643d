/**
 * The builder's colours step: a preset theme (as a `<link>`), and each colour
 * as a hex text field beside the browser's picker (the picker alone cannot be
 * typed into), each checked for contrast as it changes.
 */
import { html } from 'lit';
import { contrastRatio, parseHex } from '../shared/contrast.js';

/** Theme tokens an editor can change, with what each must contrast with. */
export const THEME = [
  { token: '--cx-color-text', label: 'Text', initial: '#0b0c0c', against: '--cx-color-background', kind: 'text' },
  { token: '--cx-color-link', label: 'Links', initial: '#1a65a6', against: '--cx-color-background', kind: 'text' },
  { token: '--cx-color-button', label: 'Buttons', initial: '#00703c', against: '--cx-color-button-text', kind: 'text' },
  { token: '--cx-color-button-text', label: 'Button text', initial: '#ffffff', against: '--cx-color-button', kind: 'text' },
  { token: '--cx-color-brand', label: 'Borders and highlights', initial: '#1d70b8', against: '--cx-color-background', kind: 'ui' },
  { token: '--cx-color-background', label: 'Background', initial: '#ffffff', against: '--cx-color-text', kind: 'text' },
] as const;

export const PRESETS = [
  { value: '', label: 'None: the colours below only' },
  { value: 'default', label: 'Default (follows the resident’s dark mode setting)' },
  { value: 'council', label: 'Council' },
  { value: 'health', label: 'Health partner' },
];

/** The colours that differ from the kit's own, with a valid hex value. */
export function changedColours(theme: Record<string, string>): Record<string, string> {
  return Object.fromEntries(THEME.filter((t) => theme[t.token] !== t.initial && parseHex(theme[t.token])).map((t) => [t.token, theme[t.token]]));
}

export function themePane(theme: Record<string, string>, preset: string, onColour: (token: string, value: string) => void, onPreset: (value: string) => void) {
  return html`<div class="cx-form-group">
      <fieldset class="plain" aria-describedby="theme-preset-hint">
        <legend class="cx-label">Start from a ready-made theme</legend>
        <span class="cx-hint" id="theme-preset-hint">A theme is a file of colours on the council’s server. Your page links to it.</span>
        <div class="cx-radios">
          ${PRESETS.map(
            (p) => html`<div class="cx-choice">
              <input type="radio" name="theme-preset" id="theme-preset-${p.value || 'none'}" .checked=${p.value === preset} @change=${() => onPreset(p.value)} />
              <label for="theme-preset-${p.value || 'none'}">${p.label}</label>
            </div>`,
          )}
        </div>
      </fieldset>
    </div>
    <p class="cx-hint">
      Change any colour by typing its code (a # and six letters or numbers, for example #1d70b8) or with the colour picker. Text needs a contrast of at least 4.5 to 1 with
      its background, borders and highlights 3 to 1, so that people with low vision can read them (WCAG 2.2 AA).
    </p>
    ${THEME.map((t) => {
      const id = `theme-${t.token.slice(2)}`;
      const value = theme[t.token];
      const valid = Boolean(parseHex(value));
      const ratio = contrastRatio(value, theme[t.against]);
      const needed = t.kind === 'text' ? 4.5 : 3;
      const ok = ratio >= needed;
      const verdict = !valid
        ? 'Enter a colour code such as #1d70b8'
        : Number.isNaN(ratio)
          ? 'Contrast cannot be checked until the other colour is valid'
          : `Contrast ${ratio.toFixed(2)} to 1: ${ok ? `passes (needs ${needed} to 1)` : `too low, needs ${needed} to 1`}`;
      const set = (e: Event) => onColour(t.token, (e.target as HTMLInputElement).value.trim());
      return html`<div class="cx-form-group ${valid && ok ? '' : 'cx-form-group--error'}">
        <label class="cx-label" for=${id}>${t.label}</label>
        <p id="${id}-ratio" class=${valid && ok ? 'pass' : 'fail'}>${verdict}</p>
        <div class="swatch-row">
          <input class="cx-input w7" id=${id} .value=${value} spellcheck="false" autocomplete="off" aria-describedby="${id}-ratio" @input=${set} />
          <input type="color" aria-label="${t.label}: colour picker" .value=${valid ? value : '#000000'} @input=${set} />
        </div>
      </div>`;
    })}`;
}
