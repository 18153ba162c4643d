// Every promise of the Customer Charter, where the kit says a resident reads it
// (issue 13). For each place in `charterPromises` the widget is put in that state
// through its public attributes (with a stubbed fetch where it needs an API) and
// driven as a resident would; the place's text must then be in what the widget
// shows: the text of its shadow roots, whitespace collapsed, and visible.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { defaultCharter, localText } from '@cx-kit/core';
import { charterPromises, type PromisePlace } from '../../packages/core/src/domain/charter-promises.js';
import { cxStatus, json, stubFetch } from '../../packages/request-tracker/test/helpers.js';
import { mount, shadowElements, unmountAll, type Widget } from '../reliability/helpers.js';

const squash = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

// Monday 1 June 2026, 10am and 8pm UK time: the offices open, then closed.
const OFFICE_HOURS = '2026-06-01T09:00:00Z';
const OUT_OF_HOURS = '2026-06-01T19:00:00Z';
// A service every kind of channel serves (online, phone, email, letter, face to face).
const EVERY_WAY = 'council-tax-bill';
// Longer than the charter's two minutes, fresh at OFFICE_HOURS.
const LONG_WAIT = { updatedAt: '2026-06-01T08:59:00Z', channels: [{ channel: 'phone', minutes: 4, queuePosition: 5 }] };
const TODAY = '2026-11-23';
const RECEIPT = { reference: 'CEC-654321', receivedAt: '2026-11-23T10:15:00Z', acknowledgeBy: '2026-11-26', respondBy: '2026-12-07' };

/** Hidden from a sighted resident: not rendered, transparent, or clipped to nothing (visually hidden text). */
function hidden(element: Element, seen: Map<Element, boolean>): boolean {
  const known = seen.get(element);
  if (known !== undefined) return known;
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  let result =
    !element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) ||
    style.clipPath.startsWith('inset(50%') ||
    style.clip === 'rect(0px, 0px, 0px, 0px)' ||
    ((box.width <= 1 || box.height <= 1) && style.overflow !== 'visible');
  if (!result) {
    const parent = element.parentElement ?? ((element.getRootNode() as ShadowRoot).host as Element | undefined);
    result = parent ? hidden(parent, seen) : false;
  }
  seen.set(element, result);
  return result;
}

/** The box a text node's line belongs to: its nearest ancestor that is not inline. */
function blockOf(element: Element): Element {
  let at = element;
  while (at.parentElement && getComputedStyle(at).display === 'inline') at = at.parentElement;
  return at;
}

/** The text of `element` a sighted resident reads: its text nodes, hidden ones left out, a space between blocks. */
function seenText(element: Element, seen: Map<Element, boolean>): string {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let text = '';
  let lastBlock: Element | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('style') || hidden(parent, seen)) continue;
    const block = blockOf(parent);
    text += (lastBlock && block !== lastBlock ? ' ' : '') + (node.textContent ?? '');
    lastBlock = block;
  }
  return squash(text);
}

/**
 * Whether the widget shows `text` to a resident: `shown` when an element in its
 * shadow roots reads it, visibly; `in-dom` when it is there only hidden; and
 * what the widget shows, for the failure message.
 */
function reading(el: Element, text: string): { shown: boolean; inDom: boolean; visible: string } {
  const seen = new Map<Element, boolean>();
  const holders = shadowElements(el).filter((e) => e.localName !== 'style' && squash(e.textContent).includes(text));
  const shown = holders.some((holder) => seenText(holder, seen).includes(text));
  const roots = shadowElements(el).filter((e) => e.parentNode instanceof ShadowRoot && e.localName !== 'style');
  return { shown, inDom: holders.length > 0, visible: roots.map((root) => seenText(root, seen)).join(' ') };
}

const visibleText = (el: Element) => reading(el, '').visible;

// ---------------------------------------------------------------------------
// Driving a widget as a resident does: by the labels and buttons it shows.
// ---------------------------------------------------------------------------

/** The control a label names, once the widget shows it. */
async function labelled<T extends HTMLElement = HTMLInputElement>(el: Element, label: string): Promise<T> {
  const find = () => shadowElements(el).find((e): e is HTMLLabelElement => e instanceof HTMLLabelElement && squash(e.textContent) === label)?.control;
  await waitUntil(find, `no field labelled “${label}”; the widget shows: ${visibleText(el)}`, { timeout: 5000 });
  return find() as unknown as T;
}

async function press(el: Element, name: string): Promise<void> {
  const find = () => shadowElements(el).find((e): e is HTMLButtonElement => e instanceof HTMLButtonElement && squash(e.textContent) === name);
  await waitUntil(find, `no button “${name}”; the widget shows: ${visibleText(el)}`, { timeout: 5000 });
  find()!.click();
}

async function fill(el: Element, label: string, value: string): Promise<void> {
  const field = await labelled<HTMLInputElement | HTMLTextAreaElement>(el, label);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function choose(el: Element, label: string): Promise<void> {
  (await labelled(el, label)).click();
}

// ---------------------------------------------------------------------------
// Each state of each widget, as the table's header comment names them.
// ---------------------------------------------------------------------------

interface Shown {
  el: Widget;
  /** True once the widget is in the state (said in words for the failure message). */
  reached: () => boolean;
  state: string;
}

let fetchStub: ReturnType<typeof stubFetch> | undefined;
let drafts = 0;

/** Looks a request up on the cx-kit API as a resident does: the reference (filled in by the page), the verifier, “Check progress”. */
async function tracked(status: Record<string, unknown>, now: string): Promise<Widget> {
  fetchStub = stubFetch(json(status));
  const el = mount('cx-request-tracker', { api: '/api', reference: String(status.reference), now });
  const loaded = oneEvent(el, 'cx-status-loaded');
  const failed = oneEvent(el, 'cx-error').then((event) => {
    throw new Error(`the lookup failed: ${JSON.stringify(event.detail)}`);
  });
  await fill(el, 'Email address or postcode', 'CW1 2AB');
  await press(el, 'Check progress');
  await Promise.race([loaded, failed]);
  return el;
}

/** A complaint's first three questions answered, up to "About you". */
async function complaintToAboutYou(el: Widget): Promise<void> {
  await choose(el, 'Make a complaint');
  await press(el, 'Continue');
  await choose(el, 'I do not know');
  await press(el, 'Continue');
  await fill(el, 'What happened?', 'My bin was not emptied on Monday.');
  await press(el, 'Continue');
}

/** A complaint sent through the form to a stubbed endpoint, answered with a receipt. */
async function sentComplaint(): Promise<Widget> {
  fetchStub = stubFetch(json(RECEIPT, 201));
  const el = mount('cx-feedback-form', { endpoint: '/api/feedback', 'draft-key': `rel-promises-${++drafts}` });
  await complaintToAboutYou(el);
  await fill(el, 'Full name', 'Sam Resident');
  await choose(el, 'Email');
  await fill(el, 'Email address', 'sam@example.org');
  await choose(el, 'I agree that the council can use the details I give to deal with my feedback and to contact me about it');
  await press(el, 'Continue');
  const submitted = oneEvent(el, 'cx-submitted');
  await press(el, 'Send complaint');
  await submitted;
  return el;
}

const has = (el: Element, words: string) => () => visibleText(el).includes(words);
const hasPart = (el: Element, part: string) => () => shadowElements(el).some((e) => e.part.contains(part));

async function show(place: PromisePlace): Promise<Shown> {
  const { widget, state, timescale } = place;
  const key = `${widget} ${state}`;
  switch (key) {
    case 'cx-contact-options open': {
      const el = mount(widget, { service: EVERY_WAY, now: OFFICE_HOURS });
      return { el, reached: has(el, 'Open now'), state: 'the phones open (“Open now”)' };
    }
    case 'cx-contact-options closed': {
      const el = mount(widget, { service: EVERY_WAY, now: OUT_OF_HOURS });
      return { el, reached: has(el, 'Our offices are closed now'), state: 'the offices closed (the emergency line first)' };
    }
    case 'cx-contact-options long-wait': {
      fetchStub = stubFetch(json(LONG_WAIT));
      const el = mount(widget, { service: EVERY_WAY, now: OFFICE_HOURS, 'wait-time-src': '/api/wait-times.json' });
      return { el, reached: has(el, 'Waiting time now: about 4 minutes'), state: 'a live phone wait of 4 minutes shown' };
    }
    case 'cx-charter-timescales table': {
      const el = mount(widget, { now: TODAY });
      return { el, reached: hasPart(el, 'table'), state: 'the table of every promise' };
    }
    case 'cx-charter-timescales single': {
      const el = mount(widget, { timescale, received: TODAY, now: TODAY });
      const title = localText(defaultCharter.timescales.find((t) => t.id === timescale)!.title, 'en');
      return { el, reached: () => hasPart(el, 'answer')() && has(el, title)(), state: `the answer for “${title}”` };
    }
    case 'cx-feedback-form about': {
      const el = mount(widget, { endpoint: '/api/feedback', 'draft-key': `rel-promises-${++drafts}` });
      await complaintToAboutYou(el);
      return { el, reached: has(el, 'About you'), state: 'the “About you” step, where personal details are asked' };
    }
    case 'cx-feedback-form confirmation': {
      const el = await sentComplaint();
      return { el, reached: has(el, `Your reference is ${RECEIPT.reference}`), state: 'the confirmation of a complaint' };
    }
    case 'cx-feedback-form review': {
      fetchStub = stubFetch(json({ error: { code: 'not-found', message: 'Nothing is sent in this test.' } }, 404));
      const el = mount(widget, {
        endpoint: '/api/feedback',
        'draft-key': `rel-promises-${++drafts}`,
        'review-reference': 'CEC-123456',
        'review-verifier': 'sam@example.org',
      });
      return { el, reached: has(el, 'Why are you not satisfied with our response?'), state: 'the review question for CEC-123456' };
    }
    case 'cx-request-tracker overdue': {
      // Received Monday 2 March 2026; by 20 April both stage 1 (16 March) and an FOI (30 March) are late.
      const status =
        timescale === 'complaint-stage-1'
          ? cxStatus({ status: 'in-progress' })
          : cxStatus({ status: 'in-progress', stage: null, service: { id: timescale, name: 'Freedom of Information request' } });
      const el = await tracked(status, '2026-04-20');
      return { el, reached: has(el, 'This is overdue.'), state: `a ${timescale} request past its date` };
    }
    case 'cx-request-tracker answered': {
      const el = await tracked(cxStatus({ status: 'answered' }), '2026-03-20');
      return { el, reached: has(el, 'We have sent you our response.'), state: 'a complaint answered at stage 1' };
    }
  }
  throw new Error(`The test does not know how to show ${key}: add the state here.`);
}

const placeName = (place: PromisePlace) => `${place.widget} ${place.state}${place.timescale ? ` (${place.timescale})` : ''}`;

afterEach(() => {
  fetchStub?.restore();
  fetchStub = undefined;
  unmountAll();
});

describe('the Customer Charter’s promises, where the kit shows them (charterPromises)', () => {
  it('every sentence is shown somewhere, or says why not', () => {
    const neither = charterPromises.filter((row) => row.shownIn.length === 0 && !row.notShown?.trim()).map((row) => row.id);
    expect(neither, 'rows with no place and no reason').to.deep.equal([]);
  });

  for (const row of charterPromises) {
    for (const place of row.shownIn) {
      it(`${row.id}: ${placeName(place)} shows “${place.text}”`, async function () {
        // The complaint is sent through every step of the form first.
        this.timeout(20_000);
        const { el, reached, state } = await show(place);
        await waitUntil(reached, `${placeName(place)} never reached ${state}; it shows: ${visibleText(el)}`, { timeout: 8000 });
        // Parts of a widget load on demand: give them a moment to arrive before judging.
        await waitUntil(() => reading(el, place.text).shown, undefined, { timeout: 2000 }).catch(() => undefined);
        const { shown, inDom, visible } = reading(el, place.text);
        expect(shown, `${row.id}: ${placeName(place)} ${inDom ? 'has the text only where a resident cannot see it' : 'does not show the text'}; it shows: ${visible}`).to.equal(true);
      });
    }
  }
});
