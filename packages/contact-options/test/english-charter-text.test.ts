// Issue 18: a council's own charter is often in English only. Its words
// (channel names, promises, notes, the service's name, the emergency line)
// inside a Polish or Urdu widget are marked lang="en", so a screen reader
// reads them with English sounds, and isolated in right-to-left text.
import { expect, fixture, html } from '@open-wc/testing';
import type { Charter } from '@cx-kit/core';
import { untaggedEnglish } from '../../../test/i18n/lang-audit.js';
import { showing } from '../../../test/i18n/widget-language.js';
import type { CxContactOptions } from '../src/index.js';
import { charterCopy, root } from './helpers.js';

/** The charter with every translated text replaced by its English alone, as a council's untranslated charter has it. */
function englishOnly(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(englishOnly);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  if (typeof (value as { en?: unknown }).en === 'string' && entries.every(([, v]) => typeof v === 'string')) return (value as { en: string }).en;
  return Object.fromEntries(entries.map(([key, v]) => [key, englishOnly(v)]));
}

const OPEN = '2026-12-16T10:00:00Z';
const CLOSED = '2026-12-16T22:00:00Z';

async function inLanguage(lang: string, now: string): Promise<CxContactOptions> {
  const charter = englishOnly(charterCopy()) as Charter;
  const page = await fixture<HTMLElement>(html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>
    <cx-contact-options service="waste-collection" now=${now} .charter=${charter}></cx-contact-options>
  </div>`);
  const el = page.querySelector<CxContactOptions>('cx-contact-options')!;
  await showing(el, lang);
  return el;
}

describe('<cx-contact-options>: English charter text in another language’s widget', () => {
  for (const lang of ['pl', 'ur']) {
    for (const [state, now] of [
      ['open', OPEN],
      ['closed', CLOSED],
    ]) {
      it(`is marked as English in ${lang} while the offices are ${state}`, async () => {
        const el = await inLanguage(lang, now);
        expect(untaggedEnglish(el)).to.deep.equal([]);
        const english = root(el).querySelector<HTMLElement>('.cx-channel__title [lang="en"], #cx-emergency-title [lang="en"]')!;
        expect(english, 'a channel name marked English').to.not.equal(null);
        expect(english.getAttribute('dir')).to.equal(lang === 'ur' ? 'auto' : null);
      });
    }
  }
});
