// The embed builder as a web editor uses it, by keyboard only: every address
// in the snippet absolute, the partner's site and what the council must
// allow, example contact details refused until confirmed, and no axe findings.
// Needs the built dist/ (the preview loads the widgets' files as a page would).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defaultCharter } from '@cx-kit/core';
import '../../demo/src/builder/cx-embed-builder.js';

type Builder = HTMLElement & { snippet: string; updateComplete: Promise<boolean> };

const inside = (builder: Builder, selector: string) => builder.shadowRoot!.querySelector<HTMLElement>(selector);
const focusedId = (builder: Builder) => (builder.shadowRoot!.activeElement as HTMLElement | null)?.id ?? '';
const snippetShown = (builder: Builder) => inside(builder, '[data-testid=snippet]')?.textContent ?? '';

/** Tabs forward (or, with `back`, Shift+Tabs back) until `#id` (or what `target` matches) has focus. */
async function tabTo(builder: Builder, id: string, { back = false, limit = 60, target = (el: Element | null) => el?.id === id } = {}) {
  const reached = () => target(builder.shadowRoot!.activeElement);
  if (reached()) return;
  const seen: string[] = [];
  if (back) await sendKeys({ down: 'Shift' });
  try {
    for (let i = 0; i < limit; i += 1) {
      await sendKeys({ press: 'Tab' });
      seen.push(focusedId(builder) || document.activeElement?.localName || 'none');
      if (reached()) return;
    }
  } finally {
    if (back) await sendKeys({ up: 'Shift' });
  }
  throw new Error(`${back ? 'Shift+Tab' : 'Tab'} never reached #${id} (went: ${seen.join(' ')})`);
}

async function typeInto(builder: Builder, id: string, text: string, { back = false } = {}) {
  await tabTo(builder, id, { back });
  (inside(builder, `#${id}`) as HTMLInputElement).select();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' }); // leaving the field is when it counts ("change")
}

describe('the embed builder', () => {
  let builder: Builder;

  beforeEach(async () => {
    builder = await fixture<Builder>(html`<cx-embed-builder></cx-embed-builder>`);
    await waitUntil(() => builder.snippet.includes('integrity="sha384-'), 'no snippet with an integrity hash');
  });

  it('has no axe findings', async () => {
    await expect(builder).to.be.accessible();
  });

  it('names each widget on its line, with what it does underneath (not squeezed beside it)', async () => {
    const widgets = [...builder.shadowRoot!.querySelectorAll('.cx-radios .cx-choice')].filter((choice) => choice.querySelector('input[name="widget"]'));
    expect(widgets).to.have.length(4);
    for (const choice of widgets) {
      const label = choice.querySelector('label')!.getBoundingClientRect();
      const hint = choice.querySelector('.cx-hint')!.getBoundingClientRect();
      expect(hint.top, `${choice.textContent!.trim().slice(0, 20)}: the hint is under the name`).to.be.at.least(label.bottom - 1);
      expect(label.height, 'the name on one line').to.be.below(40);
    }
  });

  it('by keyboard: a feedback form snippet whose every address is on the council’s server, and what the council must allow', async () => {
    // Where a keyboard user starts: the first field of the builder (as after the page's skip link).
    inside(builder, '#council')!.focus();
    await typeInto(builder, 'council', 'https://www.council.gov.uk');
    await typeInto(builder, 'partner', 'www.riverside.org.uk');
    await tabTo(builder, 'w-cx-contact-options');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => snippetShown(builder).includes('<cx-feedback-form') && snippetShown(builder).includes('integrity='), 'the feedback form was not chosen by keyboard');
    await waitUntil(() => snippetShown(builder).includes('https://www.council.gov.uk/api/feedback'), 'the council’s address did not reach the snippet');
    const snippet = snippetShown(builder);
    expect(snippet).to.match(/^<script type="module" src="https:\/\/www\.council\.gov\.uk\/dist\/standalone\/cx-feedback-form\.js" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>/);
    expect(snippet).to.contain('<cx-feedback-form endpoint="https://www.council.gov.uk/api/feedback">');
    expect(snippet).to.contain('<form method="post" action="https://www.council.gov.uk/api/feedback">');
    expect(snippet).not.to.match(/(src|href|action|endpoint|api)="\//);
    const advice = inside(builder, '#partner-advice')!.textContent!.replace(/\s+/g, ' ');
    expect(advice).to.contain('Please allow https://www.riverside.org.uk to use our cx-kit services');
    expect(advice).to.contain('CORS_ORIGINS');

    await tabTo(builder, 'attr-endpoint');
    await tabTo(builder, 'theme-preset-none');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => inside(builder, '[data-testid=theme-link]'), 'choosing a theme by keyboard gave no link');
    expect(inside(builder, '[data-testid=theme-link]')!.textContent).to.equal('<link rel="stylesheet" href="https://www.council.gov.uk/dist/themes/council.css">\n');

    await typeInto(builder, 'theme-cx-color-button', '#ffdd00');
    await waitUntil(() => inside(builder, '[data-testid=theme-style]'), 'a typed colour gave no style block');
    expect(inside(builder, '[data-testid=theme-style]')!.textContent).to.contain('--cx-color-button: #ffdd00;');
    expect(inside(builder, '#theme-cx-color-button-ratio')!.textContent).to.match(/too low, needs 4.5 to 1/);

    // An accessible colour again (back up one field), so the last check is of the builder, not of the editor's choice.
    await typeInto(builder, 'theme-cx-color-button', '#005a7a', { back: true });
    const status = inside(builder, '[role=status].pass')!;
    await tabTo(builder, 'the Copy snippet button', { target: (el) => el?.localName === 'button' && el.textContent === 'Copy snippet' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status.textContent!.trim() !== '', 'Copy announced nothing');
    await expect(builder).to.be.accessible();
  });

  it('asks for a date with the GOV.UK date input and refuses one that does not exist', async () => {
    inside(builder, '#w-cx-contact-options')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => inside(builder, '#attr-received-day'), 'choosing the timescales widget showed no date input');
    await typeInto(builder, 'attr-received-day', '27');
    await typeInto(builder, 'attr-received-month', '3');
    await typeInto(builder, 'attr-received-year', '2027');
    await waitUntil(() => snippetShown(builder).includes('received="2027-03-27"'), 'the date did not reach the snippet');
    expect(snippetShown(builder)).to.contain('counted from Saturday 27 March 2027');
    // Back to the day box, as a keyboard user would: Shift+Tab.
    await typeInto(builder, 'attr-received-day', '31', { back: true });
    await typeInto(builder, 'attr-received-month', '2');
    expect(inside(builder, '#attr-received-error')!.textContent).to.contain('Enter a real date');
    await expect(builder).to.be.accessible();
  });

  it('writes no contact options snippet on the built-in charter’s example contact details until the editor confirms, and points to the charter', async () => {
    expect(defaultCharter.exampleContacts, 'the built-in charter’s contact details are examples').to.equal(true);
    expect(inside(builder, '[data-testid=snippet]')).to.equal(null);
    expect(inside(builder, '[data-testid=snippet-blocked]')).to.not.equal(null);
    const link = inside(builder, '#examples-warning a')!;
    await tabTo(builder, 'the link to the charter in the warning', { target: (el) => el === link });
    await sendKeys({ press: 'Enter' });
    expect(focusedId(builder)).to.equal('charter-json');
    // The box is above the charter: go back up.
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 80 && focusedId(builder) !== 'confirm-examples'; i += 1) await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focusedId(builder)).to.equal('confirm-examples');
    await sendKeys({ type: ' ' });
    await waitUntil(() => snippetShown(builder).includes('<cx-contact-options'), 'confirming gave no snippet');
    await expect(builder).to.be.accessible();
  });
});
