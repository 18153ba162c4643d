import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { addStyles } from '../../src/element/index.js';

class StyledLater extends LitElement {
  static override styles = css`
    p {
      color: rgb(255, 0, 0);
      margin: 0;
    }
  `;

  override render() {
    return html`<p>Text</p>`;
  }
}
customElements.define('cx-styled-later', StyledLater);

const later = css`
  p {
    color: rgb(0, 0, 255);
  }
`;

describe('addStyles: a view’s styles with its chunk', () => {
  it('adds sheets after the static styles, so they win, and only once however often it is called', async () => {
    const el = await fixture<StyledLater>(html`<cx-styled-later></cx-styled-later>`);
    const p = el.shadowRoot!.querySelector('p')!;
    expect(getComputedStyle(p).color).to.equal('rgb(255, 0, 0)');
    addStyles(el.renderRoot, [later]);
    addStyles(el.renderRoot, [later]);
    expect(getComputedStyle(p).color).to.equal('rgb(0, 0, 255)');
    expect(getComputedStyle(p).marginTop).to.equal('0px');
    expect(el.shadowRoot!.adoptedStyleSheets).to.have.length(2);
  });

  it('shares one sheet between elements and ignores a root that is not a shadow root', async () => {
    const [a, b] = [await fixture<StyledLater>(html`<cx-styled-later></cx-styled-later>`), await fixture<StyledLater>(html`<cx-styled-later></cx-styled-later>`)];
    addStyles(a.renderRoot, [later]);
    addStyles(b.renderRoot, [later]);
    expect(a.shadowRoot!.adoptedStyleSheets[1]).to.equal(b.shadowRoot!.adoptedStyleSheets[1]);
    addStyles(document.createElement('div'), [later]);
  });
});
