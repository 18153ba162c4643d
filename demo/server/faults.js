// Fault injection for /api/*: the failures a widget meets on a real network,
// on demand, so tests and demos can show how each one is handled.
//
// Faults that stop a request before it is handled (429, 500) file nothing.
// Faults that spoil the answer (a dropped connection, a malformed or HTML body)
// happen AFTER the request was handled, the case idempotency keys exist for:
// the work is done, the client never heard, and its retry with the same key
// must get the first answer back without filing again.
import { seededRandom } from './rng.js';

/** Faults that answer instead of the handler, in the order they are rolled. */
export const BEFORE_FAULTS = ['rate429', 'error500'];
/** Faults that spoil the handler's answer, in the order they are rolled. */
export const AFTER_FAULTS = ['drop', 'malformed', 'html'];
/** Every fault probability a config holds. */
export const FAULT_KINDS = [...BEFORE_FAULTS, ...AFTER_FAULTS];

export class FaultSpecError extends Error {}

/** A config with every fault off. */
export function noFaults() {
  return { latency: 0, ...Object.fromEntries(FAULT_KINDS.map((kind) => [kind, 0])) };
}

/**
 * Reads a FAULTS spec such as `latency=500,drop=0.1,error500=0.2`: latency in
 * milliseconds, every other fault a probability from 0 to 1. Also accepts an
 * object of the same fields. Throws a FaultSpecError naming a bad entry.
 * @param {string | Record<string, number> | undefined} spec
 */
export function parseFaults(spec) {
  const config = noFaults();
  if (spec === undefined || spec === null || spec === '') return config;
  const entries =
    typeof spec === 'string'
      ? spec
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)
          .map((part) => {
            const [name, value = ''] = part.split('=').map((s) => s.trim());
            return [name, value === '' ? NaN : Number(value)];
          })
      : Object.entries(spec);
  for (const [name, value] of entries) {
    if (name === 'latency') {
      if (!Number.isFinite(value) || value < 0 || value > 60_000) throw new FaultSpecError(`latency must be 0 to 60000 milliseconds, not ${value}`);
      config.latency = value;
    } else if (FAULT_KINDS.includes(name)) {
      if (!Number.isFinite(value) || value < 0 || value > 1) throw new FaultSpecError(`${name} must be a probability from 0 to 1, not ${value}`);
      config[name] = value;
    } else {
      throw new FaultSpecError(`Unknown fault "${name}": use latency, ${FAULT_KINDS.join(', ')}`);
    }
  }
  return config;
}

/** The config written back as a FAULTS spec (only what is on). */
export function formatFaults(config) {
  return Object.entries(config)
    .filter(([, value]) => value > 0)
    .map(([name, value]) => `${name}=${value}`)
    .join(',');
}

/**
 * Decides, request by request, which fault (if any) to inject. Every request
 * rolls once for every kind whatever the config, so a seeded run gives the
 * same faults to the same requests.
 * @param {ReturnType<typeof noFaults>} config
 * @param {number | string} [seed]
 */
export function createFaultInjector(config = noFaults(), seed = undefined) {
  const random = seededRandom(seed);
  let current = { ...noFaults(), ...config };
  return {
    get config() {
      return { ...current };
    },
    set(next) {
      current = { ...noFaults(), ...next };
    },
    /** @returns {{ latency: number, before: string | null, after: string | null }} */
    decide() {
      const rolls = FAULT_KINDS.map((kind) => [kind, random() < current[kind]]);
      const hit = (kinds) => rolls.find(([kind, on]) => on && kinds.includes(kind))?.[0] ?? null;
      const before = hit(BEFORE_FAULTS);
      return { latency: current.latency, before, after: before ? null : hit(AFTER_FAULTS) };
    },
  };
}
