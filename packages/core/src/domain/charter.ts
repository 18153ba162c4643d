/**
 * Reading a charter: check the whole document and report every problem at
 * once, each with its path and a sentence an editor can act on.
 */
import { charterSchema, type Charter } from './charter-schema.js';
import { charterReferenceProblems, itemLabel } from './charter-references.js';
import { jsonSyntaxError } from './json-syntax.js';
import { formatProblems, ProblemsError, runSchema, type Problem, type RawProblem } from './problems.js';

export type { Problem } from './problems.js';
export { formatPath, ProblemsError } from './problems.js';
export { isWebUrl } from './field-formats.js';

/** A charter that cannot be used, with every reason why. */
export class CharterError extends ProblemsError {
  constructor(problems: Problem[]) {
    super('The charter', problems);
    this.name = 'CharterError';
  }
}

/** The outcome of `safeParseCharter`. */
export type CharterResult = { ok: true; charter: Charter } | { ok: false; problems: Problem[] };

/** The JSON text parsed, or the problem with it. */
function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problem: RawProblem } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const syntax = jsonSyntaxError(text);
    const where = syntax ? `line ${syntax.line}, column ${syntax.column}: ${syntax.message}` : (error as Error).message;
    return { ok: false, problem: { path: [], message: `is not valid JSON (${where})` } };
  }
}

/**
 * Check a charter (an object, or JSON text) and report every problem at once:
 * the schema's and the cross-references' (a service naming a channel that
 * does not exist, a timescale counting from one that does not). Never throws.
 */
export function safeParseCharter(input: unknown): CharterResult {
  let value = input;
  if (typeof input === 'string') {
    const json = parseJson(input);
    if (!json.ok) return { ok: false, problems: formatProblems([json.problem]) };
    value = json.value;
  }
  const checked = runSchema(charterSchema, value);
  const problems = [...(checked.ok ? [] : checked.problems), ...charterReferenceProblems(value)];
  if (checked.ok && problems.length === 0) return { ok: true, charter: checked.value };
  const labelled = problems.map((problem) => ({ ...problem, message: problem.message + itemLabel(value, problem.path) }));
  return { ok: false, problems: formatProblems(labelled, value) };
}

/**
 * Check a charter (an object, or JSON text) and return it with defaults
 * filled in. Throws a `CharterError` whose `problems` lists every mistake,
 * each with a path such as `services[12].channels[0]`.
 */
export function parseCharter(input: unknown): Charter {
  const result = safeParseCharter(input);
  if (!result.ok) throw new CharterError(result.problems);
  return result.charter;
}
// The ombudsman after stage 2 is read from the charter (index.ts re-exports this module).
export { LGSCO, ombudsmanOf, PSOW } from './ombudsman.js';
