// Scoped custom element registries: where the browser has them (Chromium
// since 146), a partner gives defineCxKit() its own registry and the kit's
// tags live only inside that partner's shadow roots, so even two versions of
// the kit can use the same tag names on one page. Where the browser does not
// (Firefox ESR 153), `new CustomElementRegistry()` throws and the partner's
// way out is a prefix in the page's registry.
import { expect, waitUntil } from '@open-wc/testing';
import { VERSION, defaultCharter, dueDateFor } from '@cx-kit/core';
import { CxCharterTimescales, defineCxKit, type Registry } from '@cx-kit/kit';
import { importCopyOfDist } from './copy-of-dist.js';
import { place } from './place.js';

type Timescales = HTMLElement & { dueDate: string | null };

/** A new scoped registry, or null where the browser has none. */
function scopedRegistry(): CustomElementRegistry | null {
  try {
    return new CustomElementRegistry();
  } catch {
    return null;
  }
}

/** A shadow root that looks tags up in `registry`, holding `markup`. */
function scopedRoot(registry: CustomElementRegistry, markup: string): ShadowRoot {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open', customElementRegistry: registry } as ShadowRootInit);
  root.setHTMLUnsafe(markup);
  return root;
}

const foi = '<cx-charter-timescales timescale="foi" received="2026-12-18"></cx-charter-timescales>';

describe('scoped custom element registries', () => {
  const supported = scopedRegistry() !== null;

  if (supported) {
    it('defineCxKit({ registry }) defines the tags in that registry only, and the elements work in its shadow roots', async () => {
      const registry = scopedRegistry()!;
      const tags = defineCxKit({ registry: registry as Registry });
      expect(tags).to.include('cx-charter-timescales');
      expect(customElements.get('cx-charter-timescales'), 'the page’s registry stays untouched').to.equal(undefined);
      expect(registry.get('cx-charter-timescales')!.prototype).to.be.instanceOf(CxCharterTimescales);

      const inside = scopedRoot(registry, foi).firstElementChild as Timescales;
      const outside = place(foi);
      expect(inside).to.be.instanceOf(CxCharterTimescales);
      await waitUntil(() => inside.dueDate, 'the scoped element showed no due date');
      expect(inside.dueDate).to.equal(dueDateFor(defaultCharter, 'foi', '2026-12-18'));
      expect(outside.firstElementChild, 'the same tag in the page is not upgraded').to.not.be.instanceOf(CxCharterTimescales);
      expect(outside.firstElementChild!.matches(':defined')).to.equal(false);
    });

    it('two versions of the kit use the same tag names in two scoped registries', async () => {
      const ours = scopedRegistry()!;
      const theirs = scopedRegistry()!;
      defineCxKit({ registry: ours as Registry, only: ['charter-timescales'] });
      // The partner's copy is the built bundle with another version number; its entry also
      // registers the tag in the page's registry, as a standalone entry does.
      const copy = await importCopyOfDist('/dist/cx-charter-timescales.js', VERSION, '0.0.9-partner');
      const TheirClass = copy.CxCharterTimescales as typeof HTMLElement;
      theirs.define('cx-charter-timescales', class extends TheirClass {});

      const a = scopedRoot(ours, foi).firstElementChild as Timescales;
      const b = scopedRoot(theirs, foi).firstElementChild as Timescales;
      expect(a).to.be.instanceOf(CxCharterTimescales).and.not.instanceOf(TheirClass);
      expect(b).to.be.instanceOf(TheirClass).and.not.instanceOf(CxCharterTimescales);
      await waitUntil(() => a.dueDate && b.dueDate, 'both versions show a due date');
      expect(a.dueDate).to.equal(dueDateFor(defaultCharter, 'foi', '2026-12-18'));
      expect(b.dueDate).to.equal(a.dueDate);
    });
  } else {
    it('without scoped registries the constructor throws, so the partner falls back to a prefix in the page’s registry', async () => {
      expect(() => new CustomElementRegistry()).to.throw(TypeError);
      const tags = defineCxKit({ prefix: 'scoped', only: ['charter-timescales'] });
      expect(tags).to.deep.equal(['scoped-charter-timescales']);
      const box = place('<scoped-charter-timescales timescale="foi" received="2026-12-18"></scoped-charter-timescales>');
      const el = box.firstElementChild as Timescales;
      await waitUntil(() => el.dueDate, 'no due date');
      expect(el.dueDate).to.equal(dueDateFor(defaultCharter, 'foi', '2026-12-18'));
    });

    it('defineCxKit({ registry }) uses whatever registry it is given, never the page’s', () => {
      const defined = new Map<string, CustomElementConstructor>();
      const registry: Registry = { get: (tag) => defined.get(tag), define: (tag, constructor) => void defined.set(tag, constructor) };
      defineCxKit({ registry });
      expect([...defined.keys()]).to.deep.equal(['cx-contact-options', 'cx-request-tracker', 'cx-feedback-form', 'cx-charter-timescales']);
      expect(customElements.get('cx-feedback-form')).to.equal(undefined);
    });
  }
});
