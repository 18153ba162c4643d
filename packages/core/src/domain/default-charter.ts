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
 */
import type { Channel, Charter } from './charter-schema.js';
import { defaultServices } from './default-charter-services.js';
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

/** The charter's words for letters and emails, and the channels' promise. */
const LETTER_OR_EMAIL_PROMISE =
  'We will acknowledge your contact and confirm how it will be dealt with. We will contact you within eight working days if we need further information from you.';

const channels: Channel[] = [
  {
    id: 'online',
    kind: 'online',
    label: 'Online',
    url: 'https://www.cheshireeast.gov.uk',
    promise:
      'The fastest way for your enquiry to be dealt with is usually through our online services. We will continue to provide other methods of contact for customers who are unable to use online services or prefer not to.',
  },
  {
    id: 'phone',
    kind: 'phone',
    label: 'Phone',
    phone: '01632 960000', // Ofcom drama range: an example
    hours: OFFICE_HOURS,
    promise:
      'We aim to answer your call within two minutes. This may not be possible for our more complex services or at busy times, but we will let you know where you are in the queue or offer you an alternative way of contacting us.',
    timescale: 'call-answer',
    notes: 'If you need specialist advice, we will transfer you to another department or take a message for them to call you back.',
    alternatives: ['online', 'email'],
  },
  {
    id: 'email',
    kind: 'email',
    label: 'Email',
    email: 'customer.services@cheshireeast.example.org',
    promise: LETTER_OR_EMAIL_PROMISE,
    timescale: 'letter-more-information',
  },
  {
    id: 'letter',
    kind: 'letter',
    label: 'Letter',
    address: EXAMPLE_ADDRESS,
    promise: LETTER_OR_EMAIL_PROMISE,
    timescale: 'letter-more-information',
  },
  {
    id: 'face-to-face',
    kind: 'face-to-face',
    label: 'Customer service points',
    address: EXAMPLE_ADDRESS,
    hours: VISITING_HOURS,
    promise:
      'We will greet you on arrival and ensure that we direct you to the right person or service. If you have an appointment, we aim to keep to our appointment times. If there is any delay, we will let you know as soon as possible, inform you of the reason, and provide the estimated time you will be seen.',
  },
  {
    id: 'emergency',
    kind: 'emergency',
    label: 'Emergencies out of hours',
    phone: '01632 960999', // Ofcom drama range: an example
    hours: { always: true, openOnBankHolidays: true, openOnClosures: true },
    promise:
      'There will always be someone available to help in an emergency. Our emergency control centre is available outside of normal working hours.',
    notes:
      'For emergencies only, such as a child or adult at risk, a dangerous building, flooding or a danger on the road. If someone is in immediate danger, call 999.',
  },
];

/** Cheshire East Council's charter, from the seeds (contact details are examples: see the file comment). */
export const defaultCharter: Charter = {
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
      pattern: '^CEC-\\d{6}$',
      example: 'CEC-123456',
      description:
        'Your reference is on the email or letter we sent you. It starts with CEC- followed by 6 numbers, for example CEC-123456.',
    },
  },
  channels,
  services: defaultServices,
  timescales: defaultTimescales,
  feedback: {
    maxLength: 2000,
    socialCareNote: "There are different procedures and timescales if your complaint relates to adults or children's social care.",
    socialCare: {
      adults: {
        text: "Complaints about adult social care follow a separate statutory procedure. Tell us about it through the adult social care complaints page, so it is handled under the right rules and timescales.",
        url: 'https://cheshireeast.example.org/adult-social-care-complaints',
      },
      children: {
        text: "Complaints about children's social care follow a separate statutory procedure. Tell us about it through the children's social care complaints page, so it is handled under the right rules and timescales.",
        url: 'https://cheshireeast.example.org/childrens-social-care-complaints',
      },
    },
  },
  privacy: {
    text: 'Read how we use and protect the personal information you give us.',
    url: 'https://cheshireeast.example.org/privacy',
  },
  otherFormats: {
    text: 'You can ask for this information in another format or language.',
    url: 'https://cheshireeast.example.org/accessibility',
    formats: ['large print', 'Easy Read', 'British Sign Language', 'braille', 'audio', 'other languages'],
  },
};
