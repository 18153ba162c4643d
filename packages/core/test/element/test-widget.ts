// A minimal widget on the shared base, for testing the base itself.
import { html } from 'lit';
import { msg } from '@lit/localize';
import { CxElement } from '../../src/element/index.js';
import { localText, type Charter } from '../../src/index.js';

export class TestWidget extends CxElement {
  protected override renderWidget(charter: Charter) {
    return html`<p class="org">${localText(charter.organisation.name, this.locale)}</p>
      <p class="greeting">${msg('Loading…')}</p>`;
  }
}
if (!customElements.get('cx-test-widget')) customElements.define('cx-test-widget', TestWidget);
