import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { announce, announced, focusAfterRender } from '../../src/element/index.js';
import type { ToolkitWidget } from './toolkit-widget.js';
import './toolkit-widget.js';

async function widget(): Promise<ToolkitWidget> {
  const el = await fixture<ToolkitWidget>(html`<cx-toolkit-widget lang="cy"></cx-toolkit-widget>`);
  await waitUntil(() => el.shadowRoot!.querySelector('.title'), 'widget did not render', { timeout: 5000 });
  return el;
}

const regions = (el: Element) => [...el.shadowRoot!.querySelectorAll('[role="status"]')];

describe('announce', () => {
  it('speaks through one polite region in the widget’s shadow root, in the widget’s language', async () => {
    const el = await widget();
    announce(el, '3 services found');
    announce(el, '2 services found');
    const [region, ...more] = regions(el);
    expect(more).to.have.length(0);
    expect(region!.getAttribute('aria-live')).to.equal('polite');
    expect(region!.textContent).to.equal('2 services found');
    expect(region!.getAttribute('lang')).to.equal(el.shadowRoot!.querySelector('.cx-root')!.getAttribute('lang'));
    await expect(el).to.be.accessible();
  });

  it('says the same words again by emptying the region for a moment', async () => {
    const el = await widget();
    announce(el, 'Saved');
    const seen: string[] = [];
    const region = regions(el)[0]!;
    new MutationObserver(() => seen.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
    announce(el, 'Saved');
    await waitUntil(() => seen.at(-1) === 'Saved', 'the repeat was never said');
    expect(seen[0]).to.equal('');
  });

  it('survives the widget re-rendering a different template', async () => {
    const el = await widget();
    announce(el, 'Found');
    el.service = 'unknown';
    await waitUntil(() => el.shadowRoot!.querySelector('.cx-fallback-note, slot'));
    el.service = undefined;
    await waitUntil(() => el.shadowRoot!.querySelector('.title'));
    expect(announced(el)).to.equal('Found');
    expect(regions(el)).to.have.length(1);
  });
});

describe('focusAfterRender', () => {
  it('focuses what the next render made, and lends a heading tabindex=-1 only while it has focus', async () => {
    const el = await widget();
    el.count = 5;
    const moved = await focusAfterRender(el, () => el.shadowRoot!.querySelector<HTMLElement>('.title'));
    expect(moved).to.equal(true);
    const title = el.shadowRoot!.querySelector<HTMLElement>('.title')!;
    expect(el.shadowRoot!.activeElement === title, 'the title has focus').to.equal(true);
    expect(title.getAttribute('tabindex')).to.equal('-1');
    title.blur();
    expect(title.hasAttribute('tabindex')).to.equal(false);
  });

  it('says so when there is nothing to focus', async () => {
    const el = await widget();
    expect(await focusAfterRender(el, () => null)).to.equal(false);
  });
});
