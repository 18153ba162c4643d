import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { lgscoCharter } from '@cx-kit/core';
import '../packages/kit/src/entries/cx-charter-timescales.js';

// Every story fixes "today" with `now`, so the dates never drift.

const fallback = html`<p>We respond to Freedom of Information requests within 20 working days. Call us on <a href="tel:+441632960000">01632 960000</a> if you have not heard from us.</p>`;

export default {
  title: 'Widgets/Charter timescales',
  component: 'cx-charter-timescales',
  parameters: { layout: 'padded' },
} satisfies Meta;

type Story = StoryObj;

/** An FOI request sent just before Christmas: the date, a calendar of the days counted and skipped, and the date input. */
export const Default: Story = {
  render: () => html`<cx-charter-timescales timescale="foi" received="2026-12-18" now="2026-12-18">${fallback}</cx-charter-timescales>`,
};

/** The answer in words only (`layout="sentence"`): no calendar picture. */
export const Sentence: Story = {
  render: () => html`<cx-charter-timescales timescale="complaint-stage-1" received="2026-12-24" now="2026-12-24" layout="sentence">${fallback}</cx-charter-timescales>`,
};

/** No timescale: every dated promise as a table, as if sent today, and the call promise in words. */
export const EveryPromise: Story = {
  render: () => html`<cx-charter-timescales now="2026-11-23">${fallback}</cx-charter-timescales>`,
};

/** Every promise as a list of sentences (`layout="sentence"` without a timescale). */
export const EveryPromiseAsSentences: Story = {
  render: () => html`<cx-charter-timescales layout="sentence" now="2026-11-23">${fallback}</cx-charter-timescales>`,
};

/** The table for a request sent over Christmas, so "What counts as a working day?" lists bank holidays in other parts of the UK too. */
export const EveryPromiseOverChristmas: Story = {
  render: () => html`<cx-charter-timescales received="2026-12-18" now="2027-01-04">${fallback}</cx-charter-timescales>`,
};

/** Today is the due date. */
export const DueToday: Story = {
  render: () => html`<cx-charter-timescales timescale="foi" received="2026-12-18" now="2027-01-21">${fallback}</cx-charter-timescales>`,
};

/** Three working days late: an apology and what to do next, from the charter (internal review, then the ICO). */
export const Overdue: Story = {
  render: () => html`<cx-charter-timescales timescale="foi" received="2026-12-18" now="2027-01-26">${fallback}</cx-charter-timescales>`,
};

/** A late stage 1 complaint: the next step is a stage 2 review. */
export const OverdueComplaint: Story = {
  render: () => html`<cx-charter-timescales timescale="complaint-stage-1" received="2027-01-04" now="2027-01-19">${fallback}</cx-charter-timescales>`,
};

/** A subject access request verified on 31 January: one month ends on the last day of February, moved to the next working day; the possible extension to three months. */
export const SubjectAccessRequest: Story = {
  render: () => html`<cx-charter-timescales timescale="sar" received="2027-01-31" now="2027-01-31">${fallback}</cx-charter-timescales>`,
};

/** Answering a call is a promise of minutes, not a date. */
export const PromiseOfMinutes: Story = {
  render: () => html`<cx-charter-timescales timescale="call-answer">${fallback}</cx-charter-timescales>`,
};

/** Another council's charter, with its own closure days between Christmas and New Year, named in the list. */
export const CouncilClosures: Story = {
  render: () => html`<cx-charter-timescales .charter=${lgscoCharter} timescale="complaint-acknowledgement" received="2026-12-24" now="2026-12-24">${fallback}</cx-charter-timescales>`,
};

/** The date input after the resident left out the month: open the story and press "Update the date". */
export const DateInputError: Story = {
  render: () => html`<cx-charter-timescales timescale="foi" received="2026-12-18" now="2027-01-04" layout="sentence">${fallback}</cx-charter-timescales>`,
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('cx-charter-timescales');
    const el = canvasElement.querySelector('cx-charter-timescales')!;
    // The charter resolves asynchronously: wait (up to 2 seconds) for the form to render.
    for (let i = 0; i < 40 && !el.shadowRoot?.querySelector('#cx-received-month'); i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    const month = el.shadowRoot?.querySelector<HTMLInputElement>('#cx-received-month');
    if (!month) return;
    month.value = '';
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};

/** An unknown timescale id: residents see the editor's fallback content. */
export const UnknownTimescale: Story = {
  render: () => html`<cx-charter-timescales timescale="fio">${fallback}</cx-charter-timescales>`,
};

/** An impossible received date in debug mode: editors see what is wrong and how to write it. */
export const DebugPanel: Story = {
  render: () => html`<cx-charter-timescales timescale="foi" received="2026-02-30" debug>${fallback}</cx-charter-timescales>`,
};

/** A partner's theme through the public `--cx-*` tokens. */
export const PartnerTheme: Story = {
  render: () => html`<style>
      .partner-theme {
        --cx-font-family: Georgia, serif;
        --cx-color-brand: #4c2c92;
        --cx-color-link: #4c2c92;
        --cx-color-button: #4c2c92;
        --cx-color-surface: #efeaf7;
        --cx-radius: 6px;
      }
    </style>
    <div class="partner-theme">
      <cx-charter-timescales timescale="foi" received="2026-12-18" now="2026-12-18">${fallback}</cx-charter-timescales>
    </div>`,
};

/** Right to left (Urdu): the layout and the calendar mirror. */
export const RightToLeft: Story = {
  render: () => html`<div lang="ur" dir="rtl">
    <cx-charter-timescales timescale="foi" received="2026-12-18" now="2026-12-18">${fallback}</cx-charter-timescales>
  </div>`,
};

/** In Welsh (strings translated as the kit's Welsh catalogue grows; dates already follow). */
export const Welsh: Story = {
  render: () => html`<div lang="cy">
    <cx-charter-timescales timescale="foi" received="2026-12-18" now="2026-12-18">${fallback}</cx-charter-timescales>
  </div>`,
};
