import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Charter } from '@cx-kit/core';
import type { CxContactOptions } from '../src/index.js';
import { channel, root, textOf } from './helpers.js';

const MONDAY_MORNING = '2026-06-01T09:00:00Z';
const charterOf = (el: CxContactOptions) => (el as unknown as { resolvedCharter?: Charter }).resolvedCharter;
const combobox = (el: CxContactOptions) => root(el).querySelector<HTMLInputElement>('input[role="combobox"]');

describe('<cx-contact-options> on the built-in default charter: the services come with the search', () => {
  it('shows first without the service list, keeping the search’s space, then searches every service', async () => {
    const el = document.createElement('cx-contact-options') as CxContactOptions;
    el.setAttribute('now', MONDAY_MORNING);
    // What the first render that shows the widget had in hand.
    let firstShown: { services: number; searchSpace: boolean; combobox: boolean } | undefined;
    el.addController({
      hostUpdated: () => {
        if (firstShown || !root(el).querySelector('.cx-contact-options')) return;
        firstShown = {
          services: charterOf(el)?.services.length ?? -1,
          searchSpace: root(el).querySelector('.cx-search-space') !== null,
          combobox: combobox(el) !== null,
        };
      },
    });
    await fixture(html`<div>${el}</div>`);
    await waitUntil(() => firstShown, 'the widget never showed');
    expect(firstShown).to.deep.equal({ services: 0, searchSpace: true, combobox: false });

    await waitUntil(() => combobox(el), 'the search never came');
    expect(charterOf(el)!.services.length, 'the services came with it').to.be.greaterThan(10);
    combobox(el)!.focus();
    await sendKeys({ type: 'bins' });
    await el.updateComplete;
    const options = [...root(el).querySelectorAll('[role="option"]')].map(textOf);
    expect(options[0]).to.match(/^Bin collections/);
  });

  it('loads the services at once for a `service`, whose channels need it', async () => {
    const el = await fixture<CxContactOptions>(html`<cx-contact-options service="waste-collection" now=${MONDAY_MORNING}></cx-contact-options>`);
    await waitUntil(() => channel(el, 'phone') || channel(el, 'online'), 'the service’s channels never showed');
    expect(charterOf(el)!.services.some((service) => service.id === 'waste-collection')).to.equal(true);
    expect(combobox(el)).to.equal(null);
  });
});
