// Where a piece of feedback is in its life, as the tracker shows it: the
// events so far (with the acknowledgement that happens by itself a few
// minutes after receipt in the demo), the status, the dates, whether it is late.
import { core } from './core.js';

/** What each status means to a resident, as the first line of its event. */
const EVENT_TEXT = {
  received: (noun) => `We received your ${noun}.`,
  acknowledged: (noun) => `We acknowledged your ${noun} and passed it to the team that will deal with it.`,
  'in-progress': () => 'The team is looking into it.',
  'awaiting-information': () => 'We have asked you for more information. We will carry on as soon as we hear from you.',
  answered: () => 'We sent you our full response.',
  closed: (noun) => `We closed your ${noun}.`,
  escalated: () => 'You asked for a review by a second officer (stage 2).',
};

const NOUNS = { complaint: 'complaint', 'stage-2': 'request for a review', suggestion: 'suggestion', compliment: 'compliment' };

/** The words for an event of `status` on a record of feedback `type`. */
export function eventText(status, type) {
  return EVENT_TEXT[status](NOUNS[type] ?? 'request');
}

/** The statuses an officer may move a record on to from `status` (the admin page's buttons). */
export function nextStatuses(record, status) {
  const complaint = record.type === 'complaint' || record.type === 'stage-2';
  const canEscalate = record.type === 'complaint' && record.stage === 1;
  switch (status) {
    case 'received':
      return ['acknowledged'];
    case 'acknowledged':
      return complaint ? ['in-progress', 'awaiting-information', 'answered'] : ['answered', 'closed'];
    case 'in-progress':
      return ['awaiting-information', 'answered'];
    case 'awaiting-information':
      return ['in-progress', 'answered'];
    case 'answered':
      return canEscalate ? ['closed', 'escalated'] : ['closed'];
    case 'escalated':
      return ['in-progress', 'awaiting-information', 'answered'];
    case 'closed':
      return canEscalate ? ['escalated'] : [];
    default:
      return [];
  }
}

/**
 * The record's events, with the automatic acknowledgement added once
 * `ackAfterMinutes` have passed since receipt (demo records only; seeded
 * ones keep the status they were given).
 * @param {{ now: () => number, ackAfterMinutes: number }} env
 */
export function effectiveEvents(record, env) {
  const events = record.events ?? [];
  if (!record.autoAcknowledge || events.length !== 1 || events[0].status !== 'received') return events;
  const ackAt = Date.parse(record.receivedAt) + env.ackAfterMinutes * 60_000;
  if (env.now() < ackAt) return events;
  return [...events, { at: new Date(ackAt).toISOString(), status: 'acknowledged', text: eventText('acknowledged', record.type) }];
}

/** The status a record is in now. */
export function currentStatus(record, env) {
  return effectiveEvents(record, env).at(-1)?.status ?? 'received';
}

/**
 * Late: not acknowledged by its acknowledgement date, or not answered by its
 * response date. Waiting for the resident's information stops the clock here.
 */
export function isOverdue(record, status, today) {
  if (status === 'answered' || status === 'closed' || status === 'awaiting-information') return false;
  const { acknowledgeBy, respondBy } = record.dueDates ?? {};
  if (status === 'received' && acknowledgeBy && today > acknowledgeBy) return true;
  return Boolean(respondBy && today > respondBy);
}

/** The service's name in the record's language, or a general label when the resident did not know. */
export function serviceName(charter, serviceId, locale = 'en') {
  const service = serviceId ? charter.services.find((s) => s.id === serviceId) : undefined;
  return service ? core.localText(service.name, locale) : 'Customer feedback';
}

/** The team dealing with it: the service's own, else customer services with the charter's email and phone. */
export function teamFor(charter, serviceId, locale = 'en') {
  const service = serviceId ? charter.services.find((s) => s.id === serviceId) : undefined;
  if (service?.team) {
    const { name, phone, email } = service.team;
    return { name: core.localText(name, locale), ...(phone && { phone }), ...(email && { email }) };
  }
  const phone = charter.channels.find((c) => c.kind === 'phone' && c.phone)?.phone;
  const email = charter.channels.find((c) => c.kind === 'email' && c.email)?.email;
  return { name: 'Customer feedback team', ...(phone && { phone }), ...(email && { email }) };
}

/**
 * A complaint's stages, as one timeline (TrackerStatus.stages): stage 1 from
 * receipt with the dates first promised, stage 2 from the escalation with
 * its own; each with when it was answered. Events are tagged with their stage.
 */
function complaintStages(record, events) {
  const escalatedAt = events.findIndex((event) => event.status === 'escalated');
  const stageOf = (i) => (escalatedAt !== -1 && i >= escalatedAt ? 2 : 1);
  const tagged = events.map((event, i) => ({ ...event, stage: stageOf(i) }));
  const answeredIn = (stage) => tagged.find((event) => event.stage === stage && event.status === 'answered')?.at;
  const first = record.stageOne ?? { acknowledgeBy: record.receipt?.acknowledgeBy, respondBy: record.receipt?.respondBy };
  const stageOne = { stage: 1, receivedAt: record.receivedAt, ...definedOnly(first), ...(answeredIn(1) && { answeredAt: answeredIn(1) }) };
  if (escalatedAt === -1) return { stages: [stageOne], events: tagged };
  const stageTwo = {
    stage: 2,
    receivedAt: record.review?.receivedAt ?? events[escalatedAt].at,
    ...definedOnly({ acknowledgeBy: record.review ? record.dueDates?.acknowledgeBy : undefined, respondBy: record.dueDates?.respondBy }),
    ...(answeredIn(2) && { answeredAt: answeredIn(2) }),
  };
  return { stages: [stageOne, stageTwo], events: tagged };
}

const definedOnly = (object) => Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));

/**
 * A feedback record as the tracker's `TrackerStatus` contract describes it.
 * @param {{ charter: object, now: () => number, ackAfterMinutes: number }} env
 */
export function trackerStatus(record, env) {
  const plain = effectiveEvents(record, env);
  const status = plain.at(-1)?.status ?? 'received';
  const today = core.todayInLondon(new Date(env.now()));
  const { stages, events } = record.type === 'complaint' ? complaintStages(record, plain) : { events: plain };
  return {
    reference: record.reference,
    service: { ...(record.service && { id: record.service }), name: serviceName(env.charter, record.service, record.locale) },
    status,
    stage: stages ? stages.length : (record.stage ?? null),
    ...(stages && { stages }),
    receivedAt: record.receivedAt,
    events,
    dueDates: { ...record.dueDates },
    team: teamFor(env.charter, record.service, record.locale),
    overdue: isOverdue(record, status, today),
  };
}

/** Lower case with every space gone: how verifiers (email, postcode) are compared. */
export function normaliseVerifier(value) {
  return String(value ?? '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

const POSTCODE_IN_TEXT = /\b([A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|GIR\s*0AA)\b/gi;

/** The postcode in a postal address (the last one, as addresses end with it), or undefined. */
export function postcodeIn(address) {
  const matches = String(address ?? '').match(POSTCODE_IN_TEXT);
  return matches?.at(-1);
}

/** What proves a record is yours: its email address and its postcode, normalised (either may be missing). */
export function verifiersOf(record) {
  return [record.contact?.email, postcodeIn(record.contact?.address)]
    .map(normaliseVerifier)
    .filter((value) => value !== '');
}

/**
 * Moves a record on to `status`: the automatic acknowledgement is written
 * down first (so the history a resident has already seen is kept), then the
 * new event. Escalating a stage 1 complaint starts the stage 2 clock today.
 * @param {{ store: object, charter: object, now: () => number, ackAfterMinutes: number }} env
 * @param {{ set?: object, text?: string, at?: string, tx?: object }} [options] `tx`: inside a transaction the caller holds
 */
export async function moveOn(env, record, status, { set = {}, text, at, tx } = {}) {
  const when = at ?? new Date(env.now()).toISOString();
  const changes = { ...set, events: effectiveEvents(record, env), autoAcknowledge: false };
  if (status === 'escalated' && !('stage' in set)) {
    const today = core.todayInLondon(new Date(when));
    changes.stage = 2;
    changes.dueDates = { ...record.dueDates, respondBy: core.dueDateFor(env.charter, 'complaint-stage-2', today), ...set.dueDates };
  }
  const event = { at: when, status, text: text ?? eventText(status, record.type) };
  // The resident hears of it by their preferred way: queued in the same transaction as the change.
  const change = (stored) => ({ ...stored, ...changes, events: [...changes.events, event] });
  const tell = env.afterStatusChange && ((within, after) => env.afterStatusChange(within, after, event));
  return tx ? env.store.updateWithin(tx, record.reference, change, tell) : env.store.update(record.reference, change, tell);
}
