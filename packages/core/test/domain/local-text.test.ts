import { expect } from 'chai';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { localText, resolveLocalText } from '../../src/domain/local-text.js';
import { localTextSchema } from '../../src/domain/local-text-schema.js';

describe('resolveLocalText: the text and the language it is in', () => {
  const bins = { en: 'Bins', cy: 'Biniau', 'pt-BR': 'Lixeiras' };

  it('says which translation it used, so untranslated text can be marked with its own lang', () => {
    expect(resolveLocalText(bins, 'cy-GB')).to.deep.equal({ text: 'Biniau', lang: 'cy' });
    expect(resolveLocalText(bins, 'pt')).to.deep.equal({ text: 'Lixeiras', lang: 'pt-BR' });
    expect(resolveLocalText(bins, 'pl')).to.deep.equal({ text: 'Bins', lang: 'en' });
    expect(resolveLocalText('Bins', 'ur')).to.deep.equal({ text: 'Bins', lang: 'en' });
  });
});

describe('localText', () => {
  const bins = { en: 'Bins', cy: 'Biniau', 'pt-BR': 'Lixeiras' };

  it('returns plain text whatever the locale', () => {
    expect(localText('Bins', 'cy')).to.equal('Bins');
  });

  it('prefers an exact match, then the base language, then a variant, then English', () => {
    expect(localText(bins, 'cy')).to.equal('Biniau');
    expect(localText(bins, 'cy-GB')).to.equal('Biniau');
    expect(localText(bins, 'pt-BR')).to.equal('Lixeiras');
    expect(localText(bins, 'pt')).to.equal('Lixeiras');
    expect(localText(bins, 'pt-PT')).to.equal('Lixeiras');
    expect(localText(bins, 'pl')).to.equal('Bins');
    expect(localText(bins, '')).to.equal('Bins');
  });

  it('prefers an exact regional match over the base language', () => {
    expect(localText({ en: 'Colour', 'en-US': 'Color' }, 'en-US')).to.equal('Color');
    expect(localText({ en: 'Colour', 'en-US': 'Color' }, 'en-GB')).to.equal('Colour');
  });

  it('matches language tags case-insensitively', () => {
    expect(localText({ en: 'Bins', 'CY-gb': 'Biniau' }, 'cy-GB')).to.equal('Biniau');
    expect(localText(bins, 'CY')).to.equal('Biniau');
  });

  it('always returns one of the texts given, and the exact one when it exists', () => {
    const tag = fc.constantFrom('en', 'cy', 'gd', 'pl', 'ur', 'cy-GB', 'pa-Guru', 'en-US');
    fc.assert(
      fc.property(fc.dictionary(tag, fc.string({ minLength: 1 })), fc.string({ minLength: 1 }), tag, (others, en, locale) => {
        const text = { ...others, en };
        const shown = localText(text, locale);
        expect(Object.values(text)).to.include(shown);
        if (locale in text) expect(shown).to.equal(text[locale as keyof typeof text]);
      }),
    );
  });
});

describe('localTextSchema', () => {
  const check = (value: unknown) => z.safeParse(localTextSchema, value).success;

  it('accepts text and translations with English', () => {
    expect(check('Bins')).to.equal(true);
    expect(check({ en: 'Bins', cy: 'Biniau', 'cy-GB': 'Biniau' })).to.equal(true);
  });

  it('rejects empty text, translations without English, bad tags and non-text values', () => {
    expect(check('')).to.equal(false);
    expect(check('   ')).to.equal(false);
    expect(check({ cy: 'Biniau' })).to.equal(false);
    expect(check({ en: 'Bins', 'not a tag': 'x' })).to.equal(false);
    expect(check({ en: 'Bins', cy: 3 })).to.equal(false);
    expect(check(42)).to.equal(false);
    expect(check(['Bins'])).to.equal(false);
  });
});
