/**
 * What the resident has typed and chosen in the lookup form, what its checks
 * found wrong, and the references remembered on this device (opt-in, in
 * localStorage: only the reference and the service's name, never the email
 * or postcode). The element re-renders when any of it changes. The list of
 * remembered references and what writes to them load when there are some,
 * or one to remember.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { addStyles, type FieldError } from '@cx-kit/core/element';
import { lookupChunks } from './chunks.js';
import type * as RememberedPart from './remembered-part.js';
import { readReferences, storageKey, type RememberedReference } from './stored-references.js';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

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
  /** The list and what writes to it, once here. */
  part?: typeof RememberedPart;
  /** Settles when that code is here or could not load (never rejects); none while none is asked for. */
  loading?: Promise<typeof RememberedPart | undefined>;
  private key?: string;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether there is somewhere to remember references (an API to keep them under). */
  get canRemember(): boolean {
    return Boolean(this.key);
  }

  set(changes: Partial<FormFields>): void {
    this.fields = { ...this.fields, ...changes };
    // Ticked: what keeps it comes now, so it is here when the request is found.
    if (changes.remember) void this.load();
    this.host.requestUpdate();
  }

  /** References are kept per API, so one council's are not offered for another's system. */
  useApi(api: string | undefined): void {
    this.key = api ? storageKey(api) : undefined;
    this.remembered = this.key ? readReferences(this.key) : [];
    if (this.remembered.length) void this.load();
    this.host.requestUpdate();
  }

  /** A request was found: remembered if the resident asked, or moved to the top if it already was. */
  async found(reference: string, service: string | undefined): Promise<void> {
    const key = this.key;
    if (!key || !(this.fields.remember || readReferences(key).some((e) => e.reference === reference))) return;
    const part = await this.load();
    if (!part) return;
    this.remembered = new part.RememberedReferences(key).remember({ reference, service });
    this.host.requestUpdate();
  }

  /** Only from the list on screen, so its code is here. */
  forget(reference: string): void {
    if (this.key && this.part) this.remembered = new this.part.RememberedReferences(this.key).forget(reference);
    this.host.requestUpdate();
  }

  /** Without it, no list shows and nothing more is remembered: the form works the same. */
  private load(): Promise<typeof RememberedPart | undefined> {
    this.loading ??= lookupChunks.remembered().then(
      (part) => {
        addStyles(this.host.renderRoot, [part.rememberedStyles]);
        this.part = part;
        this.host.requestUpdate();
        return part;
      },
      () => (this.loading = undefined),
    );
    return this.loading;
  }
}
