// Size benchmark: each widget's standalone entry with its chunks, all four
// together, and what a council would otherwise build the same thing from.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ROOT, WIDGETS } from './kit-dist.mjs';
import { staticClosure, totalSize } from './compressed-size.mjs';
import { topSources } from './source-breakdown.mjs';

const nodeModule = (path) => fileURLToPath(import.meta.resolve(path));
const relative = (file) => file.replace(ROOT, '');

/** One row: a name, its files (relative to the repository root) and their raw, gzip and brotli bytes. */
function row(name, files, note) {
  const size = totalSize(files);
  const perFile = size.files.map((file, i) => ({ file: relative(file), ...size.perFile[i] }));
  return { name, raw: size.raw, gzip: size.gzip, brotli: size.brotli, files: perFile, ...(note ? { note } : {}) };
}

/**
 * Measures the kit in `kitDir` against the peers. `peerEntries` maps
 * `lion-form` and `shoelace-form` to their bundled entry files.
 */
export function measureSizes(kitDir, peerEntries) {
  const kit = {};
  const everything = new Set();
  const everythingOnDemand = new Set();
  // On demand: the default charter and the validator; never the translations, nor the default charter's
  // words in another language (a page loads one locale at most; an English page neither).
  const { targetLocales = [] } = JSON.parse(readFileSync(`${ROOT}lit-localize.json`, 'utf8'));
  const locales = targetLocales.join('|') || '(?!)';
  const onDemand = { onDemand: true, skip: new RegExp(`/(${locales}|default-charter(-services)?-(${locales}))-[\\w-]+\\.js$`) };
  for (const widget of WIDGETS) {
    const entry = `${ROOT}${kitDir}/cx-${widget}.js`;
    const closure = staticClosure(entry);
    const closureOnDemand = staticClosure(entry, onDemand);
    closure.forEach((file) => everything.add(file));
    closureOnDemand.forEach((file) => everythingOnDemand.add(file));
    kit[widget] = { ...row(`<cx-${widget}>`, closure), onDemand: row(`<cx-${widget}> with on-demand chunks`, closureOnDemand) };
  }
  kit['all-four'] = { ...row('all four widgets', everything), onDemand: row('all four widgets with on-demand chunks', everythingOnDemand) };
  // What to trim first: minified bytes by source, over all four and for the form alone.
  kit['all-four'].topSources = topSources(everythingOnDemand);
  kit['feedback-form'].topSources = topSources(staticClosure(`${ROOT}${kitDir}/cx-feedback-form.js`, onDemand));
  kit.loader = row('cx-kit.js loader', staticClosure(`${ROOT}${kitDir}/cx-kit.js`));

  const govukDir = nodeModule('govuk-frontend/dist/govuk/govuk-frontend.min.js').replace(/govuk-frontend\.min\.js$/, '');
  const govukJs = `${govukDir}govuk-frontend.min.js`;
  const govukCss = `${govukDir}govuk-frontend.min.css`;
  const shoelaceTheme = nodeModule('@shoelace-style/shoelace/dist/themes/light.css');
  const peers = {
    'govuk-js': row('GOV.UK Frontend JS (govuk-frontend.min.js)', [govukJs]),
    'govuk-css': row('GOV.UK Frontend CSS (govuk-frontend.min.css)', [govukCss]),
    'govuk-js-css': row('GOV.UK Frontend JS + CSS', [govukJs, govukCss]),
    'lion-form': row('Lion form components (@lion/ui)', staticClosure(peerEntries['lion-form']), 'form, radio-group, radio, textarea, input, input-email, button-submit, Required/MaxLength/IsEmail, default messages; rollup + terser; not counted: the locale chunks and the phone-number library (awesome-phonenumber) that its default messages fetch with import()'),
    'shoelace-form': row('Shoelace form components + light theme', new Set([...staticClosure(peerEntries['shoelace-form']), shoelaceTheme]), 'radio-group, radio, textarea, input, button; rollup + terser; dist/themes/light.css as shipped'),
  };
  return { kit, peers };
}
