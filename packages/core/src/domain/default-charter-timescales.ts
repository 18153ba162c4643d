/**
 * Cheshire East Council's charter promises, as timescales, in the charter's
 * own words (Customer Charter, page last reviewed 22 February 2024) and the
 * law behind each promise; the rules are the ones the charter states. The
 * words are in default-charter-en.ts and one file per language beside it
 * (see default-charter-language.ts).
 */
import type { Timescale } from './charter-schema.js';
import { joined, sentences, type CharterText } from './default-charter-language.js';
import type { LocalText } from './types.js';

/** The charter's sentence on asking for a review, optionally with "(stage 2)", ended by each language's full stop. */
const reviewSentence = (text: CharterText, withStage: boolean): LocalText =>
  withStage ? joined(text.askForReview, ' (', text.stage2, ')', text.fullStop) : joined(text.askForReview, text.fullStop);

/** The complaint-handling promises, acknowledgement to stage 2. */
const complaintTimescales = (text: CharterText): Timescale[] => [
  {
    id: 'complaint-acknowledgement',
    title: text.acknowledgeTitle,
    description: text.acknowledgeDescription,
    rule: { kind: 'working-days', days: 3, calendar: 'council' },
    notes: [text.workingDaysNote],
    ifMissed: text.complaintIfMissed,
    overdue: [text.acknowledgeOverdue],
    appliesTo: 'complaint',
  },
  {
    id: 'complaint-stage-1',
    title: text.stage1Title,
    description: text.stage1Description,
    rule: { kind: 'working-days', days: 10, calendar: 'council' },
    notes: [text.workingDaysNote],
    ifMissed: text.complaintIfMissed,
    overdue: [text.contactFeedbackTeam, reviewSentence(text, true)],
    appliesTo: 'complaint',
  },
  {
    id: 'complaint-stage-2',
    title: text.stage2Title,
    description: sentences(reviewSentence(text, false), text.stage2Response),
    rule: { kind: 'working-days', days: 20, calendar: 'council' },
    notes: [text.workingDaysNote],
    ifMissed: text.complaintIfMissed,
    overdue: [text.contactFeedbackTeam, text.stage2Ombudsman],
    appliesTo: 'complaint',
  },
];

/** Information rights: FOI and subject access. */
const informationTimescales = (text: CharterText): Timescale[] => [
  {
    id: 'foi',
    title: text.foiTitle,
    description: text.foiDescription,
    rule: { kind: 'working-days', days: 20, calendar: 'united-kingdom' },
    notes: [text.foiWorkingDays, text.foiCharges],
    ifMissed: text.informationIfMissed,
    overdue: [text.contactInformationRights, text.foiInternalReview, text.foiIco],
    appliesTo: 'foi',
  },
  {
    id: 'sar',
    title: text.sarTitle,
    description: text.sarDescription,
    rule: { kind: 'calendar-months', months: 1, nextWorkingDay: true, extendedMonths: 3 },
    notes: [text.sarMonth, text.sarExtension],
    ifMissed: text.informationIfMissed,
    overdue: [text.contactInformationRights, text.sarIco],
    appliesTo: 'sar',
  },
];

/** Everyday contact: letters, emails and calls. */
const contactTimescales = (text: CharterText): Timescale[] => [
  {
    id: 'letter-more-information',
    // Both halves of the charter's promise: the acknowledgement, and the eight days (issue 13).
    title: text.letterTitle,
    description: text.letterDescription,
    rule: { kind: 'working-days', days: 8, calendar: 'council' },
    notes: [text.letterFullResponse, text.letterApplications],
    overdue: [text.letterOverdue],
    appliesTo: 'letter',
  },
];

/** Answering calls: the aim, then what happens when it cannot be met. */
const callTimescale = (text: CharterText): Timescale => ({
  id: 'call-answer',
  title: text.callTitle,
  description: text.callAim,
  rule: { kind: 'duration', minutes: 2 },
  notes: [text.callAtBusyTimes, text.specialistAdvice],
  overdue: [text.callOverdue],
  appliesTo: 'call',
});

/**
 * The timescales in the order a resident meets them: calling, then
 * complaints, information requests and letters.
 */
export const defaultTimescales = (text: CharterText): Timescale[] => [
  callTimescale(text),
  ...complaintTimescales(text),
  ...informationTimescales(text),
  ...contactTimescales(text),
];
