// A per-client allowance kept in this process's memory, for work that costs the server time but
// stores nothing (the public "Read a figure" tool). A token bucket: a client may spend `burst`
// at once, then earns one back every `refillMs`. The table of clients is bounded: past `maxClients`
// the one seen longest ago is forgotten (it gets a full allowance back, which is the safe side
// for a reader and costs an attacker a fresh address per `burst` requests).

export interface RateLimitOptions {
  burst: number;
  refillMs: number;
  maxClients: number;
}

export type RateLimitAnswer = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

export function createRateLimit({ burst, refillMs, maxClients }: RateLimitOptions) {
  const buckets = new Map<string, Bucket>();

  return {
    /** Spends one unit of `client`'s allowance at `now`, or says how long until one is back. */
    take(client: string, now: number = Date.now()): RateLimitAnswer {
      const seen = buckets.get(client);
      const earned = seen ? Math.max(0, now - seen.at) / refillMs : burst;
      const tokens = Math.min(burst, (seen?.tokens ?? 0) + earned);
      // Delete then set: a Map keeps insertion order, so its first key is the least recent.
      buckets.delete(client);
      if (tokens < 1) {
        buckets.set(client, { tokens, at: now });
        return {
          ok: false,
          retryAfterSeconds: Math.max(1, Math.ceil(((1 - tokens) * refillMs) / 1000)),
        };
      }
      buckets.set(client, { tokens: tokens - 1, at: now });
      if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value as string);
      return { ok: true };
    },
    get size() {
      return buckets.size;
    },
  };
}
