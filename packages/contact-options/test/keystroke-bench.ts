/**
 * The search benchmark the issue asks for, in a real browser: time to first
 * render of `<cx-contact-options>` with a charter of N services, and time per
 * keystroke (the input event until the list is rendered) while a resident
 * types queries letter by letter. Used by `bench.test.ts` here and meant for
 * `npm run bench` (headless Chromium).
 */
import { defaultCharter, localText, type Charter } from '@cx-kit/core';
import type { CxContactOptions } from '../src/index.js';

export interface SearchBenchResult {
  services: number;
  firstRenderMs: number;
  keystrokes: number;
  keystrokeMedianMs: number;
  keystrokeP95Ms: number;
  /** The first option after the last keystroke of each query, to check the search really ran. */
  topResults: string[];
}

/** A charter with `count` services: the defaults, repeated with distinct names, ids and keywords. */
export function charterWithServices(count: number): Charter {
  const words = ['north', 'south', 'east', 'west', 'rural', 'urban', 'advice', 'grant', 'scheme', 'review', 'permit', 'team'];
  const charter = structuredClone(defaultCharter);
  const base = defaultCharter.services;
  charter.services = Array.from({ length: count }, (_, i) => {
    const s = base[i % base.length];
    const extra = i < base.length ? '' : ` ${words[i % words.length]} ${words[(i * 7) % words.length]} ${i}`;
    return { ...s, id: i < base.length ? s.id : `${s.id}-${i}`, name: `${localText(s.name, 'en')}${extra}`, keywords: [...s.keywords, `${words[i % words.length]} ${i}`] };
  });
  return charter;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

/** Mounts the widget in `container`, types each query letter by letter, and times it. */
export async function runSearchBench(
  container: HTMLElement,
  options: { services?: number; queries?: string[]; tag?: string } = {},
): Promise<SearchBenchResult> {
  const count = options.services ?? 1000;
  const queries = options.queries ?? ['bin collection', 'pothole', 'council tax bill', 'rubish colection', 'parking permit', 'libary'];
  const el = document.createElement(options.tag ?? 'cx-contact-options') as CxContactOptions;
  el.charter = charterWithServices(count);
  el.setAttribute('now', '2026-06-01T09:00:00Z');
  const start = performance.now();
  container.append(el);
  while (!el.shadowRoot?.querySelector('input[role="combobox"]')) {
    await el.updateComplete;
    if (!el.shadowRoot?.querySelector('input[role="combobox"]')) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const firstRenderMs = performance.now() - start;
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const times: number[] = [];
  const topResults: string[] = [];
  try {
    for (const query of queries) {
      for (let i = 1; i <= query.length; i++) {
        const t = performance.now();
        input.value = query.slice(0, i);
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await el.updateComplete;
        times.push(performance.now() - t);
      }
      topResults.push(el.shadowRoot!.querySelector('[role="option"]')?.textContent?.trim() ?? '');
    }
  } finally {
    el.remove();
  }
  return {
    services: count,
    firstRenderMs,
    keystrokes: times.length,
    keystrokeMedianMs: median(times),
    keystrokeP95Ms: percentile(times, 0.95),
    topResults,
  };
}
