/**
 * Checks of what a tracking API answers, as small plain functions: the same
 * rules as core's contract schemas (TrackerStatus; Open311 GeoReport v2
 * requests and errors), without loading zod on the resident's page. zod
 * stays where it earns its weight: the server, the JSON Schema export, an
 * editor's charter.
 *
 * Each check gives the value (unknown fields dropped, as the contracts do)
 * or the paths of what does not fit: paths only, never values, which can be
 * personal.
 */
import {
  isDialledNumber,
  isEmailAddress,
  isISODate,
  isLooseIsoDateTime,
  isWebUrl,
  type Open311Error,
  type Open311Request,
  type TrackerStatus,
} from '@cx-kit/core';
import { TRACKER_STATUSES } from '@cx-kit/core/element';


export type Checked<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** One stage of a complaint, as the TrackerStatus contract lists it. */
export interface CheckedStage {
  stage: 1 | 2;
  receivedAt: string;
  acknowledgeBy?: string;
  respondBy?: string;
  answeredAt?: string;
}

/** A TrackerStatus, with the stages of a complaint (one reference through both). */
export type CheckedStatus = Omit<TrackerStatus, 'events'> & {
  stages?: CheckedStage[];
  events: { at: string; status: TrackerStatus['status']; text: string; stage?: 1 | 2 }[];
};

type Rule = (value: unknown) => boolean;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString: Rule = (value) => typeof value === 'string';
const nonEmpty: Rule = (value) => typeof value === 'string' && value.trim() !== '';
const isoDate: Rule = (value) => typeof value === 'string' && isISODate(value);
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;
const instant: Rule = (value) => typeof value === 'string' && INSTANT.test(value) && isISODate(value.slice(0, 10)) && Number.isFinite(Date.parse(value));
const dateOrInstant: Rule = (value) => isoDate(value) || instant(value);
const stageNumber: Rule = (value) => value === 1 || value === 2;
const oneOf =
  (values: readonly unknown[]): Rule =>
  (value) =>
    values.includes(value);
const optional =
  (rule: Rule): Rule =>
  (value) =>
    value === undefined || rule(value);
const nullish =
  (rule: Rule): Rule =>
  (value) =>
    value === undefined || value === null || rule(value);

/** Checks `record`'s fields against `rules`, adding the path of each that fails; returns the known fields only. */
function fields(record: Record<string, unknown>, rules: Record<string, Rule>, path: string, problems: string[]): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, rule] of Object.entries(rules)) {
    const value = Object.hasOwn(record, key) ? record[key] : undefined;
    if (!rule(value)) problems.push(`${path}${key}`);
    else if (value !== undefined) kept[key] = value;
  }
  return kept;
}

const STAGE_RULES: Record<string, Rule> = {
  stage: stageNumber,
  receivedAt: dateOrInstant,
  acknowledgeBy: optional(isoDate),
  respondBy: optional(isoDate),
  answeredAt: optional(dateOrInstant),
};

const EVENT_RULES: Record<string, Rule> = { at: instant, status: oneOf(TRACKER_STATUSES), text: isString, stage: optional(stageNumber) };

/** Checks a TrackerStatus answer (the cx-kit contract). */
export function checkTrackerStatus(input: unknown): Checked<CheckedStatus> {
  const problems: string[] = [];
  if (!isRecord(input)) return { ok: false, problems: ['(the whole answer)'] };
  const status = fields(
    input,
    {
      reference: nonEmpty,
      status: oneOf(TRACKER_STATUSES),
      stage: (value) => value === null || stageNumber(value),
      receivedAt: dateOrInstant,
      expectedBy: optional(isoDate),
      overdue: optional((value) => typeof value === 'boolean'),
    },
    '',
    problems,
  );
  if (isRecord(input.service)) status.service = fields(input.service, { id: optional(isString), name: nonEmpty }, 'service.', problems);
  else problems.push('service');
  if (Array.isArray(input.events)) {
    status.events = input.events.map((event, i) => (isRecord(event) ? fields(event, EVENT_RULES, `events.${i}.`, problems) : (problems.push(`events.${i}`), {})));
  } else problems.push('events');
  if (input.stages !== undefined) {
    if (!Array.isArray(input.stages)) problems.push('stages');
    else {
      status.stages = input.stages.map((stage, i) => (isRecord(stage) ? fields(stage, STAGE_RULES, `stages.${i}.`, problems) : (problems.push(`stages.${i}`), {})));
      const stages = status.stages as CheckedStage[];
      if (!stages.every((s, i) => s.stage === i + 1)) problems.push('stages');
      else if (stages.length && status.stage !== stages.at(-1)!.stage) problems.push('stage');
    }
  }
  if (input.dueDates !== undefined) {
    if (isRecord(input.dueDates)) status.dueDates = fields(input.dueDates, { acknowledgeBy: optional(isoDate), respondBy: optional(isoDate) }, 'dueDates.', problems);
    else problems.push('dueDates');
  }
  if (input.team !== undefined) {
    if (isRecord(input.team)) {
      status.team = fields(
        input.team,
        { name: nonEmpty, phone: optional((v) => typeof v === 'string' && isDialledNumber(v)), email: optional((v) => typeof v === 'string' && isEmailAddress(v)) },
        'team.',
        problems,
      );
    } else problems.push('team');
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: status as unknown as CheckedStatus };
}

const text = nullish(isString);
const idLike = nullish((value) => typeof value === 'string' || typeof value === 'number');
const dateTime = nullish((value) => typeof value === 'string' && (value === '' || isLooseIsoDateTime(value)));
const coordinate = nullish((value) => typeof value === 'number' || (typeof value === 'string' && (value === '' || Number.isFinite(Number(value)))));

const OPEN311_RULES: Record<string, Rule> = {
  service_request_id: (value) => nonEmpty(value) || typeof value === 'number',
  // Any status a server writes: the tracker reads one it does not know as still open (see open311Status),
  // rather than refusing a server that adds its own.
  status: nonEmpty,
  ...Object.fromEntries(['status_notes', 'service_name', 'description', 'agency_responsible', 'service_notice', 'address', 'zipcode'].map((key) => [key, text])),
  ...Object.fromEntries(['service_code', 'address_id'].map((key) => [key, idLike])),
  ...Object.fromEntries(['requested_datetime', 'updated_datetime', 'expected_datetime'].map((key) => [key, dateTime])),
  ...Object.fromEntries(['lat', 'long'].map((key) => [key, coordinate])),
  // A media URL becomes a link or an image: only http(s) is ever accepted.
  media_url: nullish((value) => typeof value === 'string' && (value === '' || isWebUrl(value, false))),
};

/** Checks GeoReport v2 service requests (other fields a server adds are kept, as the contract allows). */
export function checkOpen311Requests(items: unknown[]): Checked<Open311Request[]> {
  const problems: string[] = [];
  const requests = items.map((item, i) => {
    if (!isRecord(item)) {
      problems.push(String(i));
      return {};
    }
    return { ...item, ...fields(item, OPEN311_RULES, `${i}.`, problems) };
  });
  return problems.length ? { ok: false, problems } : { ok: true, value: requests as Open311Request[] };
}

/** Checks GeoReport's error array: `[{ "code": 404, "description": "…" }]`, at least one. */
export function checkOpen311Errors(items: unknown[]): Checked<Open311Error[]> {
  const problems: string[] = [];
  if (!items.length) problems.push('(the whole answer)');
  const errors = items.map((item, i) =>
    isRecord(item) ? { ...item, ...fields(item, { code: (v) => typeof v === 'number' || typeof v === 'string', description: isString }, `${i}.`, problems) } : (problems.push(String(i)), {}),
  );
  return problems.length ? { ok: false, problems } : { ok: true, value: errors as Open311Error[] };
}
