import { fixture, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { defaultCharter, type Charter } from '@cx-kit/core';
import type { CxContactOptions } from '../src/index.js';
import '../../kit/src/entries/cx-contact-options.js';

/** Text a sighted resident reads in an element (whitespace collapsed). */
export const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const root = (el: CxContactOptions) => el.shadowRoot!;

/** Waits until the widget shows something other than "Loading…". */
export async function settled(el: CxContactOptions): Promise<CxContactOptions> {
  await waitUntil(() => root(el).querySelector('.cx-contact-options, .cx-form-group, slot, .cx-fallback-note'), 'widget did not settle', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

export async function show(template: TemplateResult): Promise<CxContactOptions> {
  return settled(await fixture<CxContactOptions>(template));
}

/** The channel item for a channel id. */
export const channel = (el: CxContactOptions, id: string) => root(el).querySelector<HTMLElement>(`.cx-channel[data-channel="${id}"]`);

/** The state line of a channel: "Open now, closes at 5pm". */
export const stateOf = (el: CxContactOptions, id: string) => textOf(channel(el, id)?.querySelector('[part="state"]'));

/** A copy of the default charter to change. */
export const charterCopy = (): Charter => structuredClone(defaultCharter);

/** Replaces window.fetch for one test; returns the restore function and the URLs asked for. */
export function stubFetch(answer: (url: string) => Promise<Response> | Response) {
  const original = window.fetch;
  const calls: string[] = [];
  window.fetch = (async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push(url);
    return answer(url);
  }) as typeof fetch;
  return { calls, restore: () => (window.fetch = original) };
}

export const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const mounted: HTMLElement[] = [];

/**
 * Renders plain markup (a `<form>` around the widget) into the page. Not
 * open-wc's `fixture`: for elements that are not lit elements it waits for an
 * animation frame, which never comes while the test page is a background tab.
 */
export function mount<T extends Element>(template: TemplateResult): T {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  return container.firstElementChild as T;
}

/** Removes everything `mount` added. */
export function unmountAll(): void {
  for (const container of mounted.splice(0)) container.remove();
}
