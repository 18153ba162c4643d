/**
 * Every sentence of Cheshire East's Customer Charter (the seed text, page
 * last reviewed 22 February 2024), and where the kit shows it: which widget,
 * in which state, and the text from the default charter a resident reads
 * there. Widget tests iterate this table and check each place in a browser;
 * a domain test checks each `text` is in the default charter, so the table
 * and the charter cannot drift apart. Sentences no widget shows (the
 * council's values, what residents can do to help) say why in `notShown`.
 *
 * States, per widget:
 * - `cx-contact-options`: `open` (office hours), `closed` (out of hours: the
 *   emergency box), `long-wait` (the live phone wait is longer than the promise).
 * - `cx-charter-timescales`: `table` (every promise), `single` (one timescale
 *   chosen, with its dates: `timescale` names it).
 * - `cx-feedback-form`: `about` ("About you", where personal details are asked), `confirmation` (after a complaint),
 *   `review` (a stage 2 request of a known complaint).
 * - `cx-request-tracker`: `overdue` (a request past its date: `timescale`
 *   names which), `answered` (a stage 1 response sent).
 */

export type PromiseWidget = 'cx-contact-options' | 'cx-charter-timescales' | 'cx-feedback-form' | 'cx-request-tracker';

/** One place a promise is shown. */
export interface PromisePlace {
  widget: PromiseWidget;
  state: string;
  /** For states about one timescale: its id in the default charter. */
  timescale?: string;
  /** What the resident reads there (English, from the default charter). */
  text: string;
}

export interface CharterPromise {
  id: string;
  /** The charter's section heading. */
  section: string;
  /** The sentence as the charter says it. */
  sentence: string;
  shownIn: PromisePlace[];
  /** Why no widget shows it, when none does. */
  notShown?: string;
}

const VALUE = 'One of the council’s values: how staff work, not something a widget can show or keep.';
const RESIDENT = 'What residents can do to help: not a promise of the council.';

const COMPLAINT_IF_MISSED =
  'If it is not possible for us to meet these timeframes, we will contact you to explain why, and provide you with a more accurate timeframe for your individual case.';
const INFORMATION_IF_MISSED = 'If this is not possible, we will contact you to explain why and give you a timeframe for our reply.';
const SOCIAL_CARE = "There are different procedures and timescales if your complaint relates to adults or children's social care.";
const CALL_PROMISE = 'We aim to answer your call within two minutes.';
const ALTERNATIVE = 'offer you an alternative way of contacting us';

const contact = (state: string, text: string): PromisePlace => ({ widget: 'cx-contact-options', state, text });
const table = (text: string): PromisePlace => ({ widget: 'cx-charter-timescales', state: 'table', text });
const single = (timescale: string, text: string): PromisePlace => ({ widget: 'cx-charter-timescales', state: 'single', timescale, text });
const form = (state: string, text: string): PromisePlace => ({ widget: 'cx-feedback-form', state, text });
const tracker = (state: string, text: string, timescale?: string): PromisePlace => ({
  widget: 'cx-request-tracker',
  state,
  text,
  ...(timescale ? { timescale } : {}),
});

function values(section: string, list: [string, string][], notShown = VALUE): CharterPromise[] {
  return list.map(([id, sentence]) => ({ id, section, sentence, shownIn: [], notShown }));
}

/** The charter, sentence by sentence, in its order. */
export const charterPromises: readonly CharterPromise[] = Object.freeze([
  ...values('Our promise', [
    ['focus', 'Make you, the customer, our focus.'],
    ['do-what-we-say', 'Do what we say we will do, when we say we will do it.'],
    ['individual', 'Treat you as an individual, and in a fair, objective, and helpful manner.'],
    ['services-you-need', 'Help you receive the services you need.'],
    ['listen', 'Listen to you.'],
  ]),
  ...values('Keeping you informed', [
    ['news', 'Communicate important news, updates, and changes that we make to services.'],
    ['what-we-need', 'Let you know what is expected of you, and what information we need from you.'],
    ['preferred-method', 'Use your preferred method of communication when we contact you wherever possible.'],
    ['what-happens-next', 'Clearly explain what will happen next and when you can expect to have your request completed.'],
    ['enquiry-progress', 'Let you know what is happening with your enquiry and take time to explain our decisions to you.'],
    ['who-can-help', 'Try our best to let you know who can help, even if we can’t.'],
  ]),
  ...values('Getting it right', [['first-time', 'Aim to get it right first time without you needing to contact us again.']]),
  {
    id: 'privacy',
    section: 'Getting it right',
    sentence: 'Respect your right to privacy and confidentiality and let you know if any information you provide has to be published by law.',
    shownIn: [form('about', 'Read how we use and protect the personal information you give us.')],
  },
  ...values('Getting it right', [
    ['proactive', 'Proactively offer you services based on your needs.'],
    ['apologise', 'Apologise if we get it wrong, put things right as quickly as possible, and learn from our mistakes.'],
    ['ask-feedback', 'Ask for feedback about your experience dealing with us. We’ll learn from this and use it to improve.'],
  ]),
  ...values('Ease of access', [['online-easy', 'Ensure that our online services are informative, useful, and easy to use.']]),
  {
    id: 'choice-of-ways',
    section: 'Ease of access',
    sentence: 'Offer you a choice of ways to contact our services.',
    shownIn: [contact('open', 'We will continue to provide other methods of contact for customers who are unable to use online services or prefer not to.')],
  },
  ...values('Ease of access', [['plain-language', 'Use plain language that is clear and easy to understand.']]),
  {
    id: 'other-formats',
    section: 'Ease of access',
    sentence: 'Make our communications available in other languages and formats when necessary.',
    shownIn: [contact('open', 'You can ask for this information in another format or language.')],
  },
  {
    id: 'online-fastest',
    section: 'When you contact us',
    sentence: 'The fastest way for your enquiry to be dealt with is usually through our online services.',
    shownIn: [contact('open', 'The fastest way for your enquiry to be dealt with is usually through our online services.')],
  },
  {
    id: 'other-methods',
    section: 'When you contact us',
    sentence: 'We will continue to provide other methods of contact for customers who are unable to use online services or prefer not to.',
    shownIn: [contact('open', 'We will continue to provide other methods of contact for customers who are unable to use online services or prefer not to.')],
  },
  {
    id: 'call-two-minutes',
    section: 'When you call us',
    sentence:
      'We will aim to answer your call within two minutes. This may not be possible for our more complex services or at busy times, but we will let you know where you are in the queue or offer you an alternative way of contacting us.',
    shownIn: [
      contact('open', CALL_PROMISE),
      // With the alternatives (the phone channel's `alternatives`: online, email) offered right there.
      contact('long-wait', ALTERNATIVE),
      table(CALL_PROMISE),
      single('call-answer', 'but we will let you know where you are in the queue or offer you an alternative way of contacting us.'),
    ],
  },
  {
    id: 'specialist-advice',
    section: 'When you call us',
    sentence: 'If you need specialist advice, we will transfer you to another department or take a message for them to call you back.',
    shownIn: [contact('open', 'If you need specialist advice, we will transfer you to another department or take a message for them to call you back.')],
  },
  {
    id: 'emergency',
    section: 'When you call us',
    sentence: 'There will always be someone available to help in an emergency. Our emergency control centre is available outside of normal working hours.',
    shownIn: [contact('closed', 'There will always be someone available to help in an emergency.')],
  },
  {
    id: 'greet',
    section: 'When you visit our face-to-face services',
    sentence: 'We will greet you on arrival and ensure that we direct you to the right person or service.',
    shownIn: [contact('open', 'We will greet you on arrival and ensure that we direct you to the right person or service.')],
  },
  {
    id: 'appointments',
    section: 'When you visit our face-to-face services',
    sentence: 'If you have an appointment, we aim to keep to our appointment times.',
    shownIn: [contact('open', 'If you have an appointment, we aim to keep to our appointment times.')],
  },
  {
    id: 'visit-delay',
    section: 'When you visit our face-to-face services',
    sentence: 'If there is any delay, we will let you know as soon as possible, inform you of the reason, and provide the estimated time you will be seen.',
    shownIn: [contact('open', 'If there is any delay, we will let you know as soon as possible, inform you of the reason, and provide the estimated time you will be seen.')],
  },
  {
    id: 'acknowledge-contact',
    section: 'When you contact us by letter or email',
    sentence: 'Acknowledge your contact and confirm how it will be dealt with.',
    shownIn: [
      contact('open', 'We will acknowledge your contact and confirm how it will be dealt with.'),
      table('Acknowledge your letter or email, confirm how it will be dealt with'),
    ],
  },
  {
    id: 'further-information',
    section: 'When you contact us by letter or email',
    sentence: 'Contact you within eight working days if we need further information from you.',
    shownIn: [
      contact('open', 'We will contact you within eight working days if we need further information from you.'),
      table('Acknowledge your letter or email, confirm how it will be dealt with, and contact you if we need further information from you'),
    ],
  },
  {
    id: 'full-response-or-who',
    section: 'When you contact us by letter or email',
    sentence:
      'Issue you with a full response to your enquiry at this point or provide you with details of who is dealing with the matter and how long they will need to respond.',
    shownIn: [
      single(
        'letter-more-information',
        'We will issue you with a full response to your enquiry at this point or provide you with details of who is dealing with the matter and how long they will need to respond.',
      ),
    ],
  },
  {
    id: 'apply-or-report',
    section: 'When you contact us by letter or email',
    sentence:
      'If your letter or email is to apply for a council service or report an issue, our acknowledgment will let you know what happens next and by when.',
    shownIn: [
      single(
        'letter-more-information',
        'If your letter or email is to apply for a council service or report an issue, our acknowledgment will let you know what happens next and by when.',
      ),
    ],
  },
  {
    id: 'complaint-acknowledgement',
    section: 'When you contact our customer feedback, compliments, and complaints team',
    sentence: 'We will acknowledge your suggestion, compliment, or complaint within three working days of recording it.',
    shownIn: [
      table('Acknowledge your suggestion, compliment or complaint'),
      single('complaint-acknowledgement', 'We will acknowledge your suggestion, compliment, or complaint within three working days of recording it.'),
    ],
  },
  {
    id: 'complaint-stage-1',
    section: 'When you contact our customer feedback, compliments, and complaints team',
    sentence: 'We will provide a full response within 10 working days - this is known as ‘stage 1’.',
    shownIn: [table('Respond to your complaint (stage 1)'), single('complaint-stage-1', 'We will provide a full response within 10 working days. This is known as stage 1.')],
  },
  {
    id: 'complaint-stage-2-request',
    section: 'When you contact our customer feedback, compliments, and complaints team',
    sentence: 'If you are dissatisfied with the response you receive, you may request that it be reviewed by a second officer - this is known as ‘stage 2’.',
    shownIn: [
      single('complaint-stage-2', 'If you are dissatisfied with the response you receive, you may request that it be reviewed by a second officer.'),
      tracker('answered', 'you may request that it be reviewed by a second officer'),
    ],
  },
  {
    id: 'complaint-stage-2',
    section: 'When you contact our customer feedback, compliments, and complaints team',
    sentence: 'At stage 2, we will provide a full response within 20 working days.',
    shownIn: [
      table('Review your complaint (stage 2)'),
      single('complaint-stage-2', 'At stage 2, we will provide a full response within 20 working days.'),
      form('review', 'At stage 2, we will provide a full response within 20 working days.'),
    ],
  },
  {
    id: 'complaint-if-missed',
    section: 'When you contact our customer feedback, compliments, and complaints team',
    sentence: COMPLAINT_IF_MISSED,
    shownIn: [table(COMPLAINT_IF_MISSED), form('confirmation', COMPLAINT_IF_MISSED), tracker('overdue', COMPLAINT_IF_MISSED, 'complaint-stage-1')],
  },
  {
    id: 'social-care',
    section: 'When you contact our customer feedback, compliments, and complaints team',
    sentence: 'There are different procedures and timescales if your complaint relates to adults or childrens social care.',
    shownIn: [table(SOCIAL_CARE), form('confirmation', SOCIAL_CARE)],
  },
  {
    id: 'foi',
    section: 'When you make a Freedom of Information request',
    sentence: 'We will provide a response within 20 working days.',
    shownIn: [table('Respond to a Freedom of Information request'), single('foi', 'We will provide a response to your Freedom of Information request within 20 working days.')],
  },
  {
    id: 'foi-if-missed',
    section: 'When you make a Freedom of Information request',
    sentence: INFORMATION_IF_MISSED,
    shownIn: [table(INFORMATION_IF_MISSED), single('foi', INFORMATION_IF_MISSED), tracker('overdue', INFORMATION_IF_MISSED, 'foi')],
  },
  {
    id: 'foi-charge',
    section: 'Requesting information from us',
    sentence: 'In most cases making an FOI request is free, but more complex requests may incur a charge. Our team will let you know if this applies to your case.',
    shownIn: [single('foi', 'In most cases making an FOI request is free, but more complex requests may incur a charge.')],
  },
  {
    id: 'sar',
    section: 'When you make a Subject Access Request',
    sentence: 'Once we have verified your identity, we will provide a response within one month.',
    shownIn: [table('Respond to a Subject Access Request'), single('sar', 'Once we have verified your identity, we will provide a response within one month.')],
  },
  {
    id: 'sar-if-missed',
    section: 'When you make a Subject Access Request',
    sentence: INFORMATION_IF_MISSED,
    shownIn: [single('sar', INFORMATION_IF_MISSED)],
  },
  ...values(
    'How can you help us?',
    [
      ['help-website', 'Checking our website for answers to your questions and using our online services where you can.'],
      ['help-contact-numbers', 'Using our specified contact numbers and addresses rather than contacting officers directly.'],
      ['help-treat-staff', 'Treating our staff in the way you would expect to be treated.'],
      ['help-information', 'Giving us information that we need to complete your request when we ask for it.'],
      ['help-changes', 'Keeping us informed of any changes in your circumstances, especially where it may affect a service you have asked for.'],
      ['help-not-multiple', 'Not contacting us multiple times about the same issue.'],
      ['help-tell-us', 'Letting us know straight away if something has gone wrong.'],
      ['help-feedback', 'Giving us feedback to help us improve services in the future.'],
    ],
    RESIDENT,
  ),
]);
