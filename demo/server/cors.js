// CORS only for the origins configured (CORS_ORIGINS): a partner's site may
// call the API from its own origin; same-origin pages need no headers at all.

const ALLOWED_HEADERS = 'Content-Type, Idempotency-Key, Accept, Accept-Language';
const EXPOSED_HEADERS = 'Retry-After, Idempotent-Replayed';

/** The origins in a comma-separated list, normalised (`https://a.example` without a trailing slash). */
export function parseOrigins(list) {
  if (Array.isArray(list)) return list.map(normaliseOrigin).filter(Boolean);
  return String(list ?? '')
    .split(',')
    .map((origin) => normaliseOrigin(origin.trim()))
    .filter(Boolean);
}

function normaliseOrigin(origin) {
  if (!origin) return '';
  try {
    return new URL(origin).origin;
  } catch {
    return '';
  }
}

/**
 * The CORS headers for a request from `origin` (none when it is not allowed),
 * plus the preflight ones when `preflight` is true.
 */
export function corsHeaders(origin, allowed, preflight = false) {
  if (!origin || !allowed.includes(origin)) return {};
  const headers = { 'Access-Control-Allow-Origin': origin, Vary: 'Origin', 'Access-Control-Expose-Headers': EXPOSED_HEADERS };
  if (preflight) {
    headers['Access-Control-Allow-Methods'] = 'GET, POST, OPTIONS';
    headers['Access-Control-Allow-Headers'] = ALLOWED_HEADERS;
    headers['Access-Control-Max-Age'] = '600';
  }
  return headers;
}
