// Every story of every widget, rendered as the catalogue renders it (loaders,
// render, play) and checked with axe: each state a user can meet is accessible.
import { expect, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as contactOptions from '../stories/cx-contact-options.stories.js';
import * as requestTracker from '../stories/cx-request-tracker.stories.js';
import * as feedbackForm from '../stories/cx-feedback-form.stories.js';
import * as charterTimescales from '../stories/cx-charter-timescales.stories.js';

type Context = { canvasElement: HTMLElement; args: Record<string, unknown> };
interface StoryLike {
  render?: (args: Record<string, unknown>, context: Context) => TemplateResult;
  play?: (context: Context) => unknown;
  loaders?: ((context: Context) => unknown)[];
  args?: Record<string, unknown>;
}

const modules = { contactOptions, requestTracker, feedbackForm, charterTimescales };

const widgetsIn = (canvas: HTMLElement) => [...canvas.querySelectorAll('*')].filter((el) => el.localName.includes('-') && customElements.get(el.localName)) as HTMLElement[];

/** Shows something: its own text, or the editor's fallback through a slot. */
function showsSomething(el: HTMLElement): boolean {
  const root = el.shadowRoot;
  if (!root) return false;
  if (root.textContent!.trim() !== '') return true;
  return [...root.querySelectorAll('slot')].some((slot) => slot.assignedNodes({ flatten: true }).some((n) => n.textContent!.trim() !== ''));
}

const rendered = (canvas: HTMLElement) => widgetsIn(canvas).every(showsSomething);
const idle = (canvas: HTMLElement) => widgetsIn(canvas).every((el) => !el.shadowRoot!.querySelector('[aria-busy="true"]'));

for (const [name, module] of Object.entries(modules)) {
  const { default: meta, ...stories } = module as unknown as { default: StoryLike & { title: string } } & Record<string, StoryLike>;
  describe(`stories: ${meta.title}`, () => {
    for (const [storyName, story] of Object.entries(stories)) {
      if (typeof story !== 'object' || story === null) continue;
      it(`${storyName} renders and is accessible`, async () => {
        const canvasElement = document.createElement('div');
        document.body.append(canvasElement);
        const args = { ...meta.args, ...story.args };
        const context = { canvasElement, args };
        try {
          for (const loader of [...(meta.loaders ?? []), ...(story.loaders ?? [])]) await loader(context);
          const renderStory = story.render ?? meta.render;
          expect(renderStory, `${name}.${storyName} has a render function`).to.be.a('function');
          render(renderStory!(args, context), canvasElement);
          await (story.play ?? meta.play)?.(context);
          await waitUntil(() => rendered(canvasElement), `${storyName} showed nothing`, { timeout: 8000 });
          // Most states finish loading; the loading story is meant to stay busy, and is checked as it is.
          await waitUntil(() => idle(canvasElement), '', { timeout: 3000 }).catch(() => undefined);
          expect(canvasElement.textContent!.trim() + [...canvasElement.querySelectorAll('*')].map((el) => el.shadowRoot?.textContent ?? '').join('')).to.not.equal('');
          await expect(canvasElement).to.be.accessible();
        } finally {
          render(null, canvasElement);
          canvasElement.remove();
        }
      });
    }
  });
}
