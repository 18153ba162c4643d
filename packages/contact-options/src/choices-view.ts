/**
 * Form mode (with `name`): "How would you like us to contact you?" as GOV.UK
 * radios. Loaded by the element with import() only on a page that uses the
 * widget as a form control.
 */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Channel, Charter, Service } from '@cx-kit/core';
import { fieldError, formStyles, localized, msg } from '@cx-kit/core/element';
import { isEmergency, serviceChannels } from './channel-order.js';

export const partStyles = [formStyles];

/** Channel kinds a resident can ask to be contacted by. */
const CONTACT_KINDS: readonly Channel['kind'][] = ['online', 'webchat', 'phone', 'email', 'letter'];

export interface ChoicesInput {
  charter: Charter;
  service?: Service;
  locale: string;
  value: string;
  /** The "select how…" message to show, after a failed submit. */
  error?: string;
  disabled: boolean;
  onPick(channel: Channel): void;
}

export function choicesView({ charter, service, locale, value, error, disabled, onPick }: ChoicesInput): TemplateResult {
  const channels = (service ? serviceChannels(charter, service) : charter.channels).filter((c) => !isEmergency(c) && CONTACT_KINDS.includes(c.kind));
  return html`<div class="cx-form-group ${error ? 'cx-form-group--error' : ''}" part="choices">
    <fieldset aria-describedby="cx-choice-hint${error ? ' cx-choice-error' : ''}">
      <legend>${msg('How would you like us to contact you?')}</legend>
      <div class="cx-hint" id="cx-choice-hint">${msg('We will use it whenever we can.')}</div>
      ${fieldError('cx-choice', error)}
      <div class="cx-radios">
        ${channels.map(
          (channel) => html`<div class="cx-choice">
            <input
              type="radio"
              id="cx-choice-${channel.id}"
              name="cx-choice"
              value=${channel.id}
              .checked=${live(value === channel.id)}
              ?disabled=${disabled}
              @change=${() => onPick(channel)}
            />
            <label for="cx-choice-${channel.id}">${localized(channel.label, locale)}</label>
          </div>`,
        )}
      </div>
    </fieldset>
  </div>`;
}
