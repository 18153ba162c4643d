// Issue 18: charter and server text in a Polish, Welsh or Urdu tracker (the
// council's name inside a translated sentence, the contact's name, the
// ombudsman, the service, the server's notes) is marked with its language, in
// the states past the form: a lookup that failed and a request found.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defaultCharter } from '@cx-kit/core';
import type { CxRequestTracker } from '../src/cx-request-tracker.js';
import '../../kit/src/entries/cx-request-tracker.js';
import { untaggedEnglish } from '../../../test/i18n/lang-audit.js';
import { fixtureText, json, stubFetch } from './helpers.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

function open311Charter() {
  const charter = structuredClone(defaultCharter);
  charter.organisation.referenceFormat = { pattern: '^\\d{6}$', example: '638344', description: 'The 6-digit number in the email we sent you.' };
  return charter;
}

let stub: ReturnType<typeof stubFetch> | undefined;
afterEach(() => stub?.restore());

/** An Open311 tracker inside a page in `lang`, looking up 638344 at once. */
async function tracker(lang: string, answer: Response, shown: string) {
  stub = stubFetch(answer);
  const page = await fixture<HTMLElement>(
    html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}><cx-request-tracker api="/x" api-kind="open311" reference="638344" now="2026-03-20" .charter=${open311Charter()}></cx-request-tracker></div>`,
  );
  const el = page.firstElementChild as CxRequestTracker;
  await waitUntil(() => $(el, shown) && el.shadowRoot!.querySelector(`div[lang="${lang}"]`), `${shown} not shown in ${lang}`, { timeout: 5000 });
  await el.updateComplete;
  return el;
}

describe('the tracker marks English charter and server text in another language', () => {
  for (const lang of ['pl', 'cy', 'ur']) {
    it(`a failed lookup in ${lang}`, async () => {
      const el = await tracker(lang, json(JSON.parse(await fixtureText('open311-not-found.json')), 404), '.cx-failure');
      expect(untaggedEnglish(el)).to.deep.equal([]);
      // "…letter <span lang=en>Cheshire East Council</span> sent you": the name inside the translated sentence.
      const inSentence = $(el, '.cx-failure h2 + p [lang="en"]');
      expect(inSentence?.textContent, 'the council’s name in the sentence is marked English').to.equal('Cheshire East Council');
    });

    it(`a request found in ${lang}`, async () => {
      const el = await tracker(lang, json(JSON.parse(await fixtureText('open311-open.json'))), '.cx-request');
      expect(untaggedEnglish(el)).to.deep.equal([]);
    });
  }
});
