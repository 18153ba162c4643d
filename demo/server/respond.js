// Answers as plain objects ({ status, headers, body }) rather than writes to
// the socket, so one place can add the security and CORS headers, inject
// faults, and replay an answer exactly.
import { HttpError } from './http-error.js';
import { xmlList } from './xml.js';
import { failurePage } from './feedback-pages.js';

const JSON_TYPE = 'application/json; charset=utf-8';

/** A JSON answer. */
export function json(status, body, headers = {}) {
  return { status, headers: { 'Content-Type': JSON_TYPE, ...headers }, body: JSON.stringify(body) };
}

/** An HTML page. */
export function htmlPage(status, text, headers = {}) {
  return { status, headers: { 'Content-Type': 'text/html; charset=utf-8', ...headers }, body: text };
}

/** Open311 XML, as GeoReport v2 says: "text/xml". */
export function xml(status, text, headers = {}) {
  return { status, headers: { 'Content-Type': 'text/xml; charset=utf-8', ...headers }, body: text };
}

/** A redirect after a form POST (303: the browser follows with a GET). */
export function seeOther(location) {
  return { status: 303, headers: { Location: location, 'Content-Type': 'text/plain; charset=utf-8' }, body: `See ${location}` };
}

/**
 * An HttpError (or any thrown error: a 500 that says nothing about the
 * internals) in the style the route speaks:
 * - `json`: `{ "error": { "code", "message", "fields"? } }` (core's ApiError)
 * - `open311` / `open311-xml`: GeoReport v2's `[{ "code", "description" }]`, as JSON or XML
 * - `html`: a page for a resident posting the plain form
 * - `text`: plain text, for pages that are not part of an API
 */
export function errorResponse(error, style = 'json', { backHref = '/' } = {}) {
  const known = error instanceof HttpError;
  const failure = known ? error : new HttpError(500, 'Something went wrong on our side. Try again in a few minutes.');
  const headers = { ...failure.headers };
  switch (style) {
    case 'open311':
      return json(failure.status, [{ code: failure.status, description: failure.message }], headers);
    case 'open311-xml':
      return xml(failure.status, xmlList('errors', 'error', [{ code: failure.status, description: failure.message }]), headers);
    case 'html':
      return htmlPage(failure.status, failurePage(htmlTitle(failure.status), failure.message, backHref), headers);
    case 'text':
      return { status: failure.status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers }, body: failure.message };
    default: {
      const body = { error: { code: failure.code, message: failure.message } };
      if (failure.fields) body.error.fields = failure.fields;
      return json(failure.status, body, headers);
    }
  }
}

function htmlTitle(status) {
  if (status === 429) return 'Too many attempts';
  if (status === 413) return 'Your feedback is too long to send';
  if (status >= 500) return 'Sorry, there is a problem with the service';
  return 'Your feedback could not be sent';
}
