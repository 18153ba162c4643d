// The feedback form built from Lion's form components (@lion/ui), registered
// through Lion's own `define` entry points, with its validators and default
// validation messages: what a council would write with Lion instead of
// <cx-feedback-form>. Bundled at bench time (bench/lib/peer-bundles.mjs).
import '@lion/ui/define/lion-form.js';
import '@lion/ui/define/lion-radio-group.js';
import '@lion/ui/define/lion-radio.js';
import '@lion/ui/define/lion-textarea.js';
import '@lion/ui/define/lion-input.js';
import '@lion/ui/define/lion-input-email.js';
import '@lion/ui/define/lion-button-submit.js';
import { Required, MaxLength, IsEmail } from '@lion/ui/form-core.js';
import { loadDefaultFeedbackMessages } from '@lion/ui/validate-messages.js';
import { feedbackChoices, labels, maxLength } from './form-fields.js';

loadDefaultFeedbackMessages();

const element = (tag, attributes = {}, children = []) => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
};

/** Builds the form inside `container` and returns the <lion-form>. */
export function buildForm(container) {
  const type = element('lion-radio-group', { name: 'type', label: labels.type }, feedbackChoices.map(([value, label]) => element('lion-radio', { label, 'choice-value': value })));
  type.validators = [new Required()];
  const details = element('lion-textarea', { name: 'details', label: labels.details, 'help-text': labels.detailsHint });
  details.validators = [new Required(), new MaxLength(maxLength)];
  const name = element('lion-input', { name: 'name', label: labels.name });
  name.validators = [new Required()];
  const email = element('lion-input-email', { name: 'email', label: labels.email, 'help-text': labels.emailHint });
  email.validators = [new Required(), new IsEmail()];
  const submit = element('lion-button-submit', {}, [labels.submit]);
  const form = element('lion-form', {}, [element('form', {}, [type, details, name, email, submit])]);
  container.append(form);
  return form;
}
