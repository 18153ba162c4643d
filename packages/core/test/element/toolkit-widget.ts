// A widget on the shared base that uses the toolkit's hooks: attribute problems, headings, the example notice.
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { CxElement, msg, type AttributeProblem } from '../../src/element/index.js';
import type { Charter } from '../../src/index.js';

export class ToolkitWidget extends CxElement {
  /** 'small' or 'large'; anything else is a problem the widget survives. */
  @property() size?: string;
  /** 'unknown' is a problem the widget cannot survive. */
  @property() service?: string;
  @property({ attribute: false }) count = 0;

  protected override attributeProblems(charter: Charter | undefined): AttributeProblem[] {
    const problems: AttributeProblem[] = [];
    if (this.size !== undefined && this.size !== 'small' && this.size !== 'large') problems.push({ path: 'size', message: `size="${this.size}" must be small or large.` });
    if (charter && this.service === 'unknown') problems.push({ path: 'service', message: 'There is no service "unknown" in the charter.', fatal: true });
    return problems;
  }

  /** Shows a charter as if it had just loaded (for flags the schema may not know yet). */
  showCharter(charter: Charter): void {
    this.charterState = { status: 'ready', charter };
  }

  protected override renderWidget() {
    return html`${this.heading(0, msg('Contact us'), { className: 'title' })}
      <section aria-labelledby="section-title">${this.heading(1, 'Phone', { id: 'section-title' })}${this.exampleNotice()}<p>01632 960000</p></section>
      <p class="count">${this.count}</p>`;
  }
}
if (!customElements.get('cx-toolkit-widget')) customElements.define('cx-toolkit-widget', ToolkitWidget);
