// A bare lit element to host one controller under test, counting its renders.
import { LitElement, html } from 'lit';

export class ControllerHost extends LitElement {
  renders = 0;
  view: () => unknown = () => '';

  protected override render() {
    this.renders++;
    return html`<p>${this.view()}</p>`;
  }
}
if (!customElements.get('cx-controller-host')) customElements.define('cx-controller-host', ControllerHost);

export const shown = (el: Element) => (el.shadowRoot?.textContent ?? '').trim();
