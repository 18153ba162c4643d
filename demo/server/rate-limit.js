// Per-client rate limiting: a token bucket per IP address. A resident
// double-clicking is fine; a script filing hundreds of complaints is not.

/**
 * @param {{ capacity?: number, perMinute?: number, now?: () => number, maxClients?: number }} [options]
 *   capacity: the burst allowed (default 30); perMinute: tokens refilled a minute (default = capacity).
 */
export function createRateLimiter({ capacity = 30, perMinute = capacity, now = Date.now, maxClients = 10_000 } = {}) {
  const buckets = new Map();
  const perMs = perMinute / 60_000;

  function refill(bucket, at) {
    bucket.tokens = Math.min(capacity, bucket.tokens + (at - bucket.at) * perMs);
    bucket.at = at;
  }

  function forget(at) {
    // Full buckets carry no information: drop them so the map cannot grow without bound.
    for (const [key, bucket] of buckets) {
      refill(bucket, at);
      if (bucket.tokens >= capacity) buckets.delete(key);
    }
    // Still too many: an attacker spreading over addresses; forget the oldest.
    while (buckets.size >= maxClients) buckets.delete(buckets.keys().next().value);
  }

  return {
    /**
     * Takes a token for `client`.
     * @returns {{ ok: true } | { ok: false, retryAfterSeconds: number }}
     */
    take(client) {
      const at = now();
      let bucket = buckets.get(client);
      if (!bucket) {
        if (buckets.size >= maxClients) forget(at);
        bucket = { tokens: capacity, at };
        buckets.set(client, bucket);
      }
      refill(bucket, at);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
    },
  };
}
