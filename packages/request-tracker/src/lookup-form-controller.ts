/**
 * What the resident has typed and chosen in the lookup form, what its checks
 * found wrong, and the references remembered on this device (opt-in, in
 * localStorage: only the reference and the service's name, never the email
 * or postcode). The element re-renders when any of it changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FieldError } from '@cx-kit/core/element';
import { RememberedReferences, storageKey, type RememberedReference } from './remembered.js';

/** The form's field ids (its labels, error links and focus use them). */
export const REFERENCE_ID = 'cx-reference';
export const VERIFIER_ID = 'cx-verifier';
export const REMEMBER_ID = 'cx-remember';

export interface FormFields {
  reference: string;
  verifier: string;
  /** "Remember this reference on this device", ticked. */
  remember: boolean;
  errors: FieldError[];
}

export class LookupFormController implements ReactiveController {
  fields: FormFields = { reference: '', verifier: '', remember: false, errors: [] };
  remembered: RememberedReference[] = [];
  private store?: RememberedReferences;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether there is somewhere to remember references (an API to keep them under). */
  get canRemember(): boolean {
    return Boolean(this.store);
  }

  set(changes: Partial<FormFields>): void {
    this.fields = { ...this.fields, ...changes };
    this.host.requestUpdate();
  }

  /** References are kept per API, so one council's are not offered for another's system. */
  useApi(api: string | undefined): void {
    this.store = api ? new RememberedReferences(storageKey(api)) : undefined;
    this.remembered = this.store?.list() ?? [];
    this.host.requestUpdate();
  }

  /** A request was found: remembered if the resident asked, or moved to the top if it already was. */
  found(reference: string, service: string | undefined): void {
    if (!this.store || !(this.fields.remember || this.store.has(reference))) return;
    this.remembered = this.store.remember({ reference, service });
    this.host.requestUpdate();
  }

  forget(reference: string): void {
    this.remembered = this.store?.forget(reference) ?? [];
    this.host.requestUpdate();
  }
}
