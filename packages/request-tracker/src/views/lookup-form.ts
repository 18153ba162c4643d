/**
 * The lookup form (GOV.UK pattern: label, hint, error message, input), and
 * the references remembered on this device below it (their list comes in its
 * own chunk, only when there are some).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Charter } from '@cx-kit/core';
import { localized, msg, type FieldError } from '@cx-kit/core/element';
import { REFERENCE_ID, REMEMBER_ID, VERIFIER_ID } from '../lookup-form-controller.js';
import type { RememberedReference } from '../stored-references.js';
import type { rememberedList } from './remembered-list.js';


/** GOV.UK's error summary and field messages (core's): they come with the checks that find errors, so never before. */
export interface ErrorViews {
  errorSummary: (errors: FieldError[], root: ShadowRoot | null) => TemplateResult | typeof nothing;
  fieldError: (id: string, message: string | undefined) => TemplateResult | typeof nothing;
}

export interface LookupFormOptions {
  charter: Charter;
  locale: string;
  root: ShadowRoot | null;
  /** The cx-kit API: ask for the email address or postcode too. */
  needsVerifier: boolean;
  reference: string;
  verifier: string;
  errors: FieldError[];
  errorViews?: ErrorViews;
  /** Offer "Remember this reference" (the tracker has somewhere to keep it). */
  canRemember: boolean;
  remember: boolean;
  remembered: RememberedReference[];
  /** Shows them: here once there are any (remembered-list.ts). */
  rememberedList?: typeof rememberedList;
  /** The resident has started on the form (focus came into it, or typing or autofill did): time to fetch what a lookup needs. */
  onFirstUse: () => void;
  onSubmit: (event: Event) => void;
  onReference: (value: string) => void;
  onVerifier: (value: string) => void;
  onRemember: (value: boolean) => void;
  onUseRemembered: (entry: RememberedReference) => void;
  onForget: (reference: string) => void;
}

const valueOf = (event: Event) => (event.target as HTMLInputElement).value;

function textField(options: LookupFormOptions, id: string, name: string, label: string, hint: string | TemplateResult, value: string, onInput: (value: string) => void, extraClass = ''): TemplateResult {
  const error = options.errors.find((e) => e.field === id)?.message;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="cx-form-group ${error ? 'cx-form-group--error' : ''}">
    <label class="cx-label" for=${id}>${label}</label>
    <p class="cx-hint" id="${id}-hint">${hint}</p>
    ${options.errorViews?.fieldError(id, error) ?? nothing}
    <input
      class="cx-input ${extraClass} ${error ? 'cx-input--error' : ''}"
      id=${id}
      name=${name}
      type="text"
      autocomplete="off"
      autocapitalize=${name === 'reference' ? 'characters' : 'none'}
      spellcheck="false"
      aria-describedby=${describedBy}
      aria-invalid=${error ? 'true' : 'false'}
      .value=${value}
      @input=${(e: Event) => onInput(valueOf(e))}
    />
  </div>`;
}

export function lookupForm(options: LookupFormOptions): TemplateResult {
  const format = options.charter.organisation.referenceFormat;
  return html`${options.errorViews?.errorSummary(options.errors, options.root) ?? nothing}
    <form part="form" novalidate @submit=${options.onSubmit} @focusin=${options.onFirstUse} @input=${options.onFirstUse}>
      <h2>${msg('Check the progress of your request')}</h2>
      ${textField(options, REFERENCE_ID, 'reference', msg('Your reference'), localized(format.description, options.locale), options.reference, options.onReference, 'cx-input--reference')}
      ${options.needsVerifier
        ? textField(
            options,
            VERIFIER_ID,
            'verifier',
            msg('Email address or postcode'),
            msg('The one you gave us with your request. We use it to check the request is yours.'),
            options.verifier,
            options.onVerifier,
          )
        : nothing}
      ${options.canRemember
        ? html`<div class="cx-form-group">
            <div class="cx-choice">
              <input
                id=${REMEMBER_ID}
                type="checkbox"
                aria-describedby="${REMEMBER_ID}-hint"
                .checked=${options.remember}
                @change=${(e: Event) => options.onRemember((e.target as HTMLInputElement).checked)}
              />
              <label for=${REMEMBER_ID}>${msg('Remember this reference on this device')}</label>
            </div>
            <p class="cx-hint cx-choice-hint" id="${REMEMBER_ID}-hint">
              ${options.needsVerifier
                ? msg('We keep only the reference and the name of the service, never your email address or postcode. Do not choose this on a shared computer.')
                : msg('We keep only the reference and the name of the service. Do not choose this on a shared computer.')}
            </p>
          </div>`
        : nothing}
      <button class="cx-button" type="submit">${msg('Check progress')}</button>
    </form>
    ${options.rememberedList?.(options) ?? nothing}`;
}
