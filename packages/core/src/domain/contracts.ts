/**
 * The API contracts shared by the widgets and any server that speaks to
 * them: zod/mini schemas (published as JSON Schema), TypeScript types, and a
 * `parseX` for each that throws a `ContractError` listing every problem.
 */
export { ContractError, checkContract, parseContract, type ContractResult } from './contracts/contract-error.js';
export * from './contracts/feedback.js';
export * from './contracts/api-error.js';
export * from './contracts/tracker.js';
export * from './contracts/open311.js';
export * from './contracts/wait-times.js';
