/**
 * What surrounds every step: the preview warning, the notice that answers
 * were kept from earlier, and the "Remember my answers" box. In the first
 * download, with the first question.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@cx-kit/core/element';
import type { JourneyController } from '../journey-controller.js';

/** Without an endpoint the form sends nothing, and says so above every step. */
export function previewWarning(): TemplateResult {
  return html`<p class="cx-warning">
    <strong>${msg('This is a preview.')}</strong>
    ${msg('This form is not connected to the council yet, so nothing you enter will be sent.')}
  </p>`;
}

/** After a reload: the answers are back, with a way to start again. */
export function restoredNotice(onStartAgain: () => void): TemplateResult {
  return html`<div class="cx-notice">
    <p>${msg('We have kept the answers you gave earlier, so you can carry on where you left off.')}</p>
    <p><button type="button" class="cx-link-button" @click=${onStartAgain}>${msg('Start again')}</button></p>
  </div>`;
}

/** The resident's say-so for keeping the draft in this browser beyond the page's session. */
export function rememberBox(journey: JourneyController): TemplateResult {
  return html`<div class="cx-form-group cx-remember">
    <div class="cx-choice">
      <input
        type="checkbox"
        id="remember"
        .checked=${journey.remember}
        aria-describedby="remember-hint"
        @change=${(e: Event) => journey.setRemember((e.target as HTMLInputElement).checked)}
      />
      <label for="remember">${msg('Remember my answers on this device')}</label>
    </div>
    <p class="cx-hint cx-small" id="remember-hint">
      ${msg('We keep what you have typed in this browser until you send it or choose ‘Start again’, even if you close it. Do not tick this on a shared or public computer.')}
    </p>
  </div>`;
}
