import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ChannelSelectDetail, CxContactOptions } from '../src/index.js';
import { mount, root, settled, textOf, unmountAll } from './helpers.js';
import '../../kit/src/entries/cx-contact-options.js';

const radio = (el: CxContactOptions, id: string) => root(el).querySelector<HTMLInputElement>(`#cx-choice-${id}`)!;

async function formWith(attributes: { required?: boolean; value?: string } = {}) {
  const form = mount<HTMLFormElement>(html`<form action="/nowhere" @submit=${(event: Event) => event.preventDefault()}>
    <cx-contact-options name="contact" service="waste-collection" ?required=${attributes.required} value=${attributes.value ?? ''}></cx-contact-options>
    <button>Send</button>
  </form>`);
  const el = await settled(form.querySelector<CxContactOptions>('cx-contact-options')!);
  return { form, el };
}

describe('<cx-contact-options name>: a form control for the preferred contact method', () => {
  afterEach(unmountAll);

  it('asks how the resident would like to be contacted, with the service’s channels as radios', async () => {
    const { el } = await formWith();
    expect(textOf(root(el).querySelector('legend'))).to.equal('How would you like us to contact you?');
    const labels = [...root(el).querySelectorAll('.cx-choice label')].map(textOf);
    expect(labels).to.deep.equal(['Online', 'Phone', 'Email']);
    await expect(el).to.be.accessible();
  });

  it('gives the form its value on submit, and fires cx-channel-select when chosen', async () => {
    const { form, el } = await formWith();
    expect(new FormData(form).has('contact')).to.equal(false);
    const selected = oneEvent(el, 'cx-channel-select');
    radio(el, 'phone').focus();
    await sendKeys({ type: ' ' });
    const event = (await selected) as CustomEvent<ChannelSelectDetail>;
    expect(event.detail).to.deep.equal({ service: 'waste-collection', channel: 'phone' });
    await el.updateComplete;
    expect(el.value).to.equal('phone');
    const submitted = oneEvent(form, 'submit');
    form.requestSubmit();
    await submitted;
    expect(new FormData(form).get('contact')).to.equal('phone');
  });

  it('goes back to its default on reset', async () => {
    const { form, el } = await formWith({ value: 'email' });
    expect(new FormData(form).get('contact')).to.equal('email');
    expect(radio(el, 'email').checked).to.equal(true);
    radio(el, 'phone').click();
    await el.updateComplete;
    expect(new FormData(form).get('contact')).to.equal('phone');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('email');
    expect(radio(el, 'email').checked).to.equal(true);
    expect(new FormData(form).get('contact')).to.equal('email');
  });

  it('when required, blocks the submit and shows a GOV.UK error message until a method is chosen', async () => {
    const { form, el } = await formWith({ required: true });
    expect(el.checkValidity()).to.equal(false);
    expect(el.validity?.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Select how you would like us to contact you');
    let submitted = false;
    form.addEventListener('submit', () => (submitted = true));
    const invalid = oneEvent(el, 'invalid');
    form.requestSubmit();
    await invalid;
    await el.updateComplete;
    expect(submitted).to.equal(false);
    expect(textOf(root(el).querySelector('.cx-error-message'))).to.equal('Error: Select how you would like us to contact you');
    expect(root(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.contain('cx-choice-error');
    await expect(el).to.be.accessible();

    radio(el, 'email').click();
    await el.updateComplete;
    expect(root(el).querySelector('.cx-error-message')).to.equal(null);
    expect(el.checkValidity()).to.equal(true);
    form.requestSubmit();
    await waitUntil(() => submitted, 'the form did not submit once valid');
  });

  it('is turned off by a disabled fieldset, and leaves the form data', async () => {
    const form = mount<HTMLFormElement>(html`<form>
      <fieldset disabled><cx-contact-options name="contact" service="waste-collection" value="phone"></cx-contact-options></fieldset>
    </form>`);
    const el = await settled(form.querySelector<CxContactOptions>('cx-contact-options')!);
    await waitUntil(() => radio(el, 'phone')?.disabled, 'radios were not disabled');
    expect(new FormData(form).has('contact')).to.equal(false);
    await expect(el).to.be.accessible();
    form.querySelector('fieldset')!.disabled = false;
    await waitUntil(() => !radio(el, 'phone').disabled, 'radios were not enabled again');
    expect(new FormData(form).get('contact')).to.equal('phone');
  });

  it('restores its state when the browser restores the form', async () => {
    const { el } = await formWith();
    el.formStateRestoreCallback('email');
    await el.updateComplete;
    expect(radio(el, 'email').checked).to.equal(true);
  });

  it('without a service, offers the charter’s ways to contact, never the emergency line', async () => {
    const el = await settled(await fixture<CxContactOptions>(html`<cx-contact-options name="contact"></cx-contact-options>`));
    const values = [...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((r) => r.value);
    expect(values).to.deep.equal(['online', 'phone', 'email', 'letter']);
  });
});
