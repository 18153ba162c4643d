import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Why a control is invalid: the flags, the message, and the part of the control the browser points at. */
export interface FormControlValidity {
  flags: ValidityStateFlags;
  message: string;
  /** An element in the control's shadow root that the browser's validation bubble points at and focuses. */
  anchor?: HTMLElement | null;
}

export interface FormControlOptions {
  /** What the form submits under the control's `name`, or null for nothing. Read after every update. */
  value(): string | null;
  /** Null when valid. Read after every update. */
  validity?(): FormControlValidity | null;
}

/** The element side: a lit element whose class sets `static formAssociated = true`. */
export type FormControlHost = ReactiveControllerHost & HTMLElement;

/**
 * The one controller every form-associated cx-kit element uses
 * (ElementInternals, not a `formdata` event workaround): after each update
 * it gives the form the element's value and validity, and it answers the
 * questions a native control answers (`form`, `validity`,
 * `checkValidity()`…). The element keeps its own lifecycle callbacks, as the
 * platform requires them on the class, and delegates to it:
 *
 * ```ts
 * static formAssociated = true;
 * private readonly formControl = new FormControlController(this, { value: () => this.value || null });
 * formResetCallback() { this.value = ''; }
 * formDisabledCallback(disabled: boolean) { this.formControl.setDisabled(disabled); }
 * formStateRestoreCallback(state: string) { this.value = state; }
 * ```
 *
 * In a browser without form-associated custom elements it does nothing and
 * the element still works as a display.
 */
export class FormControlController implements ReactiveController {
  readonly internals: ElementInternals | null;
  /** True while a disabled `<fieldset>` or form turns the control off (`formDisabledCallback`). */
  disabled = false;

  constructor(
    private readonly host: FormControlHost,
    private readonly options: FormControlOptions,
  ) {
    const associated = (host.constructor as { formAssociated?: boolean }).formAssociated === true;
    this.internals = associated && typeof host.attachInternals === 'function' ? host.attachInternals() : null;
    host.addController(this);
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Gives the form the current value and validity (done after every update). */
  sync(): void {
    const internals = this.internals;
    if (!internals?.setFormValue) return;
    const value = this.options.value();
    internals.setFormValue(value, value);
    const invalid = this.options.validity?.();
    if (invalid && Object.values(invalid.flags).some(Boolean)) {
      const anchor = invalid.anchor?.isConnected ? invalid.anchor : undefined;
      internals.setValidity(invalid.flags, invalid.message, anchor);
    } else {
      internals.setValidity({});
    }
  }

  /** Call from the element's `formDisabledCallback`. */
  setDisabled(disabled: boolean): void {
    this.disabled = disabled;
    this.host.requestUpdate();
  }

  get form(): HTMLFormElement | null {
    return this.internals?.form ?? null;
  }

  get validity(): ValidityState | undefined {
    return this.internals?.validity;
  }

  get validationMessage(): string {
    return this.internals?.validationMessage ?? '';
  }

  get willValidate(): boolean {
    return this.internals?.willValidate ?? false;
  }

  checkValidity(): boolean {
    this.sync();
    return this.internals?.checkValidity() ?? true;
  }

  reportValidity(): boolean {
    this.sync();
    return this.internals?.reportValidity() ?? true;
  }
}
