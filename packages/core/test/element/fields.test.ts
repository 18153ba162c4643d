// Core's field templates, rendered as a widget renders them: in a shadow root, with the kit's form styles.
import { expect } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import {
  CharacterCountController,
  charactersLeft,
  checkboxes,
  countMessage,
  dateInput,
  errorSummary,
  radios,
  textarea,
  textField,
} from '../../src/element/index.js';
import type { DateInputValue } from '../../src/index.js';

/** A shadow root holding `template`, so ARIA references resolve as they do in a widget. */
function shown(template: TemplateResult): ShadowRoot {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  render(template, root);
  return root;
}

const value: DateInputValue = { day: '27', month: '', year: '2027' };
const describedBy = (el: Element | null) => el!.getAttribute('aria-describedby')?.split(' ') ?? [];

afterEach(() => document.querySelectorAll('body > div').forEach((host) => host.shadowRoot && host.remove()));

describe('textField', () => {
  it('labels the box, describes it by its hint and error, and reports what the resident types', async () => {
    const typed: string[] = [];
    const root = shown(
      textField({ id: 'email', label: 'Email address', hint: 'We only use it to reply', error: 'Enter your email address', value: 'sam@', type: 'email', autocomplete: 'email', dir: 'ltr', onInput: (v) => typed.push(v) }),
    );
    const input = root.querySelector('input')!;
    expect(root.querySelector('label')!.htmlFor).to.equal('email');
    expect(describedBy(input)).to.deep.equal(['email-hint', 'email-error']);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.autocomplete).to.equal('email');
    expect(input.value).to.equal('sam@');
    expect(root.querySelector('.cx-form-group--error')).to.exist;
    expect(root.getElementById('email-error')!.textContent).to.contain('Enter your email address');
    input.value = 'sam@example.com';
    input.dispatchEvent(new Event('input'));
    expect(typed).to.deep.equal(['sam@example.com']);
  });

  it('names nothing that is not there', () => {
    const input = shown(textField({ id: 'name', label: 'Full name', value: '', onInput: () => {} })).querySelector('input')!;
    expect(input.hasAttribute('aria-describedby')).to.equal(false);
    expect(input.hasAttribute('aria-invalid')).to.equal(false);
  });
});

describe('textarea with GOV.UK’s character count', () => {
  it('counts what is left, and past the limit, how many too many', () => {
    expect(charactersLeft('abc', 5)).to.equal(2);
    expect(countMessage('abc', 5, 'en-GB')).to.equal('You have 2 characters remaining');
    expect(countMessage('abcd', 5, 'en-GB')).to.equal('You have 1 character remaining');
    expect(countMessage('abcdef', 5, 'en-GB')).to.equal('You have 1 character too many');
    expect(countMessage('a'.repeat(2005), 2000, 'en-GB')).to.equal('You have 5 characters too many');
  });

  it('says the limit up front, shows the count to the eye only, and marks the box when over', () => {
    const host = { addController() {}, requestUpdate() {} } as unknown as ConstructorParameters<typeof CharacterCountController>[0];
    const counter = new CharacterCountController(host);
    const root = shown(textarea({ id: 'details', label: 'What happened?', value: 'a'.repeat(12), onInput: () => {}, count: { limit: 10, counter, locale: 'en-GB' } }));
    const box = root.querySelector('textarea')!;
    expect(describedBy(box)).to.deep.equal(['details-info']);
    expect(root.getElementById('details-info')!.textContent).to.contain('You can enter up to 10 characters');
    expect(root.querySelector('.cx-character-count')!.getAttribute('aria-hidden')).to.equal('true');
    expect(root.querySelector('.cx-character-count')!.textContent).to.equal('You have 2 characters too many');
    expect(box.classList.contains('cx-textarea--error')).to.equal(true);
    expect(root.querySelector('[role="status"][data-count-status="details"]')).to.exist;
  });

  it('wraps the label in the step’s heading when asked', () => {
    const root = shown(textarea({ id: 'details', label: 'What happened?', value: '', onInput: () => {}, heading: (label) => html`<h2>${label}</h2>` }));
    expect(root.querySelector('h2 > label[for="details"]')).to.exist;
  });
});

describe('radios', () => {
  it('asks in a fieldset with its legend, links errors to the first radio and reports the choice', () => {
    const chosen: string[] = [];
    const root = shown(
      radios({
        name: 'preference',
        legend: 'How should we contact you?',
        error: 'Select how we should contact you',
        items: [
          { value: 'email', label: 'Email', hint: 'We reply within 2 days', reveal: html`<p class="revealed">Email box</p>` },
          { value: 'post', label: 'Post' },
        ],
        value: 'email',
        onChange: (v) => chosen.push(v),
      }),
    );
    const fieldset = root.querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent).to.equal('How should we contact you?');
    expect(describedBy(fieldset)).to.deep.equal(['preference-error']);
    const [first, second] = root.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    expect(first!.id, 'the error summary links here').to.equal('preference');
    expect(second!.id).to.equal('preference-post');
    expect(describedBy(first!)).to.deep.equal(['preference-hint']);
    expect(root.querySelector('.revealed'), 'the chosen radio’s reveal').to.exist;
    second!.click();
    expect(chosen).to.deep.equal(['post']);
  });
});

describe('checkboxes', () => {
  it('makes a lone checkbox, described by its error', () => {
    const changes: [string, boolean][] = [];
    const root = shown(checkboxes({ name: 'consent', error: 'Agree to continue', items: [{ value: 'yes', label: 'I agree', checked: false }], onChange: (v, c) => changes.push([v, c]) }));
    expect(root.querySelector('fieldset')).to.equal(null);
    const box = root.querySelector<HTMLInputElement>('#consent')!;
    expect(describedBy(box)).to.deep.equal(['consent-error']);
    box.click();
    expect(changes).to.deep.equal([['yes', true]]);
  });

  it('groups several under a legend', () => {
    const root = shown(
      checkboxes({
        name: 'days',
        legend: 'Which days?',
        hint: 'Select all that apply',
        items: [
          { value: 'mon', label: 'Monday', checked: true },
          { value: 'tue', label: 'Tuesday', checked: false },
        ],
        onChange: () => {},
      }),
    );
    expect(describedBy(root.querySelector('fieldset'))).to.deep.equal(['days-hint']);
    expect([...root.querySelectorAll<HTMLInputElement>('input')].map((b) => [b.id, b.checked])).to.deep.equal([
      ['days', true],
      ['days-tue', false],
    ]);
  });
});

describe('dateInput', () => {

  it('asks in a group with its legend and hint, three numeric boxes with their labels', () => {
    const root = shown(dateInput({ id: 'received', legend: 'When did we receive it?', hint: 'For example, 27 3 2027', value }));
    const fieldset = root.querySelector('fieldset')!;
    expect(fieldset.getAttribute('role')).to.equal('group');
    expect(describedBy(fieldset)).to.deep.equal(['received-hint']);
    const boxes = [...root.querySelectorAll<HTMLInputElement>('input')];
    expect(boxes.map((b) => [b.id, b.name, b.inputMode, b.value])).to.deep.equal([
      ['received-day', 'day', 'numeric', '27'],
      ['received-month', 'month', 'numeric', ''],
      ['received-year', 'year', 'numeric', '2027'],
    ]);
    expect(boxes.map((b) => root.querySelector(`label[for="${b.id}"]`)!.textContent)).to.deep.equal(['Day', 'Month', 'Year']);
    expect(boxes.every((b) => b.getAttribute('aria-invalid') === 'false')).to.equal(true);
  });

  it('marks only the boxes at fault, and says why', () => {
    const root = shown(dateInput({ id: 'received', legend: 'When?', value, error: 'Date must include a month', errorParts: ['month'] }));
    expect(describedBy(root.querySelector('fieldset'))).to.deep.equal(['received-error']);
    expect([...root.querySelectorAll('input')].map((b) => b.getAttribute('aria-invalid'))).to.deep.equal(['false', 'true', 'false']);
    expect(root.querySelector('.cx-form-group--error')).to.exist;
  });

  it('marks all three when the error names no box, and fills a date of birth', () => {
    const root = shown(dateInput({ id: 'dob', legend: 'Date of birth', value, error: 'Enter a real date', namePrefix: 'dob', autocomplete: 'bday' }));
    const boxes = [...root.querySelectorAll<HTMLInputElement>('input')];
    expect(boxes.map((b) => b.getAttribute('aria-invalid'))).to.deep.equal(['true', 'true', 'true']);
    expect(boxes.map((b) => [b.name, b.getAttribute('autocomplete')])).to.deep.equal([
      ['dob-day', 'bday-day'],
      ['dob-month', 'bday-month'],
      ['dob-year', 'bday-year'],
    ]);
  });

  it('reports all three boxes when one changes', () => {
    const seen: DateInputValue[] = [];
    const root = shown(dateInput({ id: 'd', legend: 'When?', value, onInput: (v) => seen.push(v) }));
    const month = root.querySelector<HTMLInputElement>('#d-month')!;
    month.value = '3';
    month.dispatchEvent(new Event('input'));
    expect(seen).to.deep.equal([{ day: '27', month: '3', year: '2027' }]);
  });
});

describe('errorSummary', () => {
  it('links each problem to its field, which the link focuses', () => {
    const root = shown(html``);
    render(html`${errorSummary([{ field: 'd-month', message: 'Date must include a month' }], root)} ${dateInput({ id: 'd', legend: 'When?', value })}`, root);
    root.querySelector<HTMLAnchorElement>('.cx-error-summary a')!.click();
    expect(root.activeElement?.id).to.equal('d-month');
  });
});
