import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@cx-kit/core/element';
import {
  boundedEditDistance,
  buildServiceIndex,
  calendarFor,
  localText,
  londonMoment,
  openingState,
  searchServices,
  type Channel,
  type Charter,
  type Service,
} from '@cx-kit/core';
import {
  CxElement,
  FormControlController,
  ServiceSearchController,
  emit,
  fieldError,
  formStyles,
  headingTemplate,
  localized,
  localizedList,
  renderServiceCombobox,
  serviceComboboxStyles,
  textIn,
  type CharterProblem,
} from '@cx-kit/core/element';
import { withText } from './with-text.js';
import { emergencyChannels, isEmergency, officeChannels, serviceChannels } from './channel-order.js';
import { channelView, emergencyView, type ChannelContext } from './channel-view.js';
import { alternativesTo, promisedMinutes } from './long-wait.js';
import { ClockController } from './clock-controller.js';
import { styles } from './cx-contact-options.styles.js';
import { summariseHours } from './hours-summary.js';
import { openingPhrase } from './opening-words.js';
import { WaitTimesController } from './wait-times-controller.js';

/** The detail of `cx-channel-select`. */
export interface ChannelSelectDetail {
  /** The service id, or null when the widget shows no particular service. */
  service: string | null;
  /** The channel id the resident chose. */
  channel: string;
}

/** Channel kinds a resident can ask to be contacted by (form mode). */
const CONTACT_KINDS: readonly Channel['kind'][] = ['online', 'webchat', 'phone', 'email', 'letter'];

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
 * @csspart search - The service search; also `search-input`, `search-results`, `search-option`, `search-empty`.
 * @csspart choices - The radios of the form control (with `name`).
 * @csspart problems - The editor's error panel (debug mode only).
 *
 * @cssprop --cx-color-success - The edge of "Open now".
 * @cssprop --cx-color-warning - The edge of "Closing soon".
 * @cssprop --cx-color-error - The border of the emergency line when the offices are closed.
 * @cssprop --cx-color-brand - The highlighted search option.
 *
 * @fires cx-channel-select - The resident chose a channel (followed its link, or picked it in the form control). `detail` is {@link ChannelSelectDetail}. Cancelable: `preventDefault()` stops the link being followed.
 * @fires cx-error - Something went wrong: the charter, an attribute (`attribute-invalid`, unknown service), or the wait times (`network`, `timeout`, `bad-response`); `detail` is `{ code, message, problems? }`.
 */
export class CxContactOptions extends CxElement {
  static override styles = [...CxElement.styles, formStyles, serviceComboboxStyles, styles];

  /** Makes the element a form control (ElementInternals) when it has a `name`. */
  static formAssociated = true;

  /** The id of a service in the charter (`waste-collection`). Without it, residents search for one. */
  @property({ reflect: true }) service?: string;

  /** An ISO 8601 instant (`2026-12-25T10:00:00Z`) to use instead of the real clock, for demos and tests. */
  @property({ reflect: true }) now?: string;

  /** A JSON endpoint with live wait times (the `WaitTimes` contract), polled every minute while the page is visible. */
  @property({ attribute: 'wait-time-src', reflect: true }) waitTimeSrc?: string;

  /** With a name, the element is a form control: its value (the chosen channel id) is submitted under this name. */
  @property({ reflect: true }) name?: string;

  /** With `name`: the resident must choose a contact method before the form submits. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** The widget's top heading (the base's `heading-level`): the service's name, or the emergency line. Channels are one level below. */
  private get level(): number {
    return this.headingLevel;
  }

  /** With `name`: the chosen channel id. The `value` attribute is the default that a form reset returns to. */
  @property() value = '';

  /** A service chosen in the search. */
  @state() private chosen?: string;

  /** Show the "select how we should contact you" message (after a failed submit). */
  @state() private showRequired = false;

  private readonly clock = new ClockController(this);

  private readonly waitTimes = new WaitTimesController(this, { onError: (detail) => this.reportError(detail) });

  private readonly search = new ServiceSearchController<Service>(this, {
    nameOf: (service) => localText(service.name, this.locale),
    onSelect: (service) => {
      this.chosen = service.id;
    },
  });

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

  private lastProblems = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('waitTimeSrc')) this.waitTimes.setSource(this.waitTimeSrc || undefined);
    const charter = this.resolvedCharter;
    if (charter) this.search.setServices(charter.services);
    if (changed.has('service')) this.chosen = undefined;
    this.checkAttributes(charter);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Build the search index while the browser is idle, so the first keystroke is as quick as the rest.
    if (!this.service && !this.name && this.resolvedCharter && !this.search.prepared && !this.idleScheduled) {
      this.idleScheduled = true;
      const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
      idle(() => {
        this.idleScheduled = false;
        if (this.isConnected && !this.service) this.search.prepare();
      });
    }
  }

  private idleScheduled = false;

  /** Reports bad attributes once each time they change, and clears them when they are fixed. */
  private checkAttributes(charter: Charter | undefined): void {
    const problems: CharterProblem[] = [];
    let fixed: number | undefined;
    if (this.now) {
      const ms = Date.parse(this.now);
      if (Number.isFinite(ms) && /^\d{4}-\d{2}-\d{2}T/.test(this.now)) fixed = ms;
      else problems.push({ path: 'now', message: `now="${this.now}" is not an ISO 8601 instant: write it as "2026-12-24T16:45:00Z".` });
    }
    if (fixed !== this.clock.fixed) this.clock.fix(fixed);
    if (charter && this.service && !charter.services.some((s) => s.id === this.service)) {
      problems.push({ path: 'service', message: unknownServiceMessage(charter, this.service) });
    }
    const key = problems.map((p) => p.message).join('\n');
    if (key === this.lastProblems) return;
    this.lastProblems = key;
    if (problems.length) this.fail(problems);
    else this.widgetProblems = [];
  }

  private chooseChannel(service: Service | undefined, channel: Channel, event?: Event): void {
    const detail: ChannelSelectDetail = { service: service?.id ?? null, channel: channel.id };
    if (!emit(this, 'cx-channel-select', detail, { cancelable: true })) event?.preventDefault();
  }

  private context(charter: Charter, service: Service | undefined, channel: Channel, nowMs: number, today: string): ChannelContext {
    const calendar = calendarFor(charter, 'council');
    const staffed = channel.hours !== undefined || channel.kind === 'online' || channel.kind === 'webchat';
    const state = staffed ? openingState(channel.hours, nowMs, calendar) : undefined;
    const ctx: ChannelContext = {
      charter,
      service,
      locale: this.locale,
      phrase: state ? openingPhrase(state, nowMs, today) : undefined,
      hours: summariseHours(channel.hours),
      level: this.level,
      onChoose: (chosen, event) => this.chooseChannel(service, chosen, event),
    };
    const wait = this.waitTimes.data?.channels.find((c) => c.channel === channel.id);
    const fresh = this.waitTimes.data && Math.abs(nowMs - Date.parse(this.waitTimes.data.updatedAt)) <= 15 * 60_000;
    if (wait && fresh && (!state || state.open)) {
      ctx.wait = { minutes: wait.minutes, queuePosition: wait.queuePosition, promisedMinutes: promisedMinutes(charter, channel), alternatives: alternativesTo(charter, service, channel) };
    }
    return ctx;
  }

  protected override renderWidget(charter: Charter): TemplateResult {
    const serviceId = this.service ?? this.chosen;
    const service = serviceId ? charter.services.find((s) => s.id === serviceId) : undefined;
    if (this.name) return this.renderChoices(charter, service);
    return html`<div class="cx-contact-options" part="contact-options">
      ${this.service
        ? nothing
        : renderServiceCombobox(this.search, 'cx-search', {
            label: msg('Find the service you need'),
            hint: msg('For example, bins, potholes or council tax'),
          })}
      ${this.renderService(charter, service)} ${this.renderOtherFormats(charter)}
    </div>`;
  }

  /** The channels of a service; with none chosen yet, just the emergency line while the offices are closed. */
  private renderService(charter: Charter, service: Service | undefined): TemplateResult {
    const nowMs = this.clock.now();
    const today = londonMoment(nowMs).date;
    const calendar = calendarFor(charter, 'council');
    const channels = service ? serviceChannels(charter, service) : [];
    const emergency = emergencyChannels(charter, service);
    const offices = officeChannels(charter, channels);
    const officesOpen = offices.length === 0 || offices.some((c) => openingState(c.hours, nowMs, calendar).open);
    const ctx = (channel: Channel) => this.context(charter, service, channel, nowMs, today);
    const listed = officesOpen ? [...channels, ...emergency] : channels;
    const chosenNote = !this.service && service ? withText((name) => msg(str`Showing how to contact us about ${name}`), localized(service.name, this.locale)) : '';
    const showsContacts = service !== undefined || (!officesOpen && emergency.length > 0);
    // The example numbers are called out where they show (after the emergency line, which stands first).
    return html`${officesOpen ? nothing : emergency.map((channel) => emergencyView(channel, ctx(channel)))}
      ${showsContacts ? this.exampleNotice() : nothing}
      ${service
        ? html`<div class="cx-service">
            ${headingTemplate(this.level, localized(service.name, this.locale), { id: 'cx-service-title' })}
            ${service.summary ? html`<p>${localized(service.summary, this.locale)}</p>` : nothing}
            <ul class="cx-channels">
              ${listed.map((channel) => channelView(channel, ctx(channel), `cx-channel-${channel.id}`))}
            </ul>
          </div>`
        : nothing}
      ${this.service ? nothing : html`<p class="cx-visually-hidden" role="status">${chosenNote}</p>`}`;
  }

  private renderOtherFormats(charter: Charter): TemplateResult | typeof nothing {
    const other = charter.otherFormats;
    if (!other) return nothing;
    const formats = other.formats.map((f) => textIn(f, this.locale));
    return html`<p class="cx-other-formats" part="other-formats">
      <a href=${other.url}>${localized(other.text, this.locale)}</a>
      ${formats.length ? html`<span class="cx-secondary cx-small">${localizedList(formats, this.locale)}</span>` : nothing}
    </p>`;
  }

  /** Form mode: "How would you like us to contact you?" as GOV.UK radios. */
  private renderChoices(charter: Charter, service: Service | undefined): TemplateResult {
    const channels = (service ? serviceChannels(charter, service) : charter.channels).filter((c) => !isEmergency(c) && CONTACT_KINDS.includes(c.kind));
    const error = this.showRequired && this.required && !this.value ? msg('Select how you would like us to contact you') : undefined;
    const disabled = this.formControl.disabled;
    const pick = (channel: Channel) => {
      this.value = channel.id;
      this.showRequired = false;
      this.chooseChannel(service, channel);
    };
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
                .checked=${live(this.value === channel.id)}
                ?disabled=${disabled}
                @change=${() => pick(channel)}
              />
              <label for="cx-choice-${channel.id}">${localized(channel.label, this.locale)}</label>
            </div>`,
          )}
        </div>
      </fieldset>
    </div>`;
  }
}

/** `service="wast-collection" is not a service in the charter. Did you mean "waste-collection"?` */
function unknownServiceMessage(charter: Charter, id: string): string {
  const start = `service="${id}" is not a service in the charter.`;
  if (!charter.services.length) return `${start} The charter has no services.`;
  // Typos of the id first, then services whose names or keywords match its words.
  const max = Math.max(2, Math.floor(id.length / 4));
  const typos = charter.services
    .map((s) => ({ id: s.id, distance: boundedEditDistance(id.toLowerCase(), s.id, max) }))
    .filter((s) => s.distance <= max)
    .sort((a, b) => a.distance - b.distance)
    .map((s) => s.id);
  const words = searchServices(buildServiceIndex(charter.services), id.replace(/[-_]+/g, ' '), 3).map((m) => m.service.id);
  const close = [...new Set([...typos, ...words])].slice(0, 3).map((s) => `"${s}"`);
  if (close.length) return `${start} Did you mean ${close.join(' or ')}?`;
  return `${start} Use the id of one of its services, such as ${charter.services.slice(0, 5).map((s) => `"${s.id}"`).join(', ')}.`;
}
