/**
 * The builder's words for each widget and setting: what a web editor reads
 * instead of tag and attribute names. Attributes the manifest lists that are
 * not here are left out of the builder (set by code, or for tests and demos).
 */
import type { Charter } from '@cx-kit/core';
import { localText } from '@cx-kit/core';

export interface WidgetWords {
  tag: string;
  name: string;
  purpose: string;
}

export const WIDGETS: WidgetWords[] = [
  { tag: 'cx-contact-options', name: 'Contact options', purpose: 'The ways to contact a service, whether each is open now, and the emergency number when offices are closed.' },
  { tag: 'cx-charter-timescales', name: 'How long we take', purpose: 'The council’s promises as real dates, such as “We will reply by Tuesday 22 December 2026”.' },
  { tag: 'cx-feedback-form', name: 'Feedback form', purpose: 'Residents make a suggestion, pay a compliment or make a complaint, and get a reference.' },
  { tag: 'cx-request-tracker', name: 'Check on a request', purpose: 'Residents enter their reference to see where their request or complaint is and when it will be answered.' },
];

export interface Choice {
  value: string;
  label: string;
}

/** How a setting is asked: a choice from a list, radios, a date, an address on the council's server. */
export type SettingKind =
  | { kind: 'select'; choices: (charter: Charter) => Choice[] }
  | { kind: 'radios'; choices: Choice[] }
  | { kind: 'date' }
  | { kind: 'text'; example: string }
  /** An address on the council's server: the value is a path (`/api/feedback`) made absolute with the council's address. */
  | { kind: 'council-url'; path: string }
  /** A yes/no that, when yes, sets the attribute to an address on the council's server. */
  | { kind: 'council-url-switch'; path: string; yes: string; no: string };

export interface Setting {
  attribute: string;
  label: string;
  hint: string;
  ask: SettingKind;
  /** Shown only when another setting has one of these values. */
  onlyWhen?: { attribute: string; values: string[] };
}

export const SETTINGS: Record<string, Setting[]> = {
  'cx-contact-options': [
    {
      attribute: 'service',
      label: 'Which service?',
      hint: 'Residents see the ways to contact this service. Choose “Let residents search” to show a search box over every service instead.',
      ask: { kind: 'select', choices: (charter) => [{ value: '', label: 'Let residents search' }, ...charter.services.map((s) => ({ value: s.id, label: localText(s.name, 'en') }))] },
    },
    {
      attribute: 'wait-time-src',
      label: 'Show how long residents wait on the phone?',
      hint: 'The council’s server tells the widget the current waiting time, checked every minute.',
      ask: { kind: 'council-url-switch', path: '/api/wait-times', yes: 'Yes, show waiting times', no: 'No' },
    },
  ],
  'cx-charter-timescales': [
    {
      attribute: 'timescale',
      label: 'Which promise?',
      hint: 'For example, “Respond to a Freedom of Information request”. Choose “Every promise” for a table of them all.',
      ask: { kind: 'select', choices: (charter) => [{ value: '', label: 'Every promise' }, ...charter.timescales.map((s) => ({ value: s.id, label: localText(s.title, 'en') }))] },
    },
    {
      attribute: 'layout',
      label: 'How should the answer look?',
      hint: 'All three show the same dates.',
      ask: {
        kind: 'radios',
        choices: [
          { value: '', label: 'The usual way for this promise' },
          { value: 'calendar', label: 'The date, with a small calendar' },
          { value: 'sentence', label: 'The date in a sentence' },
          { value: 'table', label: 'A table' },
        ],
      },
    },
    {
      attribute: 'received',
      label: 'Count from which day?',
      hint: 'For example, 27 3 2027. Leave it empty to count from the day the resident reads the page.',
      ask: { kind: 'date' },
    },
  ],
  'cx-feedback-form': [
    {
      attribute: 'endpoint',
      label: 'Where the council receives feedback',
      hint: 'The address of the council’s feedback service, for example https://www.council.gov.uk/api/feedback. It is filled in from your council’s address.',
      ask: { kind: 'council-url', path: '/api/feedback' },
    },
  ],
  'cx-request-tracker': [
    {
      attribute: 'api-kind',
      label: 'What do residents check on?',
      hint: 'Ask your council’s web team if you are not sure.',
      ask: {
        kind: 'radios',
        choices: [
          { value: 'cx', label: 'Complaints and requests: residents give their reference and their email address or postcode' },
          { value: 'open311', label: 'Reported problems, such as potholes: residents give their reference only' },
        ],
      },
    },
    {
      attribute: 'api',
      label: 'Where the council’s tracking service is',
      hint: 'For example, https://www.council.gov.uk/api. It is filled in from your council’s address.',
      ask: { kind: 'council-url', path: '/api' },
    },
    {
      attribute: 'poll',
      label: 'Check for news while the page is open?',
      hint: 'The widget asks the council’s server again while the resident is looking at it.',
      ask: {
        kind: 'radios',
        choices: [
          { value: '', label: 'No' },
          { value: '60', label: 'Every minute' },
          { value: '300', label: 'Every 5 minutes' },
        ],
      },
    },
  ],
};

/** The tracking service's usual path on the reference server, for each kind. */
export const TRACKER_PATHS: Record<string, string> = { cx: '/api', open311: '/api/open311/v2' };
