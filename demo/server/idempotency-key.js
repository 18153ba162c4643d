// The `Idempotency-Key` header (IETF httpapi draft), checked the same way on
// every route that takes one.
import { HttpError } from './http-error.js';

/** What a UUID or any opaque token looks like, nothing that could hide a header trick. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** The header's value, checked; undefined when there is none. */
export function idempotencyKey(req) {
  const key = req.headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw new HttpError(400, 'The Idempotency-Key header must be 1 to 255 visible characters, such as a UUID.', { code: 'bad-idempotency-key' });
  }
  return key;
}
