/**
 * Cheshire East Council's Customer Charter as a charter document: the
 * widgets' default when a page gives them none.
 *
 * The promises (timescales) come from the charter itself. Its contact details
 * do not: the charter publishes no numbers or addresses, so apart from the
 * council's website every phone number here is from Ofcom's range reserved
 * for drama (01632 960000 to 960999), every email address uses the reserved
 * example.org domain, and the postal address says it is an example. A council
 * going live supplies its own charter with the real ones.
 *
 * Its words are in default-charter-en.ts and one file per language beside it
 * (default-charter-cy.ts, -pl.ts, -ur.ts): this file is their shape.
 */
import type { Channel, Charter } from './charter-schema.js';
import { en, type CharterWords } from './default-charter-en.js';
import { charterText, sentences, type CharterText, type DefaultCharterLanguage } from './default-charter-language.js';
import { defaultTimescales } from './default-charter-timescales.js';
import { LGSCO } from './ombudsman.js';
import type { OpeningHours } from './types.js';

/** Office hours: Monday to Thursday 8:30am to 5pm, Friday 8:30am to 4:30pm. */
const OFFICE_HOURS: OpeningHours = {
  weekly: {
    monday: ['08:30-17:00'],
    tuesday: ['08:30-17:00'],
    wednesday: ['08:30-17:00'],
    thursday: ['08:30-17:00'],
    friday: ['08:30-16:30'],
  },
};

/** Customer service points open a little later and close a little earlier than the phones. */
const VISITING_HOURS: OpeningHours = {
  weekly: {
    monday: ['09:00-16:30'],
    tuesday: ['09:00-16:30'],
    wednesday: ['09:00-16:30'],
    thursday: ['09:00-16:30'],
    friday: ['09:00-16:00'],
  },
};

const EXAMPLE_ADDRESS = ['Cheshire East Council', 'Customer Services', '1 Example Street (example address)', 'Exampletown', 'XX1 1XX'];

/** The contact channels, in the words of `text` (the channels' promises are the charter's). */
const channels = (text: CharterText): Channel[] => [
  {
    id: 'online',
    kind: 'online',
    label: text.onlineLabel,
    url: 'https://www.cheshireeast.gov.uk',
    promise: text.onlinePromise,
  },
  {
    id: 'phone',
    kind: 'phone',
    label: text.phoneLabel,
    phone: '01632 960000', // Ofcom drama range: an example
    hours: OFFICE_HOURS,
    promise: sentences(text.callAim, text.callAtBusyTimes),
    timescale: 'call-answer',
    notes: text.specialistAdvice,
    alternatives: ['online', 'email'],
  },
  {
    id: 'email',
    kind: 'email',
    label: text.emailLabel,
    email: 'customer.services@cheshireeast.example.org',
    promise: text.letterOrEmailPromise,
    timescale: 'letter-more-information',
  },
  {
    id: 'letter',
    kind: 'letter',
    label: text.letterLabel,
    address: EXAMPLE_ADDRESS,
    promise: text.letterOrEmailPromise,
    timescale: 'letter-more-information',
  },
  {
    id: 'face-to-face',
    kind: 'face-to-face',
    label: text.faceToFaceLabel,
    address: EXAMPLE_ADDRESS,
    hours: VISITING_HOURS,
    promise: text.faceToFacePromise,
  },
  {
    id: 'emergency',
    kind: 'emergency',
    label: text.emergencyLabel,
    phone: '01632 960999', // Ofcom drama range: an example
    hours: { always: true, openOnBankHolidays: true, openOnClosures: true },
    promise: text.emergencyPromise,
    notes: text.emergencyNotes,
  },
];

/**
 * The default charter without its services, in English and the languages
 * whose words are given (default-charter-cy.ts…): all a widget needs that
 * never lists services (the timescales table, the tracker), so it never
 * downloads them. `defaultCharter` (default-charter.ts) is this in every
 * language, with the services.
 */
export function charterWithoutServices(translations: Partial<Record<DefaultCharterLanguage, CharterWords>>): Charter {
  return charterIn(charterText(en, translations));
}

const charterIn = (text: CharterText): Charter => ({
  version: 1,
  exampleContacts: true,
  ombudsman: LGSCO,
  organisation: {
    name: 'Cheshire East Council',
    timeZone: 'Europe/London',
    division: 'england-and-wales',
    closures: [],
    website: 'https://www.cheshireeast.gov.uk',
    referenceFormat: {
      // Wide references (8 digits, the last a check digit) since December 2026; the 6-digit ones given before still work.
      pattern: '^CEC-(\\d{6}|\\d{4}-\\d{4})$',
      example: 'CEC-1357-2468',
      description: text.referenceHint,
    },
  },
  channels: channels(text),
  services: [],
  timescales: defaultTimescales(text),
  feedback: {
    maxLength: 2000,
    socialCareNote: text.socialCareNote,
    socialCare: {
      adults: {
        text: text.adultSocialCare,
        url: 'https://cheshireeast.example.org/adult-social-care-complaints',
      },
      children: {
        text: text.childrensSocialCare,
        url: 'https://cheshireeast.example.org/childrens-social-care-complaints',
      },
    },
  },
  privacy: {
    text: text.privacy,
    url: 'https://cheshireeast.example.org/privacy',
  },
  otherFormats: {
    text: text.otherFormats,
    url: 'https://cheshireeast.example.org/accessibility',
    formats: [
      text.largePrint,
      text.easyRead,
      text.britishSignLanguage,
      text.braille,
      text.audio,
      text.otherLanguages,
    ],
  },
});
