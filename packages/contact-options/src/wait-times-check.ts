/**
 * The `WaitTimes` contract (core's `waitTimesSchema`) checked by a small
 * plain function, so a page with live waits never downloads zod: it stays
 * where it earns its weight (the server, the JSON Schema export). Unknown
 * fields are dropped, as the contract does.
 */
import { isKebabId, isLooseIsoDateTime, type CxProblem, type WaitTimes } from '@cx-kit/core';

export type WaitTimesCheck = { ok: true; value: WaitTimes } | { ok: false; problems: CxProblem[] };

/** An ISO 8601 date and time with seconds and its zone ("2026-06-01T08:59:00Z", "…+01:00"), as the contract has it. */
const isInstant = (value: unknown): value is string =>
  typeof value === 'string' && isLooseIsoDateTime(value) && /T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/.test(value) && Number.isFinite(Date.parse(value));

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function checkWaitTimes(body: unknown): WaitTimesCheck {
  const problems: CxProblem[] = [];
  const problem = (path: string, message: string) => problems.push({ path, message });
  if (!isRecord(body)) return { ok: false, problems: [{ path: '(root)', message: 'must be an object' }] };
  if (!isInstant(body.updatedAt)) problem('updatedAt', 'must be a date and time with its zone, such as "2026-06-01T08:59:00Z"');
  if (!Array.isArray(body.channels)) problem('channels', 'must be a list');
  const channels: WaitTimes['channels'] = [];
  (Array.isArray(body.channels) ? body.channels : []).forEach((item: unknown, i) => {
    const at = `channels.${i}`;
    if (!isRecord(item)) return problem(at, 'must be an object');
    const { channel, minutes, queuePosition } = item;
    if (typeof channel !== 'string' || !isKebabId(channel)) problem(`${at}.channel`, 'must be a channel id, such as "phone"');
    if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) problem(`${at}.minutes`, 'must be a number of minutes, 0 or more');
    const queued = queuePosition === undefined || (Number.isSafeInteger(queuePosition) && (queuePosition as number) >= 0);
    if (!queued) problem(`${at}.queuePosition`, 'must be a whole number, 0 or more');
    channels.push({ channel: channel as string, minutes: minutes as number, ...(queuePosition === undefined ? {} : { queuePosition: queuePosition as number }) });
  });
  return problems.length ? { ok: false, problems } : { ok: true, value: { updatedAt: body.updatedAt as string, channels } };
}
