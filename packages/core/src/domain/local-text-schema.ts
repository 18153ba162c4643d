/**
 * The zod schema of LocalText, apart from `localText()` so that showing text
 * never pulls the validator (zod) into a widget's first download.
 */
import * as z from 'zod/mini';
import { isLanguageTag, nonEmptyText, quote } from './field-format-schemas.js';

const translations = z.catchall(z.object({ en: nonEmptyText }), nonEmptyText).check(
  z.superRefine((value, ctx) => {
    for (const key of Object.keys(value)) {
      if (!isLanguageTag(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          input: value,
          message: `${quote(key)} is not a language tag: use one such as "en", "cy" or "cy-GB"`,
        });
      }
    }
  }),
);

/**
 * A LocalText: `"Bins"`, or `{ "en": "Bins", "cy": "Biniau" }`. The object
 * form needs an `en` entry; every other key is a language tag.
 */
export const localTextSchema = z.union([nonEmptyText, translations], {
  error: 'should be text, or translations with an "en" entry such as {"en": "Bins", "cy": "Biniau"}',
});
