import { expect } from '@open-wc/testing';
import { DoubleClickGuard } from '../src/double-click-guard.js';

/** A click on `button` as the browser dispatches it (`detail` counts the clicks of a double click), through the guard; true when it went through. */
function click(guard: DoubleClickGuard, button: HTMLButtonElement, detail = 1): boolean {
  button.addEventListener('click', guard.onClick, { once: true });
  const event = new MouseEvent('click', { detail, cancelable: true });
  button.dispatchEvent(event);
  return !event.defaultPrevented;
}

describe('DoubleClickGuard', () => {
  const continueButton = document.createElement('button');
  const sendButton = document.createElement('button');

  it('lets a first click through and stops a second on the same button within a second', () => {
    const guard = new DoubleClickGuard();
    expect(click(guard, continueButton)).to.equal(true);
    expect(click(guard, continueButton)).to.equal(false);
  });

  it('stops the second click of a double click, whichever button it lands on', () => {
    const guard = new DoubleClickGuard();
    expect(click(guard, continueButton)).to.equal(true);
    expect(click(guard, sendButton, 2)).to.equal(false);
  });

  it('lets a click on another button through', () => {
    const guard = new DoubleClickGuard();
    expect(click(guard, continueButton)).to.equal(true);
    expect(click(guard, sendButton)).to.equal(true);
  });

  it('lets the second click through once the resident has answered something in between', () => {
    const guard = new DoubleClickGuard();
    expect(click(guard, continueButton)).to.equal(true);
    guard.forget();
    expect(click(guard, continueButton)).to.equal(true);
  });
});
