/**
 * Cheshire East Council's charter promises, as timescales. The wording
 * follows the Customer Charter (page last reviewed 22 February 2024) and the
 * law behind each promise; the rules are the ones the charter states.
 */
import type { Timescale } from './charter-schema.js';

const socialCareNote =
  "Complaints about adults' or children's social care follow their own statutory procedures and timescales. We will tell you which procedure applies and by when you will hear from us.";

const missedNote =
  'If we cannot meet this timescale, we will contact you to explain why and give you a more accurate timeframe for your case.';

/** The complaint-handling promises, acknowledgement to stage 2. */
const complaintTimescales: Timescale[] = [
  {
    id: 'complaint-acknowledgement',
    title: 'Acknowledge your suggestion, compliment or complaint',
    description: 'We will acknowledge your suggestion, compliment or complaint within 3 working days of recording it.',
    rule: { kind: 'working-days', days: 3, calendar: 'council' },
    notes: ['Working days are Monday to Friday, not counting bank holidays or days the council is closed.'],
    overdue: [
      'Contact the customer feedback team, quoting your reference, so we can check we have your feedback.',
    ],
    appliesTo: 'complaint',
  },
  {
    id: 'complaint-stage-1',
    title: 'Respond to your complaint (stage 1)',
    description: 'We will send you a full response within 10 working days of receiving your complaint.',
    rule: { kind: 'working-days', days: 10, calendar: 'council' },
    notes: [missedNote, socialCareNote],
    overdue: [
      'Contact the customer feedback team, quoting your reference. We will apologise, explain the delay and tell you when you will have a response.',
      'If you are unhappy with our response, you can ask for your complaint to be reviewed by a second officer (stage 2).',
    ],
    appliesTo: 'complaint',
  },
  {
    id: 'complaint-stage-2',
    title: 'Review your complaint (stage 2)',
    description:
      'If you are not satisfied with our stage 1 response, a second officer will review your complaint and send you a full response within 20 working days of your request.',
    rule: { kind: 'working-days', days: 20, calendar: 'council' },
    notes: [missedNote, socialCareNote],
    overdue: [
      'Contact the customer feedback team, quoting your reference. We will apologise, explain the delay and tell you when you will have a response.',
      'If you are still unhappy after stage 2, you can ask the Local Government and Social Care Ombudsman to look at your complaint. It is free.',
    ],
    appliesTo: 'complaint',
  },
];

/** Information rights: FOI and subject access. */
const informationTimescales: Timescale[] = [
  {
    id: 'foi',
    title: 'Respond to a Freedom of Information request',
    description: 'We will respond to your Freedom of Information request within 20 working days.',
    rule: { kind: 'working-days', days: 20, calendar: 'united-kingdom' },
    notes: [
      'The Freedom of Information Act 2000 (section 10) counts working days without any bank holiday in any part of the UK.',
      'Most requests are free. Complex requests may incur a charge: we will tell you if this applies before we go on.',
      'If we need more time, for example to consider the public interest, we will contact you to explain why and give you a timeframe for our reply.',
    ],
    overdue: [
      'Contact the information rights team, quoting your reference.',
      'You can ask us for an internal review of how we handled your request.',
      "If you are still unhappy after the internal review, you can complain to the Information Commissioner's Office (ICO).",
    ],
    appliesTo: 'foi',
  },
  {
    id: 'sar',
    title: 'Respond to a Subject Access Request',
    description: 'Once we have verified your identity, we will send you the information we hold about you within one month.',
    rule: { kind: 'calendar-months', months: 1, nextWorkingDay: true, extendedMonths: 3 },
    notes: [
      'The month starts once we have verified your identity (UK GDPR, article 12). Where the next month has no such date, it ends on the last day of that month; where it ends on a day we are closed, it moves to the next working day.',
      'For complex or numerous requests we can extend this by up to two further months. If so, we will tell you within the first month and explain why.',
    ],
    overdue: [
      'Contact the information rights team, quoting your reference.',
      "If you are unhappy with how we handled your request, you can complain to the Information Commissioner's Office (ICO).",
    ],
    appliesTo: 'sar',
  },
];

/** Everyday contact: letters, emails and calls. */
const contactTimescales: Timescale[] = [
  {
    id: 'letter-more-information',
    title: 'Contact you about your letter or email',
    description:
      'We will acknowledge your letter or email and, if we need more information from you, contact you within 8 working days.',
    rule: { kind: 'working-days', days: 8, calendar: 'council' },
    notes: [
      'We will either send you a full response or tell you who is dealing with your enquiry and how long they will need.',
      'If you wrote to apply for a service or report an issue, our acknowledgement will tell you what happens next and by when.',
    ],
    overdue: ['Call us or reply to our acknowledgement, quoting your reference.'],
    appliesTo: 'letter',
  },
];

const callTimescale: Timescale = {
  id: 'call-answer',
  title: 'Answer your call',
  description: 'We aim to answer your call within two minutes.',
  rule: { kind: 'duration', minutes: 2 },
  notes: [
    'This may not be possible for our more complex services or at busy times. If so, we will tell you where you are in the queue or offer you another way to contact us.',
    'If you need specialist advice, we will transfer you or take a message so that the right team calls you back.',
  ],
  overdue: ['If you have been waiting a long time, you can use our online services or email us instead.'],
  appliesTo: 'call',
};

/**
 * The timescales in the order a resident meets them: calling, then
 * complaints, information requests and letters.
 */
export const defaultTimescales: Timescale[] = [
  callTimescale,
  ...complaintTimescales,
  ...informationTimescales,
  ...contactTimescales,
];
