// Two copies of the kit, of different versions, on one page: the council's
// loader (dist/cx-kit.js) and a partner's older copy. Loads the built dist/,
// which `npm test` builds before the browser tests.
import { expect, waitUntil } from '@open-wc/testing';
import { VERSION, defaultCharter, dueDateFor } from '@cx-kit/core';
import { importCopyOfDist, importDist } from './copy-of-dist.js';
import { place } from './place.js';

const OTHER = '0.0.9-partner';
const versionKey = Symbol.for('cx-kit.version');

type Timescales = HTMLElement & { dueDate: string | null };

function captureWarnings(): { seen: string[]; stop(): void } {
  const original = console.warn;
  const seen: string[] = [];
  console.warn = (...args: unknown[]) => {
    seen.push(args.map(String).join(' '));
  };
  return { seen, stop: () => (console.warn = original) };
}

async function dueDateShown(el: Timescales): Promise<string> {
  await waitUntil(() => el.dueDate !== null && el.dueDate !== undefined, `<${el.localName}> showed no due date`);
  return el.dueDate!;
}

/** The class that owns `tag`, and the version it was registered by (safeDefine marks it). */
function owner(tag: string) {
  const constructor = customElements.get(tag);
  return { constructor, version: (constructor as unknown as Record<symbol, string> | undefined)?.[versionKey] };
}

describe('two versions of the kit on one page', () => {
  const foiDue = dueDateFor(defaultCharter, 'foi', '2026-12-18');

  it('the loader defines the tag; a second copy of another version keeps that definition, warns naming both versions, and throws nothing', async () => {
    const box = place('<cx-charter-timescales timescale="foi" received="2026-12-18"></cx-charter-timescales>');
    await importDist('cx-kit.js');
    const first = box.firstElementChild as Timescales;
    expect(await dueDateShown(first)).to.equal(foiDue);
    expect(owner('cx-charter-timescales').version).to.equal(VERSION);

    const warnings = captureWarnings();
    let copy: Record<string, unknown>;
    try {
      copy = await importCopyOfDist('/dist/cx-charter-timescales.js', VERSION, OTHER);
    } finally {
      warnings.stop();
    }
    const theirs = copy.CxCharterTimescales as CustomElementConstructor;
    expect(theirs, 'the copy exports its class').to.be.a('function');
    expect(owner('cx-charter-timescales').version, 'first definition kept').to.equal(VERSION);
    expect(customElements.get('cx-charter-timescales')!.prototype).to.not.be.instanceOf(theirs);
    expect(warnings.seen.join('\n')).to.contain('<cx-charter-timescales>').and.to.contain(VERSION).and.to.contain(OTHER);
    // The element already on the page carries on.
    expect(first.shadowRoot!.textContent).to.contain('2027');
  });

  it('both copies work side by side when the partner registers its copy under its own name', async () => {
    const warnings = captureWarnings();
    const copy = await importCopyOfDist('/dist/cx-charter-timescales.js', VERSION, OTHER).finally(() => warnings.stop());
    const Theirs = copy.CxCharterTimescales as typeof HTMLElement;
    customElements.define('partner-charter-timescales', class extends Theirs {});
    const box = place(
      '<cx-charter-timescales timescale="foi" received="2026-12-18"></cx-charter-timescales>' +
        '<partner-charter-timescales timescale="foi" received="2026-12-18"></partner-charter-timescales>',
    );
    const [ours, partners] = Array.from(box.children) as Timescales[];
    expect(partners).to.be.instanceOf(Theirs);
    expect(ours).to.not.be.instanceOf(Theirs);
    expect(await dueDateShown(ours)).to.equal(foiDue);
    expect(await dueDateShown(partners)).to.equal(foiDue);
    // Each copy renders its own shadow DOM and fires its own events.
    const changes: string[] = [];
    box.addEventListener('cx-timescale-change', (event) => changes.push((event.target as Element).localName));
    ours.setAttribute('received', '2026-12-21');
    partners.setAttribute('received', '2026-12-21');
    await waitUntil(() => changes.length === 2, 'both copies fire cx-timescale-change');
    expect(changes.sort()).to.deep.equal(['cx-charter-timescales', 'partner-charter-timescales']);
    expect(ours.dueDate).to.equal(dueDateFor(defaultCharter, 'foi', '2026-12-21'));
    expect(partners.dueDate).to.equal(ours.dueDate);
  });

  it('when the other copy came first, the loader leaves its definition alone', async () => {
    const warnings = captureWarnings();
    let copy: Record<string, unknown>;
    try {
      copy = await importCopyOfDist('/dist/cx-feedback-form.js', VERSION, OTHER);
    } finally {
      warnings.stop();
    }
    expect(warnings.seen, 'nothing to warn about: the tag was free').to.deep.equal([]);
    expect(owner('cx-feedback-form').version).to.equal(OTHER);
    // The loader (imported by the first test) sees the new tag and does not replace the definition.
    const box = place('<cx-feedback-form></cx-feedback-form>');
    const form = box.firstElementChild as HTMLElement;
    await waitUntil(() => (form.shadowRoot?.textContent ?? '').trim().length > 0, 'the copy’s <cx-feedback-form> rendered nothing');
    expect(form).to.be.instanceOf(copy.CxFeedbackForm as CustomElementConstructor);
    expect(owner('cx-feedback-form').version).to.equal(OTHER);
  });
});
