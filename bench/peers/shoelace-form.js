// The feedback form built from Shoelace's components (input, textarea, radio
// group, radio, button), registered by Shoelace's own component modules; its
// light theme (the tokens the components need to look right) is loaded as a
// stylesheet by the page and counted in the sizes. Bundled at bench time.
import '@shoelace-style/shoelace/dist/components/radio-group/radio-group.js';
import '@shoelace-style/shoelace/dist/components/radio/radio.js';
import '@shoelace-style/shoelace/dist/components/textarea/textarea.js';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import { feedbackChoices, labels, maxLength } from './form-fields.js';

const element = (tag, attributes = {}, children = []) => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
};

/** Builds the form inside `container` and returns the <form>. */
export function buildForm(container) {
  const form = element('form', {}, [
    element('sl-radio-group', { name: 'type', label: labels.type, required: '' }, feedbackChoices.map(([value, label]) => element('sl-radio', { value }, [label]))),
    element('sl-textarea', { name: 'details', label: labels.details, 'help-text': labels.detailsHint, required: '', maxlength: String(maxLength) }),
    element('sl-input', { name: 'name', label: labels.name, required: '', autocomplete: 'name' }),
    element('sl-input', { name: 'email', type: 'email', label: labels.email, 'help-text': labels.emailHint, required: '', autocomplete: 'email' }),
    element('sl-button', { type: 'submit', variant: 'primary' }, [labels.submit]),
  ]);
  container.append(form);
  return form;
}
