/**
 * What residents get without JavaScript (or when a widget cannot run): plain
 * HTML the builder writes inside the tag. For the feedback form it is a real
 * `<form>` that posts to the same endpoint, which the widget replaces when it
 * runs. Every value from the charter is escaped.
 */
import { localText, type Charter } from '@cx-kit/core';
import { groupPhone, telHref } from '@cx-kit/core/element';
import { escapeHtml } from './snippet.js';

const t = (text: Parameters<typeof localText>[0]) => escapeHtml(localText(text, 'en'));

function mainPhone(charter: Charter, serviceId?: string): string | undefined {
  const service = charter.services.find((s) => s.id === serviceId);
  const ids = service?.channels ?? charter.channels.map((c) => c.id);
  const phone = charter.channels.find((c) => ids.includes(c.id) && c.kind === 'phone' && c.phone) ?? charter.channels.find((c) => c.kind === 'phone' && c.phone);
  return phone?.phone;
}

function phoneLine(charter: Charter, serviceId?: string): string {
  const phone = mainPhone(charter, serviceId);
  const website = escapeHtml(charter.organisation.website);
  const call = phone ? `Call us on <a href="${escapeHtml(telHref(phone))}">${escapeHtml(groupPhone(phone))}</a> or ` : '';
  return `<p>${call}<a href="${website}">contact us online</a>.</p>`;
}

function feedbackForm(endpoint: string): string {
  const choice = (value: string, label: string) =>
    `    <p><input type="radio" id="cx-type-${value}" name="type" value="${value}" required> <label for="cx-type-${value}">${label}</label></p>`;
  return [
    `<form method="post" action="${escapeHtml(endpoint || '/api/feedback')}">`,
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
  ].join('\n');
}

export function fallbackFor(widget: string, charter: Charter, attributes: Record<string, string | boolean | undefined>): string {
  switch (widget) {
    case 'cx-feedback-form':
      return feedbackForm(String(attributes.endpoint ?? ''));
    case 'cx-charter-timescales': {
      const timescale = charter.timescales.find((s) => s.id === attributes.timescale);
      return timescale ? `<p>${t(timescale.description)}</p>` : charter.timescales.map((s) => `<p>${t(s.description)}</p>`).join('\n');
    }
    case 'cx-request-tracker': {
      const tracker = charter.organisation.trackerUrl ?? charter.organisation.website;
      return `<p>To check on a request, <a href="${escapeHtml(tracker)}">track it online</a> or call us with your reference.</p>\n${phoneLine(charter)}`;
    }
    default:
      return phoneLine(charter, typeof attributes.service === 'string' ? attributes.service : undefined);
  }
}
