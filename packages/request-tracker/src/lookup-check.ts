/**
 * What the resident typed in the form, checked before anything is sent: a
 * lookup to send, or GOV.UK error messages for each field to fix. Loaded with
 * the lookup session (on the form's first use), not with the page.
 */
import type { Charter } from '@cx-kit/core';
import { msg, str, type FieldError } from '@cx-kit/core/element';
import type { Lookup } from './chunks.js';
import { checkReference, checkVerifier } from './lookup-form.js';
import { REFERENCE_ID, VERIFIER_ID } from './lookup-form-controller.js';

export type LookupCheck = { ok: true; lookup: Lookup } | { ok: false; errors: FieldError[] };

/** The reference (and, for the cx-kit API, the email or postcode) as typed, checked against the charter's format. */
export function checkLookup(typed: { reference: string; verifier: string }, format: Charter['organisation']['referenceFormat'], needsVerifier: boolean): LookupCheck {
  const errors: FieldError[] = [];
  const reference = checkReference(typed.reference, format);
  if (!reference.ok) {
    errors.push({ field: REFERENCE_ID, message: reference.reason === 'empty' ? msg('Enter your reference') : msg(str`Enter your reference in the right format, like ${format.example}`) });
  }
  let verifier: string | undefined;
  if (needsVerifier) {
    const checked = checkVerifier(typed.verifier);
    if (checked.ok) verifier = checked.value;
    else {
      errors.push({
        field: VERIFIER_ID,
        message: checked.reason === 'empty' ? msg('Enter the email address or postcode you gave us') : msg('Enter an email address like name@example.com, or a postcode like CW1 2AB'),
      });
    }
  }
  return reference.ok && !errors.length ? { ok: true, lookup: { reference: reference.reference, verifier } } : { ok: false, errors };
}

/** A reference from the page (the `reference` attribute, a remembered one) tidied as the form would, or as it came when it does not fit. */
export function tidyReference(reference: string, format: Charter['organisation']['referenceFormat']): string {
  const checked = checkReference(reference, format);
  return checked.ok ? checked.reference : reference.trim();
}
