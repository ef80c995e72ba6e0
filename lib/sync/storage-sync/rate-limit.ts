/**
 * A token bucket for storage.sync writes. Chrome allows 120 write calls a minute and 1,800 an
 * hour, shared with every other write of the extension; one token every 3 s with a burst of 2
 * stays at most 22 a minute and 1,202 an hour, so settings writes and other devices' echoes
 * never push the extension over.
 */
import type { Clock } from './area';

/** The mirror's write budget. */
export interface RateLimiter {
  /** Whether a write may go now. */
  canTake(): boolean;
  /** Spends a token; call only after `canTake()`. */
  take(): void;
  /** When (ms since the epoch) the next token is there. */
  nextAt(): number;
}

/** A bucket of `burst` tokens refilled one per `intervalMs`. */
export function createRateLimiter(clock: Clock, intervalMs = 3_000, burst = 2): RateLimiter {
  let tokens = burst;
  let updatedAt = clock();
  const refill = () => {
    const now = clock();
    const earned = Math.floor((now - updatedAt) / intervalMs);
    if (tokens + earned >= burst) [tokens, updatedAt] = [burst, now];
    else if (earned > 0) [tokens, updatedAt] = [tokens + earned, updatedAt + earned * intervalMs];
  };
  return {
    canTake: () => (refill(), tokens >= 1),
    take: () => {
      refill();
      tokens -= 1;
    },
    nextAt: () => (refill(), tokens >= 1 ? clock() : updatedAt + intervalMs),
  };
}
