// The widgets inside a React 19 app. React 19 supports custom elements:
// a prop the element has as a property (`charter`, `received`) is set as that
// property, any other prop becomes an attribute, and `on<event-name>` props
// listen for that event (`oncx-timescale-change`). Needs the React bundle
// (`node test/frameworks/build-vendor.mjs`, run before the browser tests).
import { expect, waitUntil } from '@open-wc/testing';
import { defaultCharter, dueDateFor } from '@cx-kit/core';
import { defineCxKit, type CxCharterTimescales, type CxContactOptions } from '@cx-kit/kit';
import type { ChannelSelectDetail } from '@cx-kit/contact-options';
import type { CxTimescaleChangeDetail } from '@cx-kit/charter-timescales';
import { loadReact } from './vendor.js';
import { charterWithTitle } from './charter.js';
import { place } from '../registration/place.js';

const { createElement: h, useState, flushSync, createRoot } = await loadReact();
defineCxKit();

type Timescales = CxCharterTimescales & { dueDate: string | null };

async function mount(node: Parameters<ReturnType<typeof createRoot>['render']>[0]) {
  const container = place('');
  const root = createRoot(container);
  flushSync(() => root.render(node));
  return { container, root };
}

describe('React 19', () => {
  it('sets the charter object and other props as properties, and hears cx-timescale-change through an oncx-… prop', async () => {
    const charter = charterWithTitle('foi', 'Freedom of Information (from React)');
    const changes: CxTimescaleChangeDetail[] = [];
    const App = ({ received }: { received: string }) =>
      h('cx-charter-timescales', {
        timescale: 'foi',
        received,
        charter,
        'oncx-timescale-change': (event: CustomEvent<CxTimescaleChangeDetail>) => changes.push(event.detail),
      });
    const { container, root } = await mount(h(App, { received: '2026-12-18' }));
    const el = container.querySelector('cx-charter-timescales') as Timescales;
    expect(el.charter, 'charter is the very object React was given').to.equal(charter);
    expect(el.hasAttribute('charter')).to.equal(false);
    await waitUntil(() => changes.length > 0, 'no cx-timescale-change reached React', { timeout: 5000 });
    expect(el.shadowRoot!.textContent).to.contain('Freedom of Information (from React)');
    expect(changes.at(-1)).to.deep.equal({ timescale: 'foi', received: '2026-12-18', dueDate: dueDateFor(defaultCharter, 'foi', '2026-12-18') });

    flushSync(() => root.render(h(App, { received: '2027-01-04' })));
    await waitUntil(() => changes.at(-1)!.received === '2027-01-04', 'a new prop did not reach the element', { timeout: 5000 });
    expect(el.dueDate).to.equal(dueDateFor(defaultCharter, 'foi', '2027-01-04'));
    expect(el.getAttribute('received'), 'the property reflects to its attribute').to.equal('2027-01-04');
    root.unmount();
  });

  it('passes props the element does not have as attributes (charter-src, data-*)', async () => {
    const { container, root } = await mount(h('cx-charter-timescales', { 'charter-src': '/demo/partner/charter.json', 'data-analytics': 'deadlines' }));
    const el = container.querySelector('cx-charter-timescales') as Timescales;
    expect(el.getAttribute('charter-src')).to.equal('/demo/partner/charter.json');
    expect(el.charterSrc).to.equal('/demo/partner/charter.json');
    expect(el.dataset.analytics).to.equal('deadlines');
    // The element fetched the partner's charter through the attribute React set.
    const partner = (await (await fetch('/demo/partner/charter.json')).json()) as { timescales: { title: string; rule: { kind: string } }[] };
    const dated = partner.timescales.find((t) => t.rule.kind === 'working-days')!;
    await waitUntil(() => el.shadowRoot?.querySelector('table'), 'the partner charter’s table did not render', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('table')!.textContent).to.contain(dated.title);
    root.unmount();
  });

  it('re-renders with state held in React: the element follows, and its events drive React state', async () => {
    let shown = '';
    const Picker = () => {
      const [timescale, setTimescale] = useState('foi');
      const [due, setDue] = useState<string | null>(null);
      shown = `${timescale} ${due}`;
      return h(
        'div',
        null,
        h('button', { type: 'button', onClick: () => setTimescale('sar') }, 'SAR'),
        h('cx-charter-timescales', { timescale, received: '2026-12-18', 'oncx-timescale-change': (e: CustomEvent<CxTimescaleChangeDetail>) => setDue(e.detail.dueDate) }),
      );
    };
    const { container, root } = await mount(h(Picker, {}));
    await waitUntil(() => shown === `foi ${dueDateFor(defaultCharter, 'foi', '2026-12-18')}`, `React state is "${shown}"`, { timeout: 5000 });
    container.querySelector('button')!.click();
    await waitUntil(() => shown === `sar ${dueDateFor(defaultCharter, 'sar', '2026-12-18')}`, `React state is "${shown}"`, { timeout: 5000 });
    expect((container.querySelector('cx-charter-timescales') as Timescales).getAttribute('timescale')).to.equal('sar');
    root.unmount();
  });

  it('cx-contact-options is a form control in a React <form action>: the action gets its value, and React’s reset clears it', async () => {
    const submitted: FormData[] = [];
    const selected: ChannelSelectDetail[] = [];
    const App = () =>
      h(
        'form',
        { action: (data: FormData) => void submitted.push(data) },
        h('input', { name: 'reference', defaultValue: 'CEC-123456' }),
        h('cx-contact-options', { name: 'contact', service: 'waste-collection', 'oncx-channel-select': (e: CustomEvent<ChannelSelectDetail>) => selected.push(e.detail) }),
        h('button', { type: 'submit' }, 'Send'),
      );
    const { container, root } = await mount(h(App, {}));
    const form = container.querySelector('form')!;
    const control = container.querySelector('cx-contact-options') as CxContactOptions;
    await waitUntil(() => control.shadowRoot?.querySelector('input[type="radio"][value="phone"]'), 'no radios', { timeout: 5000 });
    expect(control.form).to.equal(form);

    control.shadowRoot!.querySelector<HTMLInputElement>('input[value="phone"]')!.click();
    await control.updateComplete;
    expect(selected).to.deep.equal([{ service: 'waste-collection', channel: 'phone' }]);
    expect(new FormData(form).get('contact')).to.equal('phone');

    form.requestSubmit();
    await waitUntil(() => submitted.length === 1, 'React’s form action did not run', { timeout: 5000 });
    expect(submitted[0].get('contact')).to.equal('phone');
    expect(submitted[0].get('reference')).to.equal('CEC-123456');
    // React 19 resets a form after its action: the control goes back to its default (none).
    await waitUntil(() => control.value === '', 'the control was not reset with the form', { timeout: 5000 });
    await control.updateComplete;
    expect(control.shadowRoot!.querySelector<HTMLInputElement>('input[value="phone"]')!.checked).to.equal(false);
    expect(new FormData(form).has('contact')).to.equal(false);
    root.unmount();
  });
});
