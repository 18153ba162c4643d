import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineCxKit, safeDefine, CxCharterTimescales, VERSION } from '../src/index.js';

function captureWarnings(run: () => void): string[] {
  const original = console.warn;
  const seen: string[] = [];
  console.warn = (...args: unknown[]) => seen.push(args.join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('kit registration', () => {
  it('registers every widget under a partner’s prefix, and the elements render', async () => {
    const tags = defineCxKit({ prefix: 'acme' });
    expect(tags).to.deep.equal(['acme-contact-options', 'acme-request-tracker', 'acme-feedback-form', 'acme-charter-timescales']);
    for (const tag of tags) expect(customElements.get(tag), tag).to.be.a('function');
    const el = await fixture(html`<acme-charter-timescales></acme-charter-timescales>`);
    await waitUntil(() => (el.shadowRoot?.textContent ?? '').trim().length > 0, 'acme-charter-timescales rendered nothing');
    expect(el).to.be.instanceOf(CxCharterTimescales);
  });

  it('two prefixes live side by side on one page', () => {
    defineCxKit({ prefix: 'acme' });
    defineCxKit({ prefix: 'partner', only: ['feedback-form'] });
    expect(customElements.get('partner-feedback-form')).to.not.equal(customElements.get('acme-feedback-form'));
  });

  it('calling it twice neither throws nor warns for the same version', () => {
    const warnings = captureWarnings(() => {
      defineCxKit({ prefix: 'twice' });
      defineCxKit({ prefix: 'twice' });
    });
    expect(warnings).to.deep.equal([]);
  });

  it('keeps the first definition and names both versions when another copy differs', () => {
    class OtherCopy extends HTMLElement {}
    Object.defineProperty(OtherCopy, Symbol.for('cx-kit.version'), { value: '0.0.9' });
    customElements.define('older-contact-options', OtherCopy);
    let kept: CustomElementConstructor | undefined;
    const warnings = captureWarnings(() => {
      kept = safeDefine('older-contact-options', CxCharterTimescales);
    });
    expect(kept).to.equal(OtherCopy);
    expect(warnings.join('\n')).to.contain('0.0.9').and.to.contain(VERSION);
  });

  it('rejects a prefix that cannot make a valid tag, with a clear message', () => {
    expect(() => defineCxKit({ prefix: 'Acme Ltd' })).to.throw(/lower-case letters/);
  });
});
