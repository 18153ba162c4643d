import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { root, settled, textOf } from './helpers.js';
import type { CxContactOptions } from '../src/index.js';

const WEEKDAY_EVENING = '2026-11-24T22:30:00Z'; // offices shut: the emergency box shows
const MONDAY_MORNING = '2026-06-01T09:00:00Z';

/** A widget inside a wrapper whose `lang` a test changes, as a page's language switcher does. */
async function inLanguage(lang: string, attributes: { service?: string; now: string }) {
  const page = await fixture<HTMLElement>(html`<div lang=${lang}>
    <cx-contact-options service=${attributes.service ?? ''} now=${attributes.now}></cx-contact-options>
  </div>`);
  const el = page.querySelector<CxContactOptions>('cx-contact-options')!;
  if (!attributes.service) el.removeAttribute('service');
  await settled(el);
  return { page, el };
}

const widgetText = (el: CxContactOptions) => textOf(root(el).querySelector('.cx-contact-options'));

describe('<cx-contact-options>: follows a live language change everywhere', () => {
  it('after en-GB → pl, the opening sentences and the emergency box are Polish, as a fresh Polish render is', async () => {
    const polish = await inLanguage('pl', { service: 'waste-collection', now: WEEKDAY_EVENING });
    await waitUntil(() => widgetText(polish.el).includes('Nasze biura są teraz zamknięte'), 'the Polish widget never showed Polish');
    const fresh = widgetText(polish.el);
    polish.page.remove();

    const { page, el } = await inLanguage('en-GB', { service: 'waste-collection', now: WEEKDAY_EVENING });
    expect(widgetText(el)).to.contain('Our offices are closed now');
    page.lang = 'pl';
    await waitUntil(() => widgetText(el) === fresh, `the widget did not end as a fresh Polish render: ${widgetText(el)}`, { timeout: 4000 });
    expect(widgetText(el)).to.not.contain('Our offices are closed now');
  });

  it('switching back to English leaves no Polish behind, open or closed', async () => {
    const { page, el } = await inLanguage('pl', { service: 'waste-collection', now: MONDAY_MORNING });
    await waitUntil(() => widgetText(el).includes('Teraz otwarte'), 'never Polish');
    page.lang = 'en-GB';
    await waitUntil(() => widgetText(el).includes('Open now, closes at 5pm'), `still: ${widgetText(el)}`);
    expect(widgetText(el)).to.not.contain('Teraz otwarte');
  });

  it('the search (its hint and the emergency sentence under it) follows too', async () => {
    const { page, el } = await inLanguage('en-GB', { now: WEEKDAY_EVENING });
    expect(widgetText(el)).to.contain('For example, bins, potholes or council tax');
    page.lang = 'pl';
    await waitUntil(() => widgetText(el).includes('Na przykład kosze na śmieci'), `the hint stayed: ${widgetText(el)}`);
    await waitUntil(() => widgetText(el).includes('Nasze biura są teraz zamknięte'), `the emergency box stayed: ${widgetText(el)}`);
    page.lang = 'en-GB';
    await waitUntil(() => widgetText(el).includes('Our offices are closed now'), 'back to English');
  });

  it('writes Welsh opening days as Welsh does: "dydd Llun i ddydd Iau" (the day after "i" mutates)', async () => {
    const { el } = await inLanguage('cy', { service: 'waste-collection', now: MONDAY_MORNING });
    const hours = () => [...root(el).querySelectorAll('.cx-channel[data-channel="phone"] [part="hours"] li')].map(textOf);
    await waitUntil(() => hours().length > 0 && hours()[0].startsWith('dydd Llun i ddydd Iau'), `the Welsh hours read: ${hours().join(' | ')}`);
    expect(hours()[0]).to.not.contain('to ');
  });
});
