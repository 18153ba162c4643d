import { html } from 'lit';
import { CxElement } from '@cx-kit/core/element';
import { localText, type Charter } from '@cx-kit/core';

/**
 * @summary Suggestions, compliments and complaints, one question at a time, with nothing ever lost.
 *
 * @slot - Fallback content for residents when the widget cannot run.
 * @fires cx-error - Something went wrong; `detail` is `{ code, message, problems? }`.
 */
export class CxFeedbackForm extends CxElement {
  protected override renderWidget(charter: Charter) {
    return html`<p>${localText(charter.organisation.name, this.locale)}</p>`;
  }
}
