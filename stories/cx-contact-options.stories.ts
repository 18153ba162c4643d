import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { defaultCharter } from '@cx-kit/core';
import '../packages/kit/src/entries/cx-contact-options.js';

// ---------------------------------------------------------------------------
// Pretend wait-time endpoints, answered in the browser so each state can be
// seen without a server. Only URLs under /story-api/wait-times/ are answered
// here; everything else goes to the real fetch.
//   /story-api/wait-times/busy      4 minutes, 3rd in the queue
//   /story-api/wait-times/offline   a network failure
//   /story-api/wait-times/nonsense  an answer that is not wait times
// ---------------------------------------------------------------------------

const realFetch = window.fetch.bind(window);
window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const match = /\/story-api\/wait-times\/(\w+)/.exec(url);
  if (!match) return realFetch(input, init);
  if (match[1] === 'offline') throw new TypeError('Failed to fetch');
  const body =
    match[1] === 'nonsense'
      ? { updatedAt: 'soon', channels: 'lots' }
      : { updatedAt: new Date(Date.parse(OPEN) - 60_000).toISOString(), channels: [{ channel: 'phone', minutes: 4, queuePosition: 3 }] };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};

/** Monday 1 June 2026, 10am in London: the phones are open. */
const OPEN = '2026-06-01T09:00:00Z';

const fallback = html`<p>Call us on <a href="tel:+441632960000">01632 960000</a>, Monday to Friday.</p>`;

const withWebChat = () => {
  const charter = structuredClone(defaultCharter);
  charter.channels.push({ id: 'chat', kind: 'webchat', label: 'Web chat', url: 'https://example.org/chat', hours: { weekly: { monday: ['09:00-17:00'], tuesday: ['09:00-17:00'], wednesday: ['09:00-17:00'], thursday: ['09:00-17:00'], friday: ['09:00-16:00'] } } });
  charter.services.find((s) => s.id === 'council-tax-bill')!.channels.push('chat');
  return charter;
};

export default {
  title: 'Widgets/Contact options',
  component: 'cx-contact-options',
  parameters: { layout: 'padded' },
} satisfies Meta;

type Story = StoryObj;

/** A service whose phones are open: online first, each channel with its state, hours and promise. */
export const Default: Story = {
  render: () => html`<cx-contact-options service="waste-collection" now=${OPEN}>${fallback}</cx-contact-options>`,
};

/** Half an hour before the phones close. */
export const ClosingSoon: Story = {
  render: () => html`<cx-contact-options service="waste-collection" now="2026-06-05T15:10:00Z">${fallback}</cx-contact-options>`,
};

/** Saturday evening, the day before the clocks go back: the emergency line comes first and stands out. */
export const ClosedEmergencyFirst: Story = {
  render: () => html`<cx-contact-options service="roads-and-potholes" now="2026-10-24T18:00:00Z">${fallback}</cx-contact-options>`,
};

/** Christmas Day 2026, a bank holiday: closed, opening after the Boxing Day substitute day. */
export const BankHoliday: Story = {
  render: () => html`<cx-contact-options service="council-tax-bill" now="2026-12-25T10:00:00Z">${fallback}</cx-contact-options>`,
};

/** Every kind of channel: online, phone, email, letter, a customer service point, web chat and the emergency line. */
export const EveryKindOfChannel: Story = {
  render: () => html`<cx-contact-options service="council-tax-bill" now=${OPEN} .charter=${withWebChat()}>${fallback}</cx-contact-options>`,
};

/** Without a service: search every service of the charter (try "bin", "potholw" or "council tax bill"). */
export const Search: Story = {
  render: () => html`<cx-contact-options now=${OPEN}>${fallback}</cx-contact-options>`,
};

/** The search while the offices are closed: the emergency line is shown under it. */
export const SearchWhenClosed: Story = {
  render: () => html`<cx-contact-options now="2026-12-25T10:00:00Z">${fallback}</cx-contact-options>`,
};

/** Live wait times from a `wait-time-src` endpoint. */
export const WaitTimes: Story = {
  render: () => html`<cx-contact-options service="waste-collection" now=${OPEN} wait-time-src="/story-api/wait-times/busy">${fallback}</cx-contact-options>`,
};

/** The wait-time endpoint is down: the wait is left out quietly (cx-error fires). */
export const WaitTimesUnavailable: Story = {
  render: () => html`<cx-contact-options service="waste-collection" now=${OPEN} wait-time-src="/story-api/wait-times/offline">${fallback}</cx-contact-options>`,
};

/** The endpoint answers nonsense: the same, quietly. */
export const WaitTimesNonsense: Story = {
  render: () => html`<cx-contact-options service="waste-collection" now=${OPEN} wait-time-src="/story-api/wait-times/nonsense">${fallback}</cx-contact-options>`,
};

/** With `name`: a form control for "how should we contact you?" in a partner's own form. */
export const FormControl: Story = {
  render: () => html`<form action="#" @submit=${(event: Event) => event.preventDefault()}>
    <cx-contact-options name="contact" service="council-tax-bill" required></cx-contact-options>
    <button>Send</button>
  </form>`,
};

/** The form control after a submit without a choice. */
export const FormControlError: Story = {
  render: () => html`<form action="#" @submit=${(event: Event) => event.preventDefault()}>
    <cx-contact-options name="contact" service="council-tax-bill" required></cx-contact-options>
    <button>Send</button>
  </form>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('cx-contact-options') as HTMLElement & { updateComplete: Promise<unknown> };
    await customElements.whenDefined('cx-contact-options');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await el.updateComplete;
    canvasElement.querySelector('form')!.requestSubmit();
  },
};

/** An unknown service id: residents see the editor's fallback content. */
export const UnknownService: Story = {
  render: () => html`<cx-contact-options service="bins">${fallback}</cx-contact-options>`,
};

/** The same mistake in debug mode: editors see what is wrong, with close matches. */
export const DebugPanel: Story = {
  render: () => html`<cx-contact-options service="wast-collection" debug>${fallback}</cx-contact-options>`,
};

/** A partner's theme through the public `--cx-*` tokens. */
export const PartnerTheme: Story = {
  render: () => html`<style>
      .partner-theme {
        --cx-font-family: Georgia, serif;
        --cx-color-brand: #4c2c92;
        --cx-color-link: #4c2c92;
        --cx-color-success: #006435;
        --cx-color-error: #a4001d;
        --cx-radius: 6px;
      }
    </style>
    <div class="partner-theme">
      <cx-contact-options service="waste-collection" now="2026-10-24T18:00:00Z">${fallback}</cx-contact-options>
    </div>`,
};

/** Right to left (Urdu): the layout mirrors; numbers and addresses keep their own direction. */
export const RightToLeft: Story = {
  render: () => html`<div lang="ur" dir="rtl">
    <cx-contact-options service="waste-collection" now=${OPEN}>${fallback}</cx-contact-options>
  </div>`,
};

/** In Welsh (strings translated as the kit's Welsh catalogue grows; dates and times already follow). */
export const Welsh: Story = {
  render: () => html`<div lang="cy">
    <cx-contact-options service="waste-collection" now=${OPEN}>${fallback}</cx-contact-options>
  </div>`,
};
