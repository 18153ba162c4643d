/**
 * Cheshire East Council's charter promises, as timescales. The wording
 * follows the Customer Charter (page last reviewed 22 February 2024) and the
 * law behind each promise; the rules are the ones the charter states.
 */
import type { Timescale } from './charter-schema.js';

/** The charter's promise when a complaint timescale cannot be met (its words). */
const complaintIfMissed =
  'If it is not possible for us to meet these timeframes, we will contact you to explain why, and provide you with a more accurate timeframe for your individual case.';

/** The same promise for information requests (the charter's words for FOI and SAR). */
const informationIfMissed = 'If this is not possible, we will contact you to explain why and give you a timeframe for our reply.';

const workingDaysNote = 'Working days are Monday to Friday, not counting bank holidays or days the council is closed.';

/** The complaint-handling promises, acknowledgement to stage 2. */
const complaintTimescales: Timescale[] = [
  {
    id: 'complaint-acknowledgement',
    title: 'Acknowledge your suggestion, compliment or complaint',
    description: 'We will acknowledge your suggestion, compliment, or complaint within three working days of recording it.',
    rule: { kind: 'working-days', days: 3, calendar: 'council' },
    notes: [workingDaysNote],
    ifMissed: complaintIfMissed,
    overdue: ['Contact the customer feedback team, quoting your reference, so we can check we have your feedback.'],
    appliesTo: 'complaint',
  },
  {
    id: 'complaint-stage-1',
    title: 'Respond to your complaint (stage 1)',
    description: 'We will provide a full response within 10 working days. This is known as stage 1.',
    rule: { kind: 'working-days', days: 10, calendar: 'council' },
    notes: [workingDaysNote],
    ifMissed: complaintIfMissed,
    overdue: [
      'Contact the customer feedback team, quoting your reference.',
      'If you are dissatisfied with the response you receive, you may request that it be reviewed by a second officer (stage 2).',
    ],
    appliesTo: 'complaint',
  },
  {
    id: 'complaint-stage-2',
    title: 'Review your complaint (stage 2)',
    description:
      'If you are dissatisfied with the response you receive, you may request that it be reviewed by a second officer. At stage 2, we will provide a full response within 20 working days.',
    rule: { kind: 'working-days', days: 20, calendar: 'council' },
    notes: [workingDaysNote],
    ifMissed: complaintIfMissed,
    overdue: [
      'Contact the customer feedback team, quoting your reference.',
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
    description: 'We will provide a response to your Freedom of Information request within 20 working days.',
    rule: { kind: 'working-days', days: 20, calendar: 'united-kingdom' },
    notes: [
      'The Freedom of Information Act 2000 (section 10) counts working days without any bank holiday in any part of the UK.',
      'In most cases making an FOI request is free, but more complex requests may incur a charge. Our team will let you know if this applies to your case.',
    ],
    ifMissed: informationIfMissed,
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
    description: 'Once we have verified your identity, we will provide a response within one month.',
    rule: { kind: 'calendar-months', months: 1, nextWorkingDay: true, extendedMonths: 3 },
    notes: [
      'The month starts once we have verified your identity (UK GDPR, article 12). Where the next month has no such date, it ends on the last day of that month; where it ends on a day we are closed, it moves to the next working day.',
      'For complex or numerous requests we can extend this by up to two further months. If so, we will tell you within the first month and explain why.',
    ],
    ifMissed: informationIfMissed,
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
    title: 'Contact you about your letter or email if we need further information from you',
    description:
      'We will acknowledge your contact and confirm how it will be dealt with, and contact you within eight working days if we need further information from you.',
    rule: { kind: 'working-days', days: 8, calendar: 'council' },
    notes: [
      'We will issue you with a full response to your enquiry at this point or provide you with details of who is dealing with the matter and how long they will need to respond.',
      'If your letter or email is to apply for a council service or report an issue, our acknowledgment will let you know what happens next and by when.',
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
    'This may not be possible for our more complex services or at busy times, but we will let you know where you are in the queue or offer you an alternative way of contacting us.',
    'If you need specialist advice, we will transfer you to another department or take a message for them to call you back.',
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
