// Floor step 1: a plain lit element rendering the feedback form's whole first
// question as the kit shows it with the built-in charter (the radios' hints,
// the preview notice, "Remember my answers" and its hint; the same markup),
// with a few lines of its own CSS. bench/peers/plain-lit-form.js renders the
// radios and Continue only.
import { LitElement, css, html } from 'lit';
import { feedbackChoices, labels } from '../peers/form-fields.js';

const hints = {
  suggestion: 'Tell us how we could do things better.',
  compliment: 'Tell us about a person or a service that did well.',
  complaint: 'Tell us when something has gone wrong, so we can put it right.',
  'stage-2': 'This is stage 2 of our complaints procedure: a second officer looks at your complaint again.',
};

export class ContentFirstQuestion extends LitElement {
  static styles = css`
    :host { display: block; font: 1rem/1.5 system-ui, sans-serif; }
    fieldset { border: 0; margin: 0 0 1rem; padding: 0; }
    legend { font-weight: 700; font-size: 1.5rem; margin-bottom: 0.5rem; }
    .cx-choice { display: flex; gap: 0.5rem; align-items: flex-start; min-height: 44px; }
    input { width: 1.5rem; height: 1.5rem; margin: 0; }
    button { font: inherit; padding: 0.5rem 1rem; min-height: 44px; }
  `;

  render() {
    return html`<div class="cx-root" dir="ltr" lang="en-GB"><div class="cx-feedback" part="base"><p class="cx-warning"><strong>This is a preview.</strong> This form is not connected to the council yet, so nothing you enter will be sent.</p><form novalidate><div class="cx-form-group"><fieldset><legend><h2 class="cx-step-heading" tabindex="-1" data-step-heading>${labels.type}</h2></legend>
<div class="cx-radios">${feedbackChoices.map(([value, label], i) => {
      const id = i ? `type-${value}` : 'type';
      return html`<div><div class="cx-choice"><input type="radio" id=${id} name="type" value=${value} aria-describedby="${id}-hint">
<label for=${id}>${label}</label></div>
<div class="cx-choice__hint" id="${id}-hint">${hints[value]}</div></div>`;
    })}</div></fieldset></div><div class="cx-button-group"><button class="cx-button" type="submit">Continue</button><span class="cx-secondary" role="status"></span></div></form><div class="cx-form-group cx-remember"><div class="cx-choice"><input type="checkbox" id="remember" aria-describedby="remember-hint">
<label for="remember">Remember my answers on this device</label></div>
<p class="cx-hint cx-small" id="remember-hint">We keep what you have typed in this browser until you send it or choose ‘Start again’, even if you close it. Do not tick this on a shared or public computer.</p></div></div></div>`;
  }
}
customElements.define('content-first-question', ContentFirstQuestion);

/** Puts the element inside `container` and returns it. */
export function buildForm(container) {
  const element = document.createElement('content-first-question');
  container.append(element);
  return element;
}
