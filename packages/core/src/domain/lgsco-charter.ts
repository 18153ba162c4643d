/**
 * A partner-ready preset: an example council whose complaint timescales
 * follow the Local Government and Social Care Ombudsman's Complaint Handling
 * Code (which councils apply from April 2026): acknowledge in 5 working days,
 * respond at stage 1 within 10 working days of the acknowledgement, and at
 * stage 2 within 20 working days of acknowledging the escalation request.
 *
 * Everything that identifies the council is an example: "Example Borough
 * Council", the reserved example.org domain, phone numbers from Ofcom's
 * ranges for drama (01632 960xxx, 0808 157 0xxx). A partner copies this,
 * changes the organisation, channels and services, and keeps the promises.
 */
import type { Channel, Charter, Service, Timescale } from './charter-schema.js';
import type { OpeningHours } from './types.js';

const SITE = 'https://www.example.org';

const OFFICE_HOURS: OpeningHours = {
  weekly: {
    monday: ['09:00-17:00'],
    tuesday: ['09:00-17:00'],
    wednesday: ['09:00-17:00'],
    thursday: ['09:00-17:00'],
    friday: ['09:00-16:30'],
  },
};

const ADDRESS = ['Example Borough Council', 'Town Hall (example address)', 'Example Road', 'Exampleton', 'XX2 2XX'];

const channels: Channel[] = [
  { id: 'online', kind: 'online', label: 'Online', url: SITE, promise: 'Apply, pay and report online at any time.' },
  {
    id: 'phone',
    kind: 'phone',
    label: 'Phone',
    phone: '0808 157 0000',
    hours: OFFICE_HOURS,
    promise: 'We aim to answer your call within two minutes.',
    timescale: 'call-answer',
  },
  {
    id: 'email',
    kind: 'email',
    label: 'Email',
    email: 'contact@example.org',
    promise: 'If we need more information, we will contact you within 8 working days.',
    timescale: 'letter-more-information',
  },
  { id: 'letter', kind: 'letter', label: 'Letter', address: ADDRESS, timescale: 'letter-more-information' },
  { id: 'face-to-face', kind: 'face-to-face', label: 'Town Hall reception', address: ADDRESS, hours: OFFICE_HOURS },
  {
    id: 'emergency',
    kind: 'emergency',
    label: 'Emergencies out of hours',
    phone: '0808 157 0999',
    hours: { always: true, openOnBankHolidays: true, openOnClosures: true },
    notes: 'For emergencies only. If someone is in immediate danger, call 999.',
  },
];

function service(id: string, name: string, keywords: string[], serviceChannels: string[], extra: Partial<Service> = {}): Service {
  return { id, name, keywords, channels: serviceChannels, links: [{ label: name, url: `${SITE}/${id}` }], ...extra };
}

const services: Service[] = [
  service('waste-collection', 'Bin collections', ['bin', 'bins', 'rubbish', 'recycling', 'bin day', 'missed bin'], ['online', 'phone']),
  service('council-tax', 'Council Tax', ['council tax', 'bill', 'pay council tax', 'discount', 'single person discount'], ['online', 'phone', 'email', 'letter']),
  service('benefits', 'Housing Benefit and Council Tax Support', ['benefits', 'housing benefit', 'council tax support', 'low income'], ['online', 'phone', 'face-to-face']),
  service('housing', 'Housing and homelessness', ['housing', 'homeless', 'eviction', 'housing register'], ['online', 'phone', 'face-to-face', 'emergency']),
  service('planning', 'Planning', ['planning', 'planning permission', 'planning application', 'building control'], ['online', 'email']),
  service('roads-and-potholes', 'Roads and potholes', ['pothole', 'road', 'pavement', 'street light', 'gritting'], ['online', 'phone', 'emergency']),
  service('parking', 'Parking', ['parking', 'parking permit', 'parking fine', 'pcn', 'car park'], ['online', 'phone', 'letter']),
  service('libraries', 'Libraries', ['library', 'books', 'renew', 'library card'], ['online', 'phone', 'face-to-face']),
  service('licensing', 'Licensing', ['licence', 'license', 'alcohol licence', 'taxi licence', 'street trading'], ['online', 'email']),
  service('environmental-health', 'Noise, pests and pollution', ['noise', 'pests', 'rats', 'pollution', 'food hygiene', 'fly tipping'], ['online', 'phone', 'email']),
  service('adults-social-care', 'Adult social care', ['adult social care', 'care', 'carer', 'care home', 'safeguarding'], ['online', 'phone', 'emergency'], {
    socialCare: 'adults',
    team: { name: 'Adult social care', phone: '01632 960300' },
  }),
  service('childrens-social-care', "Children's social care", ['child protection', 'worried about a child', 'fostering', 'social worker'], ['online', 'phone', 'emergency'], {
    socialCare: 'children',
    team: { name: "Children's social care", phone: '01632 960400' },
  }),
  service('complaints-and-feedback', 'Compliments, suggestions and complaints', ['complaint', 'compliment', 'feedback', 'ombudsman'], ['online', 'phone', 'email', 'letter']),
];

const ombudsman =
  'If you are still unhappy after stage 2, you can ask the Local Government and Social Care Ombudsman to look at your complaint. It is free.';

const timescales: Timescale[] = [
  {
    id: 'call-answer',
    title: 'Answer your call',
    description: 'We aim to answer your call within two minutes.',
    rule: { kind: 'duration', minutes: 2 },
    appliesTo: 'call',
  },
  {
    id: 'complaint-acknowledgement',
    title: 'Acknowledge your complaint',
    description: 'We will acknowledge and log your complaint within 5 working days of receiving it.',
    rule: { kind: 'working-days', days: 5, calendar: 'council' },
    overdue: ['Contact the complaints team, quoting your reference.'],
    appliesTo: 'complaint',
  },
  {
    id: 'complaint-stage-1',
    title: 'Respond to your complaint (stage 1)',
    description: 'We will send you a full response within 10 working days of acknowledging your complaint.',
    rule: { kind: 'working-days', days: 10, calendar: 'council', from: 'complaint-acknowledgement' },
    notes: [
      'If your complaint needs longer, we will tell you why and when to expect our response: no more than 10 further working days without good reason.',
      "Complaints about adults' or children's social care follow their own statutory procedures.",
    ],
    overdue: ['Contact the complaints team, quoting your reference.', 'You can ask for your complaint to go to stage 2.', ombudsman],
    appliesTo: 'complaint',
  },
  {
    id: 'complaint-stage-2-acknowledgement',
    title: 'Acknowledge your request for a stage 2 review',
    description: 'We will acknowledge and log your request to escalate your complaint within 5 working days of receiving it.',
    rule: { kind: 'working-days', days: 5, calendar: 'council' },
    appliesTo: 'complaint',
  },
  {
    id: 'complaint-stage-2',
    title: 'Review your complaint (stage 2)',
    description: 'We will send you our final response within 20 working days of acknowledging your request for a review.',
    rule: { kind: 'working-days', days: 20, calendar: 'council', from: 'complaint-stage-2-acknowledgement' },
    notes: ['If the review needs longer, we will tell you why and when to expect our final response.'],
    overdue: ['Contact the complaints team, quoting your reference.', ombudsman],
    appliesTo: 'complaint',
  },
  {
    id: 'foi',
    title: 'Respond to a Freedom of Information request',
    description: 'We will respond within 20 working days.',
    rule: { kind: 'working-days', days: 20, calendar: 'united-kingdom' },
    notes: ['Working days do not include a bank holiday in any part of the UK (Freedom of Information Act 2000, section 10).'],
    overdue: ['Ask us for an internal review.', "Then you can complain to the Information Commissioner's Office (ICO)."],
    appliesTo: 'foi',
  },
  {
    id: 'sar',
    title: 'Respond to a Subject Access Request',
    description: 'We will respond within one month of verifying your identity.',
    rule: { kind: 'calendar-months', months: 1, nextWorkingDay: true, extendedMonths: 3 },
    notes: ['For complex requests we can extend this by up to two further months; we will tell you within the first month.'],
    overdue: ["You can complain to the Information Commissioner's Office (ICO)."],
    appliesTo: 'sar',
  },
  {
    id: 'letter-more-information',
    title: 'Contact you about your letter or email',
    description: 'If we need more information from you, we will contact you within 8 working days.',
    rule: { kind: 'working-days', days: 8, calendar: 'council' },
    appliesTo: 'letter',
  },
];

/** "Example Borough Council": a valid charter whose complaint timescales follow the LGSCO Complaint Handling Code. */
export const lgscoCharter: Charter = {
  version: 1,
  organisation: {
    name: 'Example Borough Council',
    timeZone: 'Europe/London',
    division: 'england-and-wales',
    closures: [
      { date: '2026-12-29', title: 'Council closed between Christmas and New Year' },
      { date: '2026-12-30', title: 'Council closed between Christmas and New Year' },
      { date: '2026-12-31', title: 'Council closed between Christmas and New Year' },
    ],
    website: SITE,
    referenceFormat: {
      pattern: '^EBC-\\d{8}$',
      example: 'EBC-20260001',
      description: 'Your reference starts with EBC- followed by 8 numbers, for example EBC-20260001.',
    },
    trackerUrl: `${SITE}/track`,
  },
  channels,
  services,
  timescales,
  feedback: {
    maxLength: 3000,
    socialCare: {
      adults: { text: 'Complaints about adult social care follow a statutory procedure.', url: `${SITE}/adult-social-care-complaints` },
      children: { text: "Complaints about children's social care follow a statutory procedure.", url: `${SITE}/childrens-social-care-complaints` },
    },
  },
  privacy: { text: 'How we use your personal information', url: `${SITE}/privacy` },
};
