// Floor step 2: step 1 with the kit's CSS for the first question (tokens,
// shared, form and the form's own sheets, as the form adopts them), written
// out by run.mjs into bench/tmp/floor/our-css.js.
import { unsafeCSS } from 'lit';
import { ContentFirstQuestion } from './content-lit.js';
import { ourCss } from '../tmp/floor/our-css.js';

class StyledFirstQuestion extends ContentFirstQuestion {
  static styles = ourCss.map((text) => unsafeCSS(text));
}
customElements.define('styled-first-question', StyledFirstQuestion);

/** Puts the element inside `container` and returns it. */
export function buildForm(container) {
  const element = document.createElement('styled-first-question');
  container.append(element);
  return element;
}
