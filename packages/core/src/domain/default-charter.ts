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

const channels: Channel[] = [
  {
    id: 'online',
    kind: 'online',
    label: 'Online',
    url: 'https://www.cheshireeast.gov.uk',
    promise:
      'Usually the fastest way: find information, apply, pay and report online at any time. We will keep offering other ways to contact us for people who cannot or prefer not to use online services.',
  },
  {
    id: 'phone',
    kind: 'phone',
    label: 'Phone',
    phone: '01632 960000', // Ofcom drama range: an example
    hours: OFFICE_HOURS,
    promise:
      'We aim to answer your call within two minutes. At busy times we will tell you where you are in the queue or offer you another way to contact us.',
    timescale: 'call-answer',
    notes: 'If you need specialist advice, we will transfer you or take a message so the right team calls you back.',
  },
  {
    id: 'email',
    kind: 'email',
    label: 'Email',
    email: 'customer.services@cheshireeast.example.org',
    promise:
      'We will acknowledge your email and tell you how it will be dealt with. If we need more information, we will contact you within 8 working days.',
    timescale: 'letter-more-information',
  },
  {
    id: 'letter',
    kind: 'letter',
    label: 'Letter',
    address: EXAMPLE_ADDRESS,
    promise:
      'We will acknowledge your letter and tell you how it will be dealt with. If we need more information, we will contact you within 8 working days.',
    timescale: 'letter-more-information',
  },
  {
    id: 'face-to-face',
    kind: 'face-to-face',
    label: 'Customer service points',
    address: EXAMPLE_ADDRESS,
    hours: VISITING_HOURS,
    promise:
      'We will greet you when you arrive and direct you to the right person. If you have an appointment we aim to keep to time; if there is a delay we will tell you why and how long you may wait.',
  },
  {
    id: 'emergency',
    kind: 'emergency',
    label: 'Emergencies out of hours',
    phone: '01632 960999', // Ofcom drama range: an example
    hours: { always: true, openOnBankHolidays: true, openOnClosures: true },
    promise:
      'There is always someone to help in an emergency: our emergency control centre answers outside normal working hours.',
    notes:
      'For emergencies only, such as a child or adult at risk, a dangerous building, flooding or a danger on the road. If someone is in immediate danger, call 999.',
  },
];

/** Cheshire East Council's charter, from the seeds (contact details are examples: see the file comment). */
export const defaultCharter: Charter = {
  version: 1,
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
