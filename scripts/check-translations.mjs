#!/usr/bin/env node
// `node scripts/check-translations.mjs`: fails (exit 1) when any `msg()` string
// in the source has no translation in a target locale, or a translation has
// lost or invented a placeholder (`${...}` in a `str`, or markup in an `html`
// message). The source is read with lit-localize's own extractor, so the check
// sees exactly the strings the build will look up, even when xliff/ has not
// been re-extracted yet.
//
// A translation that is present but empty (<target/>) also fails: lit-localize
// would show nothing at all to the resident. So does a `<`, `>` or `&` in a
// plain-text (`str`) translation, which the built locale shows as "&lt;".
//
// Options: --quiet prints only problems; --config <file> (default lit-localize.json).
import { resolve } from 'node:path';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const configAt = args.indexOf('--config');
const configPath = resolve(configAt >= 0 ? args[configAt + 1] : 'lit-localize.json');

/** The text of a source message, for humans: placeholders shown as they are written. */
function sourceText(message) {
  return message.contents.map((part) => (typeof part === 'string' ? part : part.untranslatable)).join('');
}

/** Whether a translation has any visible words (not only placeholders and spaces). */
function hasWords(message) {
  return message.contents.some((part) => typeof part === 'string' && part.trim() !== '');
}

/**
 * A `<`, `>` or `&` in a plain-text (`str`) translation. lit-localize's
 * runtime output escapes them (`&lt;`), and a `str` message is not parsed as
 * markup, so the resident would read "&lt;"; only `html` messages may hold them.
 */
function shownEscape(message) {
  for (const part of message.contents) {
    const character = typeof part === 'string' && /[<>&]/.exec(part);
    if (character) return character[0];
  }
  return undefined;
}

const config = readConfigFileAndWriteSchema(configPath);
const localizer = new RuntimeLitLocalizer(config);
const { messages, errors: extractErrors } = localizer.extractSourceMessages();
const { translations } = localizer.readTranslationsSync();
const placeholderErrors = localizer.validateTranslations().errors;

const problems = [];
for (const error of extractErrors) {
  problems.push(`source: ${typeof error.messageText === 'string' ? error.messageText : error.messageText.messageText}`);
}

// Two msg() calls may share an id (the same English in two places): check each id once.
const sources = new Map(messages.map((message) => [message.name, message]));
for (const locale of config.targetLocales) {
  const translated = new Map((translations.get(locale) ?? []).map((message) => [message.name, message]));
  for (const [id, message] of sources) {
    const target = translated.get(id);
    const where = `${locale}: ${id} (${message.file.fileName.replace(`${config.baseDir}/`, '')})`;
    if (!target) problems.push(`${where} has no translation: "${sourceText(message)}"`);
    else if (hasWords(message) && !hasWords(target)) problems.push(`${where} has an empty translation: "${sourceText(message)}"`);
    else if (message.tag !== 'html' && shownEscape(target)) problems.push(`${where} has "${shownEscape(target)}", which the built translation shows escaped ("&lt;"): put <, > and & in a placeholder's value`);
  }
}
for (const error of placeholderErrors) {
  // lit-localize says "Placeholder error in pl localization of s123: missing "${x}""; name the locale first, as above.
  const parts = /^Placeholder error in (\S+) localization of (\S+): (.*)$/.exec(error);
  problems.push(parts ? `${parts[1]}: ${parts[2]} has a broken placeholder: ${parts[3]}` : error);
}

if (problems.length) {
  console.error(`Translations: ${problems.length} problem(s) in ${config.targetLocales.join(', ')} (run \`npm run localize:extract\`, then translate in xliff/):`);
  for (const problem of problems) console.error(`  ✗ ${problem}`);
  const missing = config.targetLocales.map((locale) => `${locale} ${problems.filter((p) => p.startsWith(`${locale}: `)).length}`);
  console.error(`Problems by locale: ${missing.join(', ')} (of ${sources.size} strings).`);
  process.exit(1);
}
if (!quiet) {
  console.log(`Translations: all ${sources.size} strings translated in ${config.targetLocales.join(', ')}.`);
}
