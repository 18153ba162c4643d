// The widgets in plain HTML, no framework: attributes written by an editor,
// properties and events from a few lines of script, and <cx-contact-options
// name> taking part in a native <form> like any input (ElementInternals).
import { expect, waitUntil } from '@open-wc/testing';
import { defaultCharter, dueDateFor } from '@cx-kit/core';
import { defineCxKit, type CxCharterTimescales, type CxContactOptions } from '@cx-kit/kit';
import { place } from '../registration/place.js';

defineCxKit();

type Timescales = CxCharterTimescales & { dueDate: string | null };

const radio = (control: CxContactOptions, value: string) => control.shadowRoot!.querySelector<HTMLInputElement>(`input[type="radio"][value="${value}"]`)!;

async function contactForm(attributes = 'value="phone"') {
  const box = place(`<form action="/nowhere" method="post">
    <input name="reference" value="CEC-123456">
    <fieldset><cx-contact-options name="contact" service="waste-collection" ${attributes}></cx-contact-options></fieldset>
    <button>Send</button>
  </form>`);
  const form = box.querySelector('form')!;
  const control = form.querySelector('cx-contact-options') as CxContactOptions;
  await waitUntil(() => control.shadowRoot?.querySelector('input[type="radio"]'), 'the radios did not render', { timeout: 5000 });
  return { form, control };
}

describe('plain HTML', () => {
  it('cx-charter-timescales: attributes in, dueDate property and cx-timescale-change out', async () => {
    const box = place('<cx-charter-timescales timescale="foi" received="2026-12-18"></cx-charter-timescales>');
    const el = box.firstElementChild as Timescales;
    const changes: unknown[] = [];
    // Listening on an ancestor: the event bubbles out of the widget, so a page can listen once, high up.
    box.addEventListener('cx-timescale-change', (event) => changes.push((event as CustomEvent).detail));
    await waitUntil(() => changes.length > 0, 'no cx-timescale-change', { timeout: 5000 });
    expect(el.dueDate).to.equal(dueDateFor(defaultCharter, 'foi', '2026-12-18'));
    expect(changes[0]).to.deep.equal({ timescale: 'foi', received: '2026-12-18', dueDate: el.dueDate });

    el.setAttribute('timescale', 'complaint-stage-1');
    await waitUntil(() => changes.length > 1, 'no cx-timescale-change after the attribute changed', { timeout: 5000 });
    expect(el.dueDate).to.equal(dueDateFor(defaultCharter, 'complaint-stage-1', '2026-12-18'));
    expect(changes[1]).to.deep.include({ timescale: 'complaint-stage-1' });
  });

  it('a named cx-contact-options is one of the form’s controls, and FormData has its value', async () => {
    const { form, control } = await contactForm();
    expect(control.form).to.equal(form);
    expect(Array.from(form.elements)).to.include(control);
    expect(radio(control, 'phone').checked).to.equal(true);
    const data = new FormData(form);
    expect(data.get('contact')).to.equal('phone');
    expect(data.get('reference')).to.equal('CEC-123456');

    radio(control, 'email').click();
    await control.updateComplete;
    expect(control.value).to.equal('email');
    expect(new FormData(form).get('contact')).to.equal('email');
  });

  it('the value the resident chose is what the form submits', async () => {
    const { form, control } = await contactForm();
    radio(control, 'online').click();
    await control.updateComplete;
    let sent: FormData | undefined;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      sent = new FormData(form, event.submitter);
    });
    form.querySelector('button')!.click();
    expect(sent!.get('contact')).to.equal('online');
  });

  it('form.reset() returns it to the value attribute', async () => {
    const { form, control } = await contactForm();
    radio(control, 'email').click();
    await control.updateComplete;
    form.reset();
    await control.updateComplete;
    expect(control.value).to.equal('phone');
    expect(radio(control, 'phone').checked).to.equal(true);
    expect(radio(control, 'email').checked).to.equal(false);
    expect(new FormData(form).get('contact')).to.equal('phone');
  });

  it('required with nothing chosen: the form will not submit, and the widget shows the GOV.UK error', async () => {
    const { form, control } = await contactForm('required');
    expect(new FormData(form).has('contact')).to.equal(false);
    expect(form.checkValidity()).to.equal(false);
    expect(control.validity!.valueMissing).to.equal(true);
    let submitted = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = true;
    });
    form.requestSubmit();
    expect(submitted).to.equal(false);
    await waitUntil(() => control.shadowRoot!.querySelector('.cx-form-group--error'), 'no error shown after the failed submit', { timeout: 5000 });

    radio(control, 'phone').click();
    await control.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    form.requestSubmit();
    expect(submitted).to.equal(true);
  });

  it('a disabled fieldset disables it: its radios are disabled and the form leaves its value out', async () => {
    const { form, control } = await contactForm();
    form.querySelector('fieldset')!.disabled = true;
    await waitUntil(() => radio(control, 'phone').disabled, 'the radios were not disabled', { timeout: 5000 });
    expect(new FormData(form).has('contact')).to.equal(false);
    form.querySelector('fieldset')!.disabled = false;
    await waitUntil(() => !radio(control, 'phone').disabled, 'the radios were not enabled again', { timeout: 5000 });
    expect(new FormData(form).get('contact')).to.equal('phone');
  });
});
