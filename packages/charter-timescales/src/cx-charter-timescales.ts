import { html } from 'lit';
import { CxElement } from '@cx-kit/core/element';
import { localText, type Charter } from '@cx-kit/core';

/**
 * @summary The charter's promises as real dates, with what counts as a working day.
 *
 * @slot - Fallback content for residents when the widget cannot run.
 * @fires cx-error - Something went wrong; `detail` is `{ code, message, problems? }`.
 */
export class CxCharterTimescales extends CxElement {
  protected override renderWidget(charter: Charter) {
    return html`<p>${localText(charter.organisation.name, this.locale)}</p>`;
  }
}
