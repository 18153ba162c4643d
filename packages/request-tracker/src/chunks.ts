/**
 * The tracker's code beyond its shell, each part loaded with `import()`: the
 * form (with the charter), then what a lookup needs when the form is first
 * used or a lookup starts: the lookup session (its controller, views, dates
 * and words), the failure view and each API's client. One object, so a test can make a chunk
 * fail to load.
 */
import { downloadFailure } from '@cx-kit/core/element';
import type { Open311Format } from './open311.js';

/** How long to wait before giving up on a lookup. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** The shortest polling interval allowed, so a typo cannot hammer the server. */
export const MIN_POLL_SECONDS = 15;

export const lookupChunks = {
  /** The form: fetched as the element connects, with the charter. */
  form: () => import('./form-part.js'),
  /** The references remembered on this device: their list and what writes to them, when there are some or one to keep. */
  remembered: () => import('./remembered-part.js'),
  /** The failure view, fetched with the session's code, so it is here if that code cannot load. */
  failure: () => import('./views/failure.js'),
  session: () => import('./lookup-session.js'),
  cx: () => import('./cx-api.js'),
  open311: () => import('./open311.js'),
};

/** What one lookup asks: the reference and, for the cx-kit API, the email or postcode (kept only in memory). */
export interface Lookup {
  reference: string;
  verifier?: string;
}

/** The tracker's attributes a lookup is sent with. */
export interface LookupConfig {
  api: string;
  isCx: boolean;
  format: Open311Format;
  jurisdictionId?: string;
  timeoutMs: number;
  poll?: string;
}

/** A chunk that did not load, as every widget reports it (core's downloadFailure). */
export const chunkFailure = (error: unknown) => downloadFailure(error, 'The code that shows a request');
