// Hostile host pages: each widget is rendered in a box of fixed width at the
// page's top left and screenshotted on this clean page; then a CMS theme's
// worst global CSS (hostile-css.ts: resets on `*`, buttons and inputs
// unset, serif fonts, line-height 2, letter spacing, justified text,
// `[hidden] { display: block }` …) is added to the whole page, truly global,
// and the same widget, untouched, is screenshotted again. The two PNGs are
// decoded and compared in the browser: same size, and fewer than 0.5% of
// pixels differing by more than a little (anti-aliasing), or the test fails
// saying how many and where.
//
// Screenshots come from the `cx-pixels` command (test/reliability/pixels-plugin.js);
// until that plugin is in web-test-runner.config.js, from the i18n tests'
// `cx-screenshot` command, which saves the PNG where this page can fetch it.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { HOSTILE_CSS } from './hostile-css.js';
import { freshId, mount, saveFeedbackDraft, settle, unmountAll } from './helpers.js';

/** Pixels that may differ (anti-aliasing of the same text can move a little between paints). */
const TOLERANCE = 0.005;
/** A channel difference that counts as a different pixel. */
const THRESHOLD = 48;

const BOX_ID = 'cx-hostile-box';

interface Case {
  tag: string;
  attributes: Record<string, string>;
  before?: () => void;
}

const feedbackAt = (step: string): Case => {
  const id = freshId('hostile');
  return { tag: 'cx-feedback-form', attributes: { id, endpoint: '/hostile/feedback' }, before: () => saveFeedbackDraft(id, { preference: 'post', address: '1 Example Road' }, step) };
};

const CASES: Record<string, Case> = {
  'contact options, offices open': { tag: 'cx-contact-options', attributes: { service: 'waste-collection', now: '2026-06-01T09:00:00Z' } },
  'contact options, offices closed': { tag: 'cx-contact-options', attributes: { service: 'licensing', now: '2026-06-01T22:00:00Z' } },
  'contact options, search': { tag: 'cx-contact-options', attributes: { now: '2026-06-01T09:00:00Z' } },
  'contact options, form control': { tag: 'cx-contact-options', attributes: { name: 'contact', service: 'waste-collection', value: 'phone' } },
  'request tracker, form': { tag: 'cx-request-tracker', attributes: { api: '/hostile' } },
  'feedback form, first question': feedbackAt('type'),
  'feedback form, about you': feedbackAt('about'),
  'feedback form, check your answers': feedbackAt('check'),
  'charter timescales, calendar': { tag: 'cx-charter-timescales', attributes: { timescale: 'foi', received: '2026-12-18', now: '2026-12-18' } },
  'charter timescales, overdue': { tag: 'cx-charter-timescales', attributes: { timescale: 'complaint-stage-1', received: '2026-12-01', now: '2027-02-01' } },
  'charter timescales, table': { tag: 'cx-charter-timescales', attributes: { received: '2026-12-18', now: '2026-12-18' } },
};

let shots = 0;

/** A PNG of the element matching `selector`. */
async function screenshot(selector: string): Promise<Blob> {
  try {
    const base64 = await executeServerCommand<string, { selector: string }>('cx-pixels', { selector });
    return new Blob([Uint8Array.from(atob(base64!), (c) => c.charCodeAt(0))], { type: 'image/png' });
  } catch (error) {
    if (!String(error).includes('Unknown command cx-pixels')) throw error;
    const path = await executeServerCommand<string, { name: string; selector: string }>('cx-screenshot', { name: `reliability-hostile-${++shots}`, selector });
    const response = await fetch(`/${path}`, { cache: 'no-store' });
    return response.blob();
  }
}

async function pixels(png: Blob): Promise<ImageData> {
  const bitmap = await createImageBitmap(png);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

/** How two renderings differ: undefined when they are the same within the tolerance. */
function difference(clean: ImageData, hostile: ImageData): string | undefined {
  if (clean.width !== hostile.width || clean.height !== hostile.height) {
    return `the size changed from ${clean.width}×${clean.height} to ${hostile.width}×${hostile.height}`;
  }
  let differing = 0;
  let first: [number, number] | undefined;
  for (let i = 0; i < clean.data.length; i += 4) {
    const far = [0, 1, 2, 3].some((c) => Math.abs(clean.data[i + c] - hostile.data[i + c]) > THRESHOLD);
    if (far) {
      differing++;
      first ??= [(i / 4) % clean.width, Math.floor(i / 4 / clean.width)];
    }
  }
  const share = differing / (clean.width * clean.height);
  if (share < TOLERANCE) return undefined;
  return `${(share * 100).toFixed(2)}% of pixels differ (the first at x ${first![0]}, y ${first![1]})`;
}

describe('hostile host pages: widgets look the same under a CMS theme’s global CSS', function () {
  this.timeout(60_000);

  let style: HTMLStyleElement | undefined;
  afterEach(() => {
    style?.remove();
    style = undefined;
    unmountAll();
  });

  for (const [name, { tag, attributes, before }] of Object.entries(CASES)) {
    it(name, async () => {
      before?.();
      const box = document.createElement('div');
      box.id = BOX_ID;
      box.style.cssText = 'position: absolute; left: 0; top: 0; width: 640px; background: #fff;';
      document.body.append(box);
      try {
        const el = mount(tag, attributes, { parent: box });
        await settle(el);
        const clean = await pixels(await screenshot(`#${BOX_ID}`));

        style = document.createElement('style');
        style.textContent = HOSTILE_CSS;
        document.head.append(style);
        // Prove the theme is in force on the page (the box round the widget is a plain div).
        expect(getComputedStyle(box).fontFamily, 'the hostile theme is in force').to.contain('Georgia');
        expect(getComputedStyle(box).lineHeight).to.equal('44px');
        const hostile = await pixels(await screenshot(`#${BOX_ID}`));

        expect(difference(clean, hostile), `<${tag}> under the hostile theme`).to.equal(undefined);
      } finally {
        box.remove();
      }
    });
  }
});
