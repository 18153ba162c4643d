/**
 * Turning validation issues into "problems": a path that reads like code
 * (`services[12].channels[0]`) and a sentence an editor understands. The
 * charter and every API contract report their problems this way.
 */
import * as z from 'zod/mini';
import { quote } from './field-formats.js';

/** One thing wrong with a document, and where. */
export interface Problem {
  /** `services[12].channels[0]`, `contact.email`, or `(root)` for the whole document. */
  path: string;
  message: string;
}

/** A path as segments, before it is written out. */
export type PathSegments = readonly (string | number)[];

/** A problem whose path has not been written out yet. */
export interface RawProblem {
  path: PathSegments;
  message: string;
}

type ZodIssue = z.core.$ZodIssue;
type ZodRawIssue = z.core.$ZodRawIssue;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Write path segments as `services[12].channels[0]`; the empty path is `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out || '(root)';
}

/**
 * Write raw problems out in the order an editor meets them in their document
 * (keys in the order they wrote them, list items by index; fields they left
 * out after the ones they wrote). Without the document, in the order given.
 */
export function formatProblems(problems: readonly RawProblem[], document?: unknown): Problem[] {
  return [...problems]
    .sort((a, b) => compareInDocument(a.path, b.path, document))
    .map((problem) => ({ path: formatPath(problem.path), message: problem.message }));
}

function compareInDocument(a: PathSegments, b: PathSegments, document: unknown): number {
  let node = document;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a[i], b[i]];
    if (x !== y) return rank(node, x) - rank(node, y);
    node = typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>)[x] : undefined;
  }
  return a.length - b.length;
}

/** Where a key or index comes in a node: its position as written; absent keys last. */
function rank(node: unknown, key: string | number): number {
  if (typeof key === 'number') return key;
  const keys = typeof node === 'object' && node !== null ? Object.keys(node) : [];
  const index = keys.indexOf(key);
  return index === -1 ? keys.length : index;
}

/** An error that carries every problem found, listed in its message too. */
export class ProblemsError extends Error {
  /** Every problem, in document order. */
  readonly problems: Problem[];

  constructor(subject: string, problems: Problem[]) {
    super(summariseProblems(subject, problems));
    this.name = 'ProblemsError';
    this.problems = problems;
  }
}

/** "The charter has 2 problems:\n- a: …\n- b: …" */
export function summariseProblems(subject: string, problems: readonly Problem[]): string {
  const lines = problems.map((problem) => `- ${problem.path}: ${problem.message}`);
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  return `${subject} has ${count}:\n${lines.join('\n')}`;
}

// ---------------------------------------------------------------------------
// Sentences for zod's issues
// ---------------------------------------------------------------------------

const NOUNS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
  null: 'null',
};

/** How to name a value someone wrote, in a message. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return quote(value);
}

function oneOf(values: readonly unknown[]): string {
  const written = values.map((value) => JSON.stringify(value));
  return written.length === 1 ? written[0] : `one of ${written.join(', ')}`;
}

function sizeMessage(issue: ZodRawIssue & { code: 'too_small' | 'too_big' }): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  if (issue.origin === 'string') {
    if (small && limit <= 1) return 'must not be empty';
    const length = typeof issue.input === 'string' ? ` (it has ${issue.input.length})` : '';
    return small ? `must be at least ${limit} characters long${length}` : `is too long: at most ${limit} characters${length}`;
  }
  if (issue.origin === 'array') {
    if (small) return limit <= 1 ? 'needs at least one entry' : `needs at least ${limit} entries`;
    return `has too many entries: at most ${limit}`;
  }
  const bound = small ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than';
  const got = issue.input === undefined ? '' : `, not ${describeValue(issue.input)}`;
  return `must be ${bound} ${limit}${got}`;
}

/**
 * The sentence for an issue zod raised without a message of ours. Passed to
 * zod as the per-parse error map, so checks that set their own message keep it.
 */
export function describeIssue(issue: ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `should be ${NOUNS[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`;
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue);
    case 'invalid_value':
      return `must be ${oneOf(issue.values)}, not ${describeValue(issue.input)}`;
    case 'invalid_union': {
      const discriminator = (issue as { discriminator?: string }).discriminator;
      const options = (issue as { options?: unknown[] }).options;
      if (discriminator && options) {
        const record = issue.input as Record<string, unknown> | undefined;
        const got = record?.[discriminator];
        return got === undefined ? `is required: ${oneOf(options)}` : `must be ${oneOf(options)}, not ${describeValue(got)}`;
      }
      return 'does not match any of the allowed forms';
    }
    case 'unrecognized_keys':
      return `has unknown fields: ${issue.keys.join(', ')}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_format':
      return `is not in the expected format (${issue.format})`;
    default:
      return 'is not valid here';
  }
}

/** Parse `input` with `schema`, with editor-friendly messages and the offending values in the issues. */
export function runSchema<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
): { ok: true; value: z.output<S> } | { ok: false; problems: RawProblem[] } {
  const result = z.safeParse(schema, input, { error: describeIssue, reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: problemsFromIssues(result.error.issues) };
}

/**
 * Flatten zod issues into problems: one per unknown field, and for a union
 * that failed, the problems of the one form the value was evidently aiming at.
 */
export function problemsFromIssues(issues: readonly ZodIssue[], prefix: PathSegments = []): RawProblem[] {
  const problems: RawProblem[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...(issue.path as (string | number)[])];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({ path: [...path, key], message: 'is not a field here: check its spelling, or remove it' });
      }
    } else if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const aimedAt = issue.errors.filter((branch) => !branch.every(isWrongShapeAtRoot));
      problems.push(...(aimedAt.length === 1 ? problemsFromIssues(aimedAt[0], path) : [{ path, message: issue.message }]));
    } else {
      problems.push({ path, message: issue.message });
    }
  }
  return problems;
}

/** A union branch that failed only because the value is a different kind of thing altogether. */
function isWrongShapeAtRoot(issue: ZodIssue): boolean {
  return issue.path.length === 0 && issue.code === 'invalid_type';
}
