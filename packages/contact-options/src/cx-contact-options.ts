import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Channel, Charter, Service } from '@cx-kit/core';
import { CxElement, FormControlController, downloadFailure, emit, msg, type AttributeProblem, type ClockController, type ServiceSearchController } from '@cx-kit/core/element';
import { Part, PartsController } from './parts.js';
import { SearchLoader, searchPart } from './search-loader.js';
import { searchSpace, searchSpaceStyles, searchText, searchUnavailable } from './search-space.js';
import type { ContactInput } from './contact-view.js';
import type { WaitTimesController } from './wait-times-controller.js';

/** The detail of `cx-channel-select`. */
export interface ChannelSelectDetail {
  /** The service id, or null when the widget shows no particular service. */
  service: string | null;
  /** The channel id the resident chose. */
  channel: string;
}

// The element is a thin shell: what it shows arrives with import(), started as it connects (in step with
// the charter), so a page's first download is the shell alone. The search loads when a resident reaches it.
const contactPart = new Part(() => import('./contact-view.js'));
const choicesPart = new Part(() => import('./choices-view.js'));
const unknownServicePart = new Part(() => import('./unknown-service.js'));
const waitPart = new Part(() => import('./wait-view.js'));

/**
 * @tag cx-contact-options
 * @summary The ways to reach a council service, whether each is open now, and what the council promises on each.
 *
 * With `service`, it lists that service's channels in the charter's order,
 * online first, each with how to use it, its hours, whether it is open now
 * (UK time, bank holidays and closures included) and the charter's promise.
 * When the offices are closed the emergency out-of-hours line comes first.
 * Without `service`, residents search every service of the charter
 * (an accessible combobox) and choose one. With `name`, it becomes a form
 * control whose value is the resident's preferred contact method.
 *
 * @slot - Fallback content for residents when the widget cannot run (a phone number and a link).
 *
 * @csspart contact-options - The whole widget, once it is showing a service or the search.
 * @csspart channel - Each channel; also `channel-<kind>` (`channel-phone`, `channel-online`…).
 * @csspart state - A channel's state now: "Open now, closes at 5pm".
 * @csspart hours - A channel's opening times.
 * @csspart wait-time - A channel's live waiting time.
 * @csspart promise - What the council promises on a channel.
 * @csspart emergency - The emergency line, standing out while the offices are closed.
 * @csspart other-formats - The link to other languages and formats.
 * @csspart search - The service search; also `search-input`, `search-results`, `search-option`, `search-empty`, and `search-unavailable` (what shows in its place when it could not be downloaded, with "Try again").
 * @csspart choices - The radios of the form control (with `name`).
 * @csspart problems - The editor's error panel (debug mode only).
 *
 * @cssprop --cx-color-success - The edge of "Open now".
 * @cssprop --cx-color-warning - The edge of "Closing soon".
 * @cssprop --cx-color-error - The border of the emergency line when the offices are closed.
 * @cssprop --cx-color-brand - The highlighted search option.
 *
 * @fires cx-channel-select - The resident chose a channel (followed its link, or picked it in the form control). `detail` is {@link ChannelSelectDetail}. Cancelable: `preventDefault()` stops the link being followed.
 * @fires cx-error - Something went wrong: the charter, an attribute (`attribute-invalid`, unknown service), the wait times (`offline`, `unreachable`, `timeout`, `rate-limited`, `server-error`, `not-found`, `invalid-response`), or a part of the widget that could not be downloaded (`offline`, or `server-error`, as every widget reports it); `detail` is `{ code, message, problems? }`.
 */
export class CxContactOptions extends CxElement {
  // Each part brings its own styles (added as it arrives); the shell styles only the search's reserved space.
  static override styles = [...CxElement.styles, searchSpaceStyles];

  /** Makes the element a form control (ElementInternals) when it has a `name`. */
  static formAssociated = true;

  /** The id of a service in the charter (`waste-collection`). Without it, residents search for one. */
  @property({ reflect: true }) service?: string;

  /** A time to use instead of the real clock, for demos and tests: ISO 8601, UK time without a zone (`2026-12-25T10:00`, `2026-12-25`) or an instant (`2026-12-25T10:00:00Z`). */
  @property({ reflect: true }) now?: string;

  /** A JSON endpoint with live wait times (the `WaitTimes` contract), polled every minute while the page is visible. */
  @property({ attribute: 'wait-time-src', reflect: true }) waitTimeSrc?: string;

  /** With a name, the element is a form control: its value (the chosen channel id) is submitted under this name. */
  @property({ reflect: true }) name?: string;

  /** With `name`: the resident must choose a contact method before the form submits. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** With `name`: the chosen channel id. The `value` attribute is the default that a form reset returns to. */
  @property() value = '';

  /** A service chosen in the search. */
  @state() private chosen?: string;

  /** Show the "select how we should contact you" message (after a failed submit). */
  @state() private showRequired = false;

  /** Core's clock, made when the channels' part arrives (it carries the date code); re-renders at each change noted. */
  private clock?: ClockController;

  /** Instants at which what shows changes, noted by the last render. */
  private changes: number[] = [];

  /** Created when `wait-time-src` is first set: most pages have no live wait times. */
  private waitTimes?: WaitTimesController;

  /** The search, once its part has arrived (right after the widget first shows without a `service`). */
  private search?: ServiceSearchController<Service>;

  private readonly formControl = new FormControlController(this, {
    value: () => (this.name && this.value ? this.value : null),
    validity: () =>
      this.required && !this.value
        ? {
            flags: { valueMissing: true },
            message: msg('Select how you would like us to contact you'),
            anchor: this.renderRoot?.querySelector<HTMLElement>('input[type="radio"]'),
          }
        : null,
  });

  private readonly parts = new PartsController(this, (error, optional) => this.partFailed(error, optional));

  private readonly searchLoader = new SearchLoader(this, {
    hasServices: () => this.hasServices,
    addServices: () => this.addDefaultServices(),
    search: () => this.search,
    failed: (error) => this.partFailed(error, true, 'The service search'),
  });

  /** The form this control belongs to (with `name`). */
  get form(): HTMLFormElement | null {
    return this.formControl.form;
  }

  get validity(): ValidityState | undefined {
    return this.formControl.validity;
  }

  get validationMessage(): string {
    return this.formControl.validationMessage;
  }

  checkValidity(): boolean {
    return this.formControl.checkValidity();
  }

  reportValidity(): boolean {
    return this.formControl.reportValidity();
  }

  constructor() {
    super();
    this.addEventListener('invalid', () => {
      this.showRequired = true;
    });
  }

  formResetCallback(): void {
    this.value = this.getAttribute('value') ?? '';
    this.showRequired = false;
  }

  formDisabledCallback(disabled: boolean): void {
    this.formControl.setDisabled(disabled);
  }

  formStateRestoreCallback(state: string | null): void {
    if (typeof state === 'string') this.value = state;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // In step with the charter: the part that shows it is downloading while the charter is.
    this.wantView();
  }

  /** The part that shows the widget: the channels, or with `name` the form control's choices. */
  private wantView(): void {
    if (this.name) this.parts.want(choicesPart);
    else this.parts.want(contactPart);
  }

  /**
   * A part could not be downloaded: residents get the fallback (the charter's phone and email, or the editor's),
   * unless the widget works on without it (`optional`: live wait times, the search).
   */
  private partFailed(error: unknown, optional: boolean, what = 'Part of the widget'): void {
    if (!this.isConnected || this.widgetProblems.length) return;
    const { code, message } = downloadFailure(error, what);
    const problems = [{ path: '(script)', message }];
    if (!optional) this.widgetProblems = problems;
    this.reportError({ code, message, problems });
  }

  /** Also waits for parts and the search on their way, so `updateComplete` means "it is on screen". */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while ((await this.parts.arrived()) || (await this.searchLoader.arrived())) result = await super.getUpdateComplete();
    return result;
  }

  /** Whether `now` is valid; undefined until the clock is here to read it. */
  private nowValid?: boolean;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The clock first: the base asks for attribute problems (`now` among them) in its willUpdate.
    const contacts = this.name ? undefined : this.parts.want(contactPart);
    if (contacts && !this.clock) this.clock = contacts.createClock(this, () => this.changes);
    this.nowValid = this.clock?.setNow(this.now);
    super.willUpdate(changed);
    if (this.waitTimeSrc && !this.waitTimes) {
      const part = this.parts.want(waitPart, true);
      if (part) this.waitTimes = new part.WaitTimesController(this, { onError: (detail) => this.reportError(detail) });
    }
    this.waitTimes?.setSource(this.waitTimeSrc || undefined);
    const charter = this.resolvedCharter;
    // The search shows once its services are in too: until then its space is kept, and a keystroke finds them all.
    if (this.showsSearch() && this.searchLoader.ready) {
      this.search ??= this.parts.want(searchPart)!.createSearch(
        this,
        () => this.locale,
        (service) => (this.chosen = service.id),
        () => this.searchEveryLanguage(),
      );
    }
    if (changed.has('charter') || changed.has('charterSrc')) this.everyLanguage = undefined;
    if (charter) this.search?.setServices(Array.isArray(this.everyLanguage) ? this.everyLanguage : charter.services);
    if (changed.has('service')) this.chosen = undefined;
    if (changed.has('name') && this.isConnected) this.wantView();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Right after the widget first shows: the search's code and services, then its index.
    if (this.showsSearch()) this.searchLoader.want();
  }

  /**
   * The built-in default charter's services: for a `service`, and for the search, which asks for them with its part
   * right after the widget first shows (what it shows first needs none of them).
   */
  protected override get listsServices(): boolean {
    return !!this.service || this.showsSearch();
  }

  /** Whether the widget is showing (or about to show) the search. */
  private showsSearch(): boolean {
    return !this.service && !this.name && this.resolvedCharter !== undefined && contactPart.value !== undefined && !this.widgetProblems.length;
  }

  /**
   * The default charter's services with every language's words, once a search found nothing: the default
   * comes with the page's language only, and a resident may type a service's name in another.
   */
  private everyLanguage?: Service[] | 'loading';

  private searchEveryLanguage(): void {
    const part = searchPart.value;
    if (!part || !this.usesDefaultCharter || this.everyLanguage) return;
    this.everyLanguage = 'loading';
    part.defaultServicesInEveryLanguage().then(
      (services) => {
        // Unless the page gave its own charter meanwhile.
        if (this.everyLanguage !== 'loading') return;
        this.everyLanguage = services;
        this.requestUpdate();
      },
      () => (this.everyLanguage = undefined), // tried again on the next search that finds nothing
    );
  }

  /** The base reports these once each, and shows residents the fallback while any is there. */
  protected override attributeProblems(charter: Charter | undefined): AttributeProblem[] {
    const problems: AttributeProblem[] = [];
    if (this.nowValid === false) {
      problems.push({ path: 'now', fatal: true, message: `now="${this.now}" is not an ISO 8601 date or time: write it as "2026-12-24T16:45" (UK time) or "2026-12-24T16:45:00Z".` });
    }
    const outside = this.now && this.nowValid && this.clock ? contactPart.value?.nowOutsideCalendar(this.now, this.clock.now()) : undefined;
    if (outside) problems.push({ path: 'now', fatal: true, message: outside });
    // The wait times' part checks its address (it loads only on pages that set one).
    const badWaitSrc = this.waitTimeSrc ? waitPart.value?.waitSourceProblem(this.waitTimeSrc) : undefined;
    if (badWaitSrc) problems.push({ path: 'wait-time-src', message: badWaitSrc });
    if (charter && this.service && !charter.services.some((s) => s.id === this.service)) {
      // The message names the ids the editor may have meant, which takes the search: given once it has loaded.
      const unknown = this.parts.want(unknownServicePart);
      if (unknown) problems.push({ path: 'service', fatal: true, message: unknown.unknownServiceMessage(charter, this.service) });
    }
    return problems;
  }

  private chooseChannel(service: Service | undefined, channel: Channel, event?: Event): void {
    const detail: ChannelSelectDetail = { service: service?.id ?? null, channel: channel.id };
    if (!emit(this, 'cx-channel-select', detail, { cancelable: true })) event?.preventDefault();
  }

  protected override renderWidget(charter: Charter): TemplateResult {
    const serviceId = this.service ?? this.chosen;
    const service = serviceId ? charter.services.find((s) => s.id === serviceId) : undefined;
    // An unknown `service`: the fallback shows once its message is ready.
    if (this.service && !service) return this.renderLoading();
    if (this.name) {
      const choices = this.parts.want(choicesPart);
      if (!choices) return this.renderLoading();
      return choices.choicesView({
        charter,
        service,
        locale: this.locale,
        value: this.value,
        error: this.showRequired && this.required && !this.value ? msg('Select how you would like us to contact you') : undefined,
        disabled: this.formControl.disabled,
        onPick: (channel) => {
          this.value = channel.id;
          this.showRequired = false;
          this.chooseChannel(service, channel);
        },
      });
    }
    const contacts = this.parts.want(contactPart);
    if (!contacts) return this.renderLoading();
    const changes: number[] = (this.changes = []);
    const searchModule = searchPart.value;
    return html`<div class="cx-contact-options" part="contact-options">
      ${this.service ? nothing : this.search && searchModule ? searchModule.searchView(this.search, searchText()) : this.searchLoader.unavailable ? searchUnavailable(() => this.searchLoader.retry()) : searchSpace()}
      ${contacts.contactView({
        charter,
        service,
        searching: !this.service,
        locale: this.locale,
        level: this.headingLevel,
        nowMs: this.clock?.now() ?? Date.now(),
        waitFor: this.waitFor(charter),
        exampleNotice: this.exampleNotice(),
        onChoose: (chosen, channel, event) => this.chooseChannel(chosen, channel, event),
        noteChange: (ms) => changes.push(ms),
      })}
    </div>`;
  }

  /** With wait times: each channel's wait, from the wait times' part. */
  private waitFor(charter: Charter): ContactInput['waitFor'] {
    const data = this.waitTimes?.data;
    const part = waitPart.value;
    if (!data || !part) return undefined;
    const nowMs = this.clock?.now() ?? Date.now();
    return (service, channel, onChoose) => part.liveWaitView({ data, charter, service, channel, nowMs, locale: this.locale, onChoose });
  }
}
