/**
 * The GOV.UK date input (day, month, year in three boxes) for the builder,
 * and the conversions between its parts and an ISO date.
 */
import { html, nothing } from 'lit';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** "2027-03-27" from its parts, '' when all are empty, undefined when they do not make a real date. */
export function isoFromParts({ day, month, year }: DateParts): string | undefined {
  if (!day.trim() && !month.trim() && !year.trim()) return '';
  const [d, m, y] = [day, month, year].map((part) => Number(part.trim()));
  if (![d, m, y].every(Number.isInteger) || y < 1000 || y > 9999) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function partsFromIso(iso: string | undefined): DateParts {
  const [year = '', month = '', day = ''] = (iso ?? '').split('-');
  return { day: day.replace(/^0/, ''), month: month.replace(/^0/, ''), year };
}

/** A fieldset with a legend, a hint, an error when the parts are not a date, and three labelled boxes. */
export function dateInput(id: string, legend: string, hint: string, parts: DateParts, error: string, onInput: (parts: DateParts) => void) {
  const box = (part: keyof DateParts, label: string, width: string) => html`<div class="date-item">
    <label class="cx-label" for="${id}-${part}">${label}</label>
    <input
      class="cx-input ${error ? 'cx-input--error' : ''} ${width}"
      id="${id}-${part}"
      inputmode="numeric"
      autocomplete="off"
      .value=${parts[part]}
      @input=${(event: Event) => onInput({ ...parts, [part]: (event.target as HTMLInputElement).value })}
    />
  </div>`;
  return html`<div class="cx-form-group ${error ? 'cx-form-group--error' : ''}">
    <fieldset class="plain" role="group" aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}">
      <legend class="cx-label">${legend}</legend>
      <span class="cx-hint" id="${id}-hint">${hint}</span>
      ${error ? html`<p class="cx-error-message" id="${id}-error"><span class="cx-visually-hidden">Error:</span> ${error}</p>` : nothing}
      <div class="date-input">${box('day', 'Day', 'w2')} ${box('month', 'Month', 'w2')} ${box('year', 'Year', 'w4')}</div>
    </fieldset>
  </div>`;
}
