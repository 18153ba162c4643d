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
 * The declared charset's decoder (`; charset=iso-8859-1`), UTF-8 when none
 * is declared; 415 for a charset we cannot read.
 */
export function charsetOf(req) {
  const declared = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(String(req.headers['content-type'] ?? ''))?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(declared);
  } catch {
    throw new HttpError(415, `The charset ${declared.slice(0, 40)} is not one this server reads: send UTF-8.`);
  }
}

/**
 * The raw body, at most `limit` bytes.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limit
 * @returns {Promise<Buffer>}
 */
export function readBytes(req, limit) {
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
    req.on('end', () => (tooLarge ? fail() : resolve(Buffer.concat(chunks))));
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
    await readBytes(req, limit);
    throw new HttpError(415, `Send the body as ${wanted}${type ? `, not ${type}` : ''}.`);
  }
  const decoder = charsetOf(req);
  const bytes = await readBytes(req, limit);
  if (kind === 'form') return { kind, value: formFields(bytes.toString('latin1'), decoder), text: bytes.toString('latin1') };
  const text = decoder.decode(bytes);
  try {
    return { kind, value: JSON.parse(text), text };
  } catch {
    // Never the parser's message: it quotes the body back.
    throw new HttpError(400, 'The request body is not valid JSON.', { code: 'malformed-json' });
  }
}

/**
 * One form-encoded name or value: `+` is a space, each `%XX` a byte, and the
 * bytes are read in the form's charset (a latin-1 form's `%E9` is é).
 */
function formDecode(text, decoder) {
  const bytes = [];
  const plain = text.replace(/\+/g, ' ');
  for (let i = 0; i < plain.length; i++) {
    const escaped = plain[i] === '%' && /^[0-9a-f]{2}$/i.test(plain.slice(i + 1, i + 3));
    if (escaped) {
      bytes.push(parseInt(plain.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(plain.charCodeAt(i) & 0xff); // raw bytes, read as latin-1 by the caller
  }
  return decoder.decode(Uint8Array.from(bytes));
}

/**
 * Form fields as an object; a name given more than once becomes an array.
 * @param {string} text the body's bytes as latin-1 (one character a byte)
 * @param {TextDecoder} [decoder] the form's charset (UTF-8 by default)
 */
export function formFields(text, decoder = new TextDecoder('utf-8')) {
  const fields = Object.create(null);
  const pairs = text
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const at = pair.indexOf('=');
      return at === -1 ? [formDecode(pair, decoder), ''] : [formDecode(pair.slice(0, at), decoder), formDecode(pair.slice(at + 1), decoder)];
    });
  for (const [name, value] of pairs) {
    if (name in fields) fields[name] = [].concat(fields[name], value);
    else fields[name] = value;
  }
  return fields;
}
