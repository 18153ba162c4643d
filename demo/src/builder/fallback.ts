/**
 * What residents get without JavaScript (or when a widget cannot run): plain
 * HTML the builder writes inside the tag, carrying each widget's essentials.
 * Every link and form posts to the council's own server (absolute addresses),
 * never to the site the snippet is pasted into. Every value from the charter
 * is escaped.
 */
import { dueDateFor, localText, type Channel, type Charter, type ISODate, type OpeningHours, type Weekday } from '@cx-kit/core';
import { formatDate, formatTime, groupPhone, telHref } from '@cx-kit/core/element';
import { escapeHtml } from './snippet.js';

const t = (text: Parameters<typeof localText>[0]) => escapeHtml(localText(text, 'en'));
const phoneLink = (number: string) => `<a href="${escapeHtml(telHref(number))}">${escapeHtml(groupPhone(number))}</a>`;
const longDate = (iso: ISODate) => escapeHtml(formatDate(iso, 'en-GB'));

export interface FallbackContext {
  /** The widget's attributes, with every address already absolute. */
  attributes: Record<string, string | boolean | undefined>;
  /** The council's address (`https://www.council.gov.uk`), for the plain forms. */
  council: string;
  /** Today in UK time: the timescales' dates are worked out from it, and say so. */
  today: ISODate;
}

const WEEKDAYS: Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const dayName = (day: Weekday) => day[0].toUpperCase() + day.slice(1);

/** "Monday to Thursday, 8:30am to 5pm; Friday, 8:30am to 4:30pm": days with the same hours run together. */
export function hoursInWords(hours: OpeningHours | undefined): string {
  if (!hours || hours.always) return 'at any time, day or night';
  const ranges = (day: Weekday) => (hours.weekly?.[day] ?? []).map((r) => r.split('-').map((time) => formatTime(time)).join(' to ')).join(' and ');
  const groups: { from: Weekday; to: Weekday; text: string }[] = [];
  for (const day of WEEKDAYS) {
    const text = ranges(day);
    const last = groups.at(-1);
    if (text && last && last.text === text && WEEKDAYS.indexOf(last.to) === WEEKDAYS.indexOf(day) - 1) last.to = day;
    else if (text) groups.push({ from: day, to: day, text });
  }
  return groups.map((g) => `${g.from === g.to ? dayName(g.from) : `${dayName(g.from)} to ${dayName(g.to)}`}, ${g.text}`).join('; ');
}

function channelsOf(charter: Charter, serviceId: unknown): Channel[] {
  const service = charter.services.find((s) => s.id === serviceId);
  return service ? service.channels.map((id) => charter.channels.find((c) => c.id === id)).filter((c): c is Channel => Boolean(c)) : charter.channels;
}

function phoneChannel(charter: Charter, serviceId?: unknown): Channel | undefined {
  return channelsOf(charter, serviceId).find((c) => c.kind === 'phone' && c.phone) ?? charter.channels.find((c) => c.kind === 'phone' && c.phone);
}

function onlineAddress(charter: Charter, serviceId?: unknown): string {
  return channelsOf(charter, serviceId).find((c) => c.kind === 'online' && c.url)?.url ?? charter.organisation.website;
}

/** The main number with its hours, the emergency line and when to use it, and the online link. */
function contactLines(charter: Charter, serviceId?: unknown): string[] {
  const lines: string[] = [];
  const phone = phoneChannel(charter, serviceId);
  if (phone?.phone) lines.push(`<p>Call us on ${phoneLink(phone.phone)}: ${escapeHtml(hoursInWords(phone.hours))}.</p>`);
  const emergency = charter.channels.find((c) => c.kind === 'emergency' && c.phone);
  if (emergency?.phone) {
    const when = emergency.notes ? ` ${t(emergency.notes)}` : '';
    lines.push(`<p>Emergencies, when our offices are closed: call ${phoneLink(emergency.phone)}.${when}</p>`);
  }
  lines.push(`<p><a href="${escapeHtml(onlineAddress(charter, serviceId))}">Contact us online</a> at any time.</p>`);
  return lines;
}

function feedbackForm(endpoint: string, charter: Charter): string {
  const choice = (value: string, label: string) =>
    `    <p><input type="radio" id="cx-type-${value}" name="type" value="${value}" required> <label for="cx-type-${value}">${label}</label></p>`;
  const email = charter.channels.find((c) => c.kind === 'email' && c.email)?.email;
  return [
    `<form method="post" action="${escapeHtml(endpoint)}">`,
    '  <fieldset>',
    '    <legend>What do you want to do?</legend>',
    choice('suggestion', 'Make a suggestion'),
    choice('compliment', 'Pay a compliment'),
    choice('complaint', 'Make a complaint'),
    '  </fieldset>',
    '  <p><label for="cx-details">Your feedback</label><br><textarea id="cx-details" name="details" rows="6" required></textarea></p>',
    '  <p><label for="cx-name">Your name (optional for suggestions and compliments)</label><br><input id="cx-name" name="name" autocomplete="name"></p>',
    '  <p><label for="cx-email">Email address, so we can reply</label><br><input id="cx-email" name="email" type="email" autocomplete="email"></p>',
    '  <input type="hidden" name="preference" value="email">',
    '  <p><input type="checkbox" id="cx-consent" name="consent" value="true"> <label for="cx-consent">I agree that the council can use these details to deal with my feedback</label></p>',
    '  <p><button type="submit">Send feedback</button></p>',
    '</form>',
    ...(email ? [`<p>Or email <a href="mailto:${escapeHtml(email)}">${escapeHtml(email)}</a>.</p>`] : []),
  ].join('\n');
}

function trackerForm(api: string, charter: Charter): string {
  const example = charter.organisation.referenceFormat?.example;
  return [
    `<form method="post" action="${escapeHtml(`${api.replace(/\/$/, '')}/track`)}">`,
    `  <p><label for="cx-reference">Your reference</label><br>${example ? `<span id="cx-reference-hint">For example, ${escapeHtml(example)}</span><br>` : ''}<input id="cx-reference" name="reference" required${example ? ' aria-describedby="cx-reference-hint"' : ''}></p>`,
    '  <p><label for="cx-verifier">The email address or postcode you gave us</label><br><input id="cx-verifier" name="verifier" required></p>',
    '  <p><button type="submit">Check your request</button></p>',
    '</form>',
  ].join('\n');
}

/** The promises as text, with dates worked out today (or from the chosen day), and saying so. */
function timescalesText(charter: Charter, { attributes, today }: FallbackContext): string {
  const received = typeof attributes.received === 'string' && attributes.received ? attributes.received : today;
  const chosen = charter.timescales.filter((s) => !attributes.timescale || s.id === attributes.timescale);
  const from = received === today ? `today, ${longDate(today)}` : longDate(received);
  const rows = chosen.map((s) => {
    const due = dueDateFor(charter, s.id, received);
    return `    <tr><th scope="row">${t(s.title)}</th><td>${t(s.description)}</td><td>${due ? longDate(due) : 'Not a date'}</td></tr>`;
  });
  return [
    '<table>',
    `  <caption>Our promises, counted from ${from}</caption>`,
    '  <thead>',
    '    <tr><th scope="col">What you ask for</th><th scope="col">Our promise</th><th scope="col">By</th></tr>',
    '  </thead>',
    '  <tbody>',
    ...rows,
    '  </tbody>',
    '</table>',
    `<p>These dates were worked out on ${longDate(today)}, when this page was written. If you contact us on a later day, count from that day.</p>`,
  ].join('\n');
}

export function fallbackFor(widget: string, charter: Charter, context: FallbackContext): string {
  const { attributes } = context;
  switch (widget) {
    case 'cx-feedback-form':
      return feedbackForm(String(attributes.endpoint || `${context.council}/api/feedback`), charter);
    case 'cx-charter-timescales':
      return timescalesText(charter, context);
    case 'cx-request-tracker': {
      const api = String(attributes.api || `${context.council}/api`);
      const phone = phoneChannel(charter);
      const call = phone?.phone ? [`<p>Or call us on ${phoneLink(phone.phone)} with your reference: ${escapeHtml(hoursInWords(phone.hours))}.</p>`] : [];
      // Open311 servers have no page for a person: residents call or go online.
      if (attributes['api-kind'] === 'open311') return [...call, `<p><a href="${escapeHtml(onlineAddress(charter))}">Check online</a> at any time.</p>`].join('\n');
      return [trackerForm(api, charter), ...call].join('\n');
    }
    default:
      return contactLines(charter, attributes.service).join('\n');
  }
}
