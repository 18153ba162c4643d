// The floor for the feedback form's first render: a plain lit element that
// renders the same first question (the four radios in a fieldset with a
// legend, and Continue) and nothing else: no charter, no translations, no
// state. The kit's form should render within 1.2× of this (issue 17).
import { LitElement, css, html } from 'lit';
import { feedbackChoices, labels } from './form-fields.js';

class PlainLitFirstQuestion extends LitElement {
  static styles = css`
    :host { display: block; font: 1rem/1.5 system-ui, sans-serif; }
    fieldset { border: 0; margin: 0 0 1rem; padding: 0; }
    legend { font-weight: 700; font-size: 1.5rem; margin-bottom: 0.5rem; }
    label { display: flex; gap: 0.5rem; align-items: center; min-height: 44px; }
    input { width: 1.5rem; height: 1.5rem; margin: 0; }
    button { font: inherit; padding: 0.5rem 1rem; min-height: 44px; }
  `;

  render() {
    return html`<form>
      <fieldset>
        <legend>${labels.type}</legend>
        ${feedbackChoices.map(([value, label]) => html`<label><input type="radio" name="type" value=${value} />${label}</label>`)}
      </fieldset>
      <button type="submit">Continue</button>
    </form>`;
  }
}
customElements.define('plain-lit-first-question', PlainLitFirstQuestion);

/** Puts the element inside `container` and returns it. */
export function buildForm(container) {
  const element = document.createElement('plain-lit-first-question');
  container.append(element);
  return element;
}
