// Example requests in every stage, so the tracker has something to show the
// moment the demo starts. Dates are counted back from the day the store is
// seeded, in working days, so each example sits where its name says it does.
// The references and verifiers are listed in README.md: keep the two in step.
import { core } from './core.js';
import { eventText } from './lifecycle.js';
import { promisedDates } from './feedback-filing.js';
import { w3cDateTime } from './open311.js';
import { numberedReference } from './references.js';

/**
 * The seeded feedback: reference (in the default charter's format; another
 * charter gets the same number in its own format), what it is, where it is,
 * and how to look it up.
 */
export const SEEDED_FEEDBACK = [
  { reference: 'CEC-100001', type: 'complaint', service: 'missed-bin', receivedDaysAgo: 0, steps: [], email: 'received@example.org' },
  { reference: 'CEC-100002', type: 'complaint', service: 'council-tax-bill', receivedDaysAgo: 2, steps: [['acknowledged', 1]], address: '12 Example Road, Crewe, CW1 2AB' },
  { reference: 'CEC-100003', type: 'complaint', service: 'roads-and-potholes', receivedDaysAgo: 5, steps: [['acknowledged', 1], ['in-progress', 2]], email: 'in.progress@example.org' },
  { reference: 'CEC-100004', type: 'complaint', service: 'planning-applications', receivedDaysAgo: 6, steps: [['acknowledged', 1], ['in-progress', 2], ['awaiting-information', 4]], email: 'awaiting@example.org' },
  { reference: 'CEC-100005', type: 'complaint', service: 'garden-waste', receivedDaysAgo: 12, steps: [['acknowledged', 1], ['in-progress', 3], ['answered', 9]], email: 'answered@example.org' },
  { reference: 'CEC-100006', type: 'compliment', service: 'libraries', receivedDaysAgo: 15, steps: [['acknowledged', 2], ['closed', 3]], email: 'closed@example.org' },
  { reference: 'CEC-100007', type: 'complaint', service: 'housing-benefit', receivedDaysAgo: 14, steps: [['acknowledged', 2], ['in-progress', 4]], address: '3 Sample Street, Macclesfield, SK10 1AA', note: 'overdue' },
  { reference: 'CEC-100008', type: 'complaint', service: 'council-tax-bill', receivedDaysAgo: 30, steps: [['acknowledged', 1], ['in-progress', 2], ['answered', 8], ['escalated', 25]], email: 'escalated@example.org' },
  { reference: 'CEC-100009', type: 'suggestion', service: null, receivedDaysAgo: 3, steps: [['acknowledged', 1]], email: 'suggestion@example.org' },
];

/** The seeded Open311 reports (public: looked up by id alone). */
export const SEEDED_OPEN311 = [
  { reference: 'CEC-200001', service: 'missed-bin', status: 'open', daysAgo: 1, expectedInDays: 2, address: 'Example Road, Crewe, CW1 2AB', description: 'The grey bin was not emptied on collection day.', notes: 'A crew will return to collect the bin.' },
  { reference: 'CEC-200002', service: 'fly-tipping', status: 'open', daysAgo: 3, address: 'Lay-by on Sample Lane, Nantwich', description: 'Bags of rubbish and an old mattress dumped in the lay-by.', notes: 'Passed to the enforcement team.' },
  { reference: 'CEC-200003', service: 'litter-and-street-cleaning', status: 'closed', daysAgo: 10, updatedDaysAgo: 8, address: 'Market Square, Sandbach', description: 'Broken glass by the bus stop.', notes: 'The area was cleaned.' },
  { reference: 'CEC-200004', service: 'roads-and-potholes', status: 'closed', daysAgo: 20, expectedInDays: -12, updatedDaysAgo: 13, address: 'Example Lane, Congleton', description: 'A deep pothole in the middle of the lane.', notes: 'The pothole was repaired.' },
];

/** `days` working days before `date` on the council's calendar (0: the date itself). */
function workingDaysBefore(calendar, date, days) {
  let day = date;
  for (let left = days; left > 0; ) {
    day = core.addDays(day, -1);
    if (calendar.isWorkingDay(day)) left -= 1;
  }
  return day;
}

/** Writes the examples into an empty store (one transaction). */
export async function seedStore(env) {
  const { store, charter } = env;
  const now = env.now();
  const today = core.todayInLondon(new Date(now));
  const calendar = core.calendarFor(charter, 'council');
  const at = (date, time) => core.londonInstant(date, time).toISOString();
  // Another charter may not have the default's services: its examples then name none.
  const known = (id) => (charter.services.some((s) => s.id === id) ? id : null);
  const name = (id) => (id ? core.localText(charter.services.find((s) => s.id === id)?.name ?? id, 'en') : undefined);
  const records = [];
  // A seed keeps the reference it was given where the charter still accepts it
  // (the default charter takes its old six-digit references as well as the
  // wide ones it gives now); elsewhere it is numbered in the charter's format.
  const format = charter.organisation.referenceFormat;
  const referenceOf = (seed) => (new RegExp(format.pattern).test(seed.reference) ? seed.reference : numberedReference(format, Number(seed.reference.replace(/\D/g, ''))));

  for (const seed of SEEDED_FEEDBACK) {
    const received = seed.receivedDaysAgo === 0 ? today : workingDaysBefore(calendar, today, seed.receivedDaysAgo);
    // Today's example arrived half an hour ago; older ones at 10am on their day.
    const receivedAt = seed.receivedDaysAgo === 0 ? new Date(now - 30 * 60_000).toISOString() : at(received, '10:00');
    const dueDates = promisedDates(charter, seed.type, received);
    let stage = seed.type === 'complaint' ? 1 : null;
    const events = [{ at: receivedAt, status: 'received', text: eventText('received', seed.type) }];
    for (const [status, afterDays] of seed.steps) {
      const date = calendar.addWorkingDays(received, afterDays);
      events.push({ at: at(date, '14:00'), status, text: eventText(status, seed.type) });
      if (status === 'escalated') {
        stage = 2;
        dueDates.respondBy = core.dueDateFor(charter, 'complaint-stage-2', date);
      }
    }
    const reference = referenceOf(seed);
    const contact = seed.email
      ? { name: 'Alex Example', preference: 'email', email: seed.email }
      : { name: 'Jo Example', preference: 'post', address: seed.address };
    records.push({
      kind: 'feedback',
      reference,
      type: seed.type,
      service: known(seed.service),
      details: `An example ${seed.type}${known(seed.service) ? ` about ${name(seed.service)}` : ''}, seeded for the demo.`,
      contact,
      consent: true,
      locale: 'en-GB',
      client: { startedAt: receivedAt, submittedAt: receivedAt },
      receivedAt,
      stage,
      dueDates,
      receipt: { reference, receivedAt, ...promisedDates(charter, seed.type, received) },
      autoAcknowledge: false,
      seeded: true,
      events,
    });
  }

  for (const seed of SEEDED_OPEN311) {
    const requested = workingDaysBefore(calendar, today, seed.daysAgo);
    const updated = seed.updatedDaysAgo === undefined ? requested : workingDaysBefore(calendar, today, seed.updatedDaysAgo);
    const expected = seed.expectedInDays === undefined ? undefined : seed.expectedInDays >= 0 ? calendar.addWorkingDays(today, seed.expectedInDays) : workingDaysBefore(calendar, today, -seed.expectedInDays);
    const service = charter.services.find((s) => s.id === seed.service);
    if (!service) continue;
    records.push({
      kind: 'open311',
      reference: referenceOf(seed),
      status: seed.status,
      status_notes: seed.notes,
      service_name: name(seed.service),
      service_code: seed.service,
      description: seed.description,
      agency_responsible: service?.team ? core.localText(service.team.name, 'en') : core.localText(charter.organisation.name, 'en'),
      requested_datetime: w3cDateTime(core.londonInstant(requested, '09:30').getTime()),
      updated_datetime: w3cDateTime(core.londonInstant(updated, '15:00').getTime()),
      ...(expected && { expected_datetime: w3cDateTime(core.londonInstant(expected, '17:00').getTime()) }),
      address: seed.address,
      seeded: true,
    });
  }
  await store.importRecords(records, []);
}
