import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emit, type CxErrorDetail } from '../../src/element/index.js';

describe('events: typed, bubbling, composed', () => {
  it('reaches the document from inside a shadow root, with its typed detail', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    const heard = oneEvent(document, 'cx-error');
    emit(inner, 'cx-error', { code: 'not-found', message: 'No such request.' });
    const event = (await heard) as CustomEvent<CxErrorDetail>;
    expect(event.detail.code).to.equal('not-found');
    expect(event.composed && event.bubbles).to.equal(true);
  });

  it('can be cancelled when asked to be', () => {
    const target = document.createElement('div');
    target.addEventListener('cx-channel-select', (e) => {
      expect(e.detail.channel).to.equal('phone');
      e.preventDefault();
    });
    expect(emit(target, 'cx-channel-select', { service: null, channel: 'phone' }, { cancelable: true })).to.equal(false);
  });
});
