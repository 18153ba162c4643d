// One error type for every failure a handler reports, so each becomes the
// same clear JSON body (or, for Open311 routes, the standard's error array).

/**
 * The short code each HTTP status is reported with, when a handler gives
 * none: core's API_ERROR_CODES where one fits (`invalid`, `not-found`,
 * `rate-limited`, `unavailable`, `server-error`), plain names for the rest.
 */
export const ERROR_CODES = {
  400: 'bad-request',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'invalid',
  429: 'rate-limited',
  500: 'server-error',
  503: 'unavailable',
};

export class HttpError extends Error {
  /**
   * @param {number} status
   * @param {string} message a sentence a developer (and, shown as is, a resident) understands
   * @param {{ code?: string, fields?: Record<string, string>, headers?: Record<string, string> }} [extra]
   */
  constructor(status, message, { code, fields, headers } = {}) {
    super(message);
    this.status = status;
    this.code = code ?? ERROR_CODES[status] ?? 'error';
    this.fields = fields;
    this.headers = headers ?? {};
  }
}
