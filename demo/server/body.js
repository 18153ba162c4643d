// Reads a request body: capped in size (413), only the media types a route
// accepts (415), JSON that parses (400). Nothing is parsed before it is whole.
import { HttpError } from './http-error.js';

/** Past this we stop draining a too-large body and close the connection. */
const DRAIN_LIMIT = 8 * 1024 * 1024;

/** The media type of a request without parameters: `application/json`. */
export function mediaType(req) {
  return String(req.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
}

/**
 * The raw body as a string (UTF-8), at most `limit` bytes.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limit
 * @returns {Promise<string>}
 */
export function readText(req, limit) {
  const declared = Number(req.headers['content-length']);
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    let tooLarge = Number.isFinite(declared) && declared > limit;
    const fail = () => reject(new HttpError(413, `The request body is larger than the ${Math.round(limit / 1024)} KB this server accepts.`, { headers: { Connection: 'close' } }));
    if (tooLarge && declared > DRAIN_LIMIT) {
      req.resume();
      return fail();
    }
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (tooLarge) {
        chunks.length = 0;
        // Read the rest so the client gets our answer, unless it never stops.
        if (size > DRAIN_LIMIT) {
          req.pause();
          fail();
        }
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => (tooLarge ? fail() : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

/**
 * The body parsed by its media type: `{ kind: 'json', value, text }` or
 * `{ kind: 'form', value: Record<string, string | string[]>, text }`.
 * @param {import('node:http').IncomingMessage} req
 * @param {{ limit: number, accept: ('json' | 'form')[] }} options
 */
export async function readBody(req, { limit, accept }) {
  const type = mediaType(req);
  const kind = type === 'application/json' || type.endsWith('+json') ? 'json' : type === 'application/x-www-form-urlencoded' ? 'form' : null;
  if (!kind || !accept.includes(kind)) {
    const wanted = accept.map((k) => (k === 'json' ? 'application/json' : 'application/x-www-form-urlencoded')).join(' or ');
    // Still read (and cap) the body, so the connection stays usable for the answer.
    await readText(req, limit);
    throw new HttpError(415, `Send the body as ${wanted}${type ? `, not ${type}` : ''}.`);
  }
  const text = await readText(req, limit);
  if (kind === 'form') return { kind, value: formFields(text), text };
  try {
    return { kind, value: JSON.parse(text), text };
  } catch (error) {
    throw new HttpError(400, `The request body is not valid JSON: ${error.message}`, { code: 'malformed-json' });
  }
}

/** Form fields as an object; a name given more than once becomes an array. */
export function formFields(text) {
  const fields = Object.create(null);
  for (const [name, value] of new URLSearchParams(text)) {
    if (name in fields) fields[name] = [].concat(fields[name], value);
    else fields[name] = value;
  }
  return fields;
}
