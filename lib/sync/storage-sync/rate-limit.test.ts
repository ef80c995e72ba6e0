import { describe, expect, it } from 'vitest';
import { SYNC_QUOTA } from './area';
import { createRateLimiter } from './rate-limit';

describe('createRateLimiter', () => {
  it('stays under both of Chrome\'s write rates however often it is asked', () => {
    let now = 0;
    const limiter = createRateLimiter(() => now);
    const writes: number[] = [];
    for (; now < 2 * 3_600_000; now += 250) {
      if (limiter.canTake()) {
        limiter.take();
        writes.push(now);
      }
    }
    const most = (windowMs: number) => {
      let best = 0;
      for (let first = 0, last = 0; first < writes.length; first++) {
        while (last < writes.length && writes[last]! < writes[first]! + windowMs) last++;
        best = Math.max(best, last - first);
      }
      return best;
    };
    expect(most(60_000)).toBeLessThanOrEqual(22);
    expect(most(60_000)).toBeLessThan(SYNC_QUOTA.MAX_WRITE_OPERATIONS_PER_MINUTE);
    expect(most(3_600_000)).toBeLessThan(SYNC_QUOTA.MAX_WRITE_OPERATIONS_PER_HOUR * 0.7);
  });

  it('says when the next token comes', () => {
    let now = 1_000;
    const limiter = createRateLimiter(() => now, 3_000, 2);
    limiter.take();
    limiter.take();
    expect(limiter.canTake()).toBe(false);
    expect(limiter.nextAt()).toBe(4_000);
    now = 4_000;
    expect(limiter.canTake()).toBe(true);
    expect(limiter.nextAt()).toBe(4_000);
  });
});
