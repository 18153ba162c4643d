// A minimal widget on the shared base, for testing the base itself.
import { html } from 'lit';
import { msg } from '@lit/localize';
import { CxElement } from '../../src/element/index.js';
import { localText, type Charter } from '../../src/index.js';

export class TestWidget extends CxElement {
  /** The charter it has, for tests. */
  get charterNow(): Charter | undefined {
    return this.resolvedCharter;
  }

  protected override renderWidget(charter: Charter) {
    const phone = charter.channels.find((c) => c.id === 'phone');
    return html`<p class="org">${localText(charter.organisation.name, this.locale)}</p>
      <p class="greeting">${msg('Loading…')}</p>
      <p class="phone">${phone ? localText(phone.label, this.locale) : ''}</p>`;
  }
}
if (!customElements.get('cx-test-widget')) customElements.define('cx-test-widget', TestWidget);
