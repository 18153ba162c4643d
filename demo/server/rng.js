// A small seedable random number generator (mulberry32), so fault injection
// and the demo's wait times repeat exactly in tests when FAULT_SEED is set.

/**
 * A function returning numbers in [0, 1), the same sequence for the same seed.
 * @param {number | string | undefined} seed a number, a string (hashed), or undefined for an unseeded run
 * @returns {() => number}
 */
export function seededRandom(seed) {
  let state = seed === undefined || seed === '' ? (Math.random() * 2 ** 32) >>> 0 : toSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function toSeed(seed) {
  const text = String(seed);
  if (/^\d+$/.test(text)) return Number(text) >>> 0;
  // FNV-1a: any string becomes a 32-bit seed.
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ char.codePointAt(0), 0x01000193) >>> 0;
  return hash;
}
