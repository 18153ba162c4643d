import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { overdueNotice } from '../../src/element/index.js';

function shown(template: ReturnType<typeof overdueNotice>): HTMLElement {
  const box = document.createElement('div');
  render(template, box);
  return box.querySelector('[part="overdue"]')!;
}

describe('overdueNotice', () => {
  it('says sorry, when it was due, the council’s promise, then what to do, in that order', () => {
    const notice = shown(
      overdueNotice({
        title: html`<h3>This is overdue. We are sorry.</h3>`,
        when: 'We should have done this by Monday 16 March 2026.',
        promise: 'We will contact you to explain why.',
        actions: ['Contact the team.', 'Ask for a review.'],
        fallback: 'Contact us.',
        after: html`<p class="after">The Ombudsman</p>`,
        className: 'cx-warning',
      }),
    );
    const said = notice.textContent!.replace(/\s+/g, ' ');
    const order = ['We are sorry', 'should have done this', 'explain why', 'What you can do', 'Contact the team', 'The Ombudsman'].map((words) => said.indexOf(words));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).to.equal(true);
    expect(Array.from(notice.querySelectorAll('ol.cx-overdue__steps li'), (li) => li.textContent)).to.deep.equal(['Contact the team.', 'Ask for a review.']);
    expect(notice.classList.contains('cx-warning')).to.equal(true);
  });

  it('gives the kit’s own step when the charter names none', () => {
    const notice = shown(overdueNotice({ title: html`<p>Late.</p>`, actions: [], fallback: 'Contact us, quoting your reference.' }));
    expect(Array.from(notice.querySelectorAll('li'), (li) => li.textContent)).to.deep.equal(['Contact us, quoting your reference.']);
    expect(notice.querySelector('.cx-overdue__promise')).to.equal(null);
  });
});
