// The widgets inside a Vue 3 app. Vue needs to be told the cx- tags are
// custom elements (`compilerOptions.isCustomElement`), then it sets a binding
// as a property when the element has one (`charter`, `received`), otherwise
// as an attribute, and `@cx-…` listens for the kit's events. Needs the Vue
// bundle (`node test/frameworks/build-vendor.mjs`, run before the browser tests).
import { expect, waitUntil } from '@open-wc/testing';
import type { App } from 'vue';
import { defaultCharter, dueDateFor } from '@cx-kit/core';
import { defineCxKit, type CxCharterTimescales, type CxContactOptions } from '@cx-kit/kit';
import type { ChannelSelectDetail } from '@cx-kit/contact-options';
import type { CxTimescaleChangeDetail } from '@cx-kit/charter-timescales';
import { loadVue } from './vendor.js';
import { charterWithTitle } from './charter.js';
import { place } from '../registration/place.js';

const { createApp, markRaw, nextTick } = await loadVue();
defineCxKit();

type Timescales = CxCharterTimescales & { dueDate: string | null };

const apps: App[] = [];
afterEach(() => apps.splice(0).forEach((app) => app.unmount()));

/** Mounts a Vue app from a template, with the kit's tags as custom elements. */
function mount(template: string, data: () => Record<string, unknown>, methods: Record<string, (...args: never[]) => unknown> = {}, { customElements = true } = {}) {
  const container = place('');
  const app = createApp({ template, data, methods });
  if (customElements) app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('cx-');
  const vm = app.mount(container) as unknown as Record<string, unknown>;
  apps.push(app);
  return { container, vm };
}

describe('Vue 3', () => {
  // Vue's in-browser compiler already treats defined custom elements as such; a tag the
  // loader (cx-kit.js) has not defined yet, or a template compiled ahead of time, needs isCustomElement.
  it('with isCustomElement, a cx- tag not defined yet is left to the browser (no "Failed to resolve component")', async () => {
    const warningsWith = async (customElements: boolean) => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
      try {
        const { container } = mount('<cx-lazy-widget service="waste-collection"></cx-lazy-widget>', () => ({}), {}, { customElements });
        if (customElements) expect(container.querySelector('cx-lazy-widget')!.getAttribute('service')).to.equal('waste-collection');
        await nextTick();
      } finally {
        console.warn = original;
      }
      return warnings.filter((w) => w.includes('resolve component'));
    };
    expect(await warningsWith(true)).to.deep.equal([]);
    expect(await warningsWith(false)).to.have.length.greaterThan(0);
  });

  it('binds the charter object and other values as properties, and hears @cx-timescale-change', async () => {
    const charter = markRaw(charterWithTitle('foi', 'Freedom of Information (from Vue)'));
    const changes: CxTimescaleChangeDetail[] = [];
    const { container, vm } = mount(
      '<cx-charter-timescales timescale="foi" :received="received" :charter="charter" @cx-timescale-change="changed"></cx-charter-timescales>',
      () => ({ received: '2026-12-18', charter }),
      { changed: (event: CustomEvent<CxTimescaleChangeDetail>) => void changes.push(event.detail) },
    );
    const el = container.querySelector('cx-charter-timescales') as Timescales;
    expect(el.charter, 'the charter is the object Vue was given (markRaw: not a reactive proxy)').to.equal(charter);
    expect(el.hasAttribute('charter')).to.equal(false);
    await waitUntil(() => changes.length > 0, 'no cx-timescale-change reached Vue', { timeout: 5000 });
    expect(el.shadowRoot!.textContent).to.contain('Freedom of Information (from Vue)');
    expect(changes.at(-1)).to.deep.equal({ timescale: 'foi', received: '2026-12-18', dueDate: dueDateFor(defaultCharter, 'foi', '2026-12-18') });

    vm.received = '2027-01-04';
    await waitUntil(() => changes.at(-1)!.received === '2027-01-04', 'a new value did not reach the element', { timeout: 5000 });
    expect(el.dueDate).to.equal(dueDateFor(defaultCharter, 'foi', '2027-01-04'));
  });

  it('a charter kept in reactive data (a Vue proxy) works too', async () => {
    const { container, vm } = mount('<cx-charter-timescales timescale="foi" received="2026-12-18" :charter="charter"></cx-charter-timescales>', () => ({
      charter: charterWithTitle('foi', 'Reactive FOI title'),
    }));
    const el = container.querySelector('cx-charter-timescales') as Timescales;
    await waitUntil(() => el.shadowRoot?.textContent?.includes('Reactive FOI title'), 'the proxied charter was not shown', { timeout: 5000 });
    // Replacing the object in Vue's data reaches the element.
    vm.charter = charterWithTitle('foi', 'Replaced FOI title');
    await waitUntil(() => el.shadowRoot?.textContent?.includes('Replaced FOI title'), 'the replaced charter was not shown', { timeout: 5000 });
  });

  it('cx-contact-options in a Vue form: :value / @cx-channel-select keep Vue’s data in step, FormData has the value, and reset goes back to the value attribute', async () => {
    let submitted: FormData | undefined;
    const { container, vm } = mount(
      `<form @submit.prevent="send">
        <cx-contact-options name="contact" service="waste-collection" :value.attr="initial" :value="contact" @cx-channel-select="contact = $event.detail.channel"></cx-contact-options>
        <button>Send</button>
      </form>`,
      () => ({ contact: 'email', initial: 'email' }),
      { send: (event: SubmitEvent) => void (submitted = new FormData(event.target as HTMLFormElement)) },
    );
    const form = container.querySelector('form')!;
    const control = container.querySelector('cx-contact-options') as CxContactOptions;
    await waitUntil(() => control.shadowRoot?.querySelector('input[value="phone"]'), 'no radios', { timeout: 5000 });
    expect(control.getAttribute('value'), ':value.attr sets the attribute (the default a reset returns to)').to.equal('email');
    expect(control.value).to.equal('email');

    const selected: ChannelSelectDetail[] = [];
    control.addEventListener('cx-channel-select', (event) => selected.push((event as CustomEvent<ChannelSelectDetail>).detail));
    control.shadowRoot!.querySelector<HTMLInputElement>('input[value="phone"]')!.click();
    await control.updateComplete;
    expect(vm.contact, 'Vue data follows the event').to.equal('phone');
    expect(selected).to.deep.equal([{ service: 'waste-collection', channel: 'phone' }]);

    form.querySelector('button')!.click();
    expect(submitted!.get('contact')).to.equal('phone');

    form.reset();
    await control.updateComplete;
    expect(control.value).to.equal('email');
    expect(new FormData(form).get('contact')).to.equal('email');

    vm.contact = 'online';
    await nextTick();
    await control.updateComplete;
    expect(control.shadowRoot!.querySelector<HTMLInputElement>('input[value="online"]')!.checked, 'Vue data sets the control').to.equal(true);
    expect(new FormData(form).get('contact')).to.equal('online');
  });
});
