// The base's renderWithoutCharter hook: what a widget shows before its charter, kept when the charter comes.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { CxElement } from '../../src/element/index.js';
import { localText, type Charter } from '../../src/index.js';

class ShellWidget extends CxElement {
  /** False: the widget has nothing to show without its charter ("Loading…"), or gives way to a failure. */
  shell = true;

  protected override renderWithoutCharter() {
    return this.shell ? this.renderWidget() : undefined;
  }

  protected override renderWidget(charter?: Charter) {
    return html`<label><input type="checkbox" class="choice" />${charter ? localText(charter.organisation.name, this.locale) : 'Before the charter'}</label>`;
  }
}
customElements.define('cx-test-shell-widget', ShellWidget);

const realFetch = window.fetch;
let charters = 0;

/** A charter-src whose answer the test gives when it likes. */
function slowCharter() {
  const url = `/shell-charter-${++charters}.json`;
  let answer!: (response: Response) => void;
  const answered = new Promise<Response>((resolve) => (answer = resolve));
  window.fetch = ((input: RequestInfo | URL) => (String(input).endsWith(url) ? answered : realFetch(input))) as typeof fetch;
  const charter = fetch('/packages/core/test/element/fixtures/partner-charter.json').then((r) => r.text());
  return {
    url,
    respond: async () => answer(new Response(await charter, { status: 200, headers: { 'Content-Type': 'application/json' } })),
    refuse: () => answer(new Response('', { status: 404 })),
  };
}

describe('CxElement: what a widget shows before its charter', () => {
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('shows it at once, in the wrapper the charter’s render uses, so the same controls stay (ticked and focused)', async () => {
    const slow = slowCharter();
    const el = await fixture<ShellWidget>(html`<cx-test-shell-widget charter-src=${slow.url}></cx-test-shell-widget>`);
    const box = el.shadowRoot!.querySelector<HTMLInputElement>('.choice')!;
    expect(el.shadowRoot!.textContent).to.contain('Before the charter');
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.equal(null);
    box.click();
    box.focus();
    await slow.respond();
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Partner Housing Trust'), 'the charter never came');
    expect(el.shadowRoot!.querySelector('.choice'), 'the same input').to.equal(box);
    expect(box.checked).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(box);
  });

  it('keeps showing it after a failure until the widget gives way, then the fallback', async () => {
    const slow = slowCharter();
    const el = await fixture<ShellWidget>(html`<cx-test-shell-widget charter-src=${slow.url}><p>Call us</p></cx-test-shell-widget>`);
    slow.refuse();
    await oneEvent(el, 'cx-error');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.choice')).to.not.equal(null);
    el.shell = false;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('slot'), 'the editor’s fallback').to.not.equal(null);
  });

  it('shows "Loading…" when the widget has nothing without its charter', async () => {
    const slow = slowCharter();
    const el = document.createElement('cx-test-shell-widget') as ShellWidget;
    el.shell = false;
    el.setAttribute('charter-src', slow.url);
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.not.equal(null);
      await slow.respond();
      await waitUntil(() => el.shadowRoot!.textContent!.includes('Partner Housing Trust'), 'the charter never came');
    } finally {
      el.remove();
    }
  });
});
