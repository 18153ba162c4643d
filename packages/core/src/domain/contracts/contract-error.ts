/**
 * One way to check any API body against its contract, and one error that
 * lists every problem with its path, as charter errors do.
 */
import type * as z from 'zod/mini';
import { formatProblems, ProblemsError, runSchema, type Problem } from '../problems.js';

/** A request or response body that does not meet its contract. */
export class ContractError extends ProblemsError {
  /** Which contract: "feedback submission", "tracker status" … */
  readonly contract: string;

  constructor(contract: string, problems: Problem[]) {
    super(`The ${contract}`, problems);
    this.name = 'ContractError';
    this.contract = contract;
  }
}

/** The outcome of checking a body: the value, or every problem with it. */
export type ContractResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Check `input` against `schema` without throwing. */
export function checkContract<S extends z.ZodMiniType>(schema: S, input: unknown): ContractResult<z.output<S>> {
  const result = runSchema(schema, input);
  return result.ok ? result : { ok: false, problems: formatProblems(result.problems, input) };
}

/** Check `input` against `schema`; throw a `ContractError` naming `contract` and listing every problem. */
export function parseContract<S extends z.ZodMiniType>(schema: S, contract: string, input: unknown): z.output<S> {
  const result = checkContract(schema, input);
  if (!result.ok) throw new ContractError(contract, result.problems);
  return result.value;
}
