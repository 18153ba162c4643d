import { html } from 'lit';
import { CxElement } from '@cx-kit/core/element';
import { localText, type Charter } from '@cx-kit/core';

/**
 * @summary The ways to reach a council service, whether each is open now, and what the council promises on each.
 *
 * @slot - Fallback content for residents when the widget cannot run.
 * @fires cx-error - Something went wrong; `detail` is `{ code, message, problems? }`.
 */
export class CxContactOptions extends CxElement {
  protected override renderWidget(charter: Charter) {
    return html`<p>${localText(charter.organisation.name, this.locale)}</p>`;
  }
}
