/**
 * The default, serverless sync: the reader's annotations mirrored in `browser.storage.sync`,
 * compressed and sharded (see layout.ts, plan.ts, round.ts). This module decides when rounds run:
 * at start, on another device's change (at once), and after local changes (debounced, at least
 * 2 s, at most `maxWaitMs` late), writes limited by a token bucket, failures retried with backoff.
 * Rounds run one at a time.
 */
import type { ClaimTrailDb } from '../../store/db';
import type { StorageSyncStatus } from '../../schema/storage-sync';
import type { Clock, Scheduler, SubscribeToChanges, SyncArea } from './area';
import { parsePartKey } from './layout';
import { createRateLimiter, type RateLimiter } from './rate-limit';
import { syncRound, type RoundContext, type RoundOutcome } from './round';
import { readStorageSyncStatus } from './state';

/** What the mirror is given: the database, the sync area and its events, time. */
export interface StorageSyncMirrorOptions {
  db: ClaimTrailDb;
  area: SyncArea;
  onChanged: SubscribeToChanges;
  scheduler: Scheduler;
  clock?: Clock;
  /** Quiet time after the last local change before writing, ms; never under 2,000. */
  debounceMs?: number;
  /** Longest a local change waits while changes keep coming, ms. */
  maxWaitMs?: number;
  limiter?: RateLimiter;
}

/** A running mirror. */
export interface StorageSyncMirror {
  /** Subscribes to changes and runs the first round (pull, then push what differs). */
  start(): void;
  /** Tells the mirror the annotations changed locally; it reads the change log itself. */
  notifyLocalChange(): void;
  /** Cancels timers and unsubscribes; a round under way finishes. */
  stop(): void;
  /** The status the last round stored (see readStorageSyncStatus). */
  status(): Promise<StorageSyncStatus | undefined>;
  /** Resolves once no round is running or queued (timers may still be set). */
  whenIdle(): Promise<void>;
}

const MIN_DEBOUNCE_MS = 2_000;

/** Creates the mirror; nothing happens until `start()`. */
export function createStorageSyncMirror(options: StorageSyncMirrorOptions): StorageSyncMirror {
  const { db, area, scheduler } = options;
  const clock = options.clock ?? Date.now;
  const debounceMs = Math.max(MIN_DEBOUNCE_MS, options.debounceMs ?? MIN_DEBOUNCE_MS);
  const maxWaitMs = Math.max(debounceMs, options.maxWaitMs ?? 10_000);
  const limiter = options.limiter ?? createRateLimiter(clock);
  const ctx: RoundContext = { db, area, clock, limiter, decodeCache: new Map(), shardCache: new Map(), merged: new Map(), echoes: new Map(), backoffUntil: 0 };
  let stopped = true;
  let unsubscribe: (() => void) | undefined;
  let timer: unknown;
  let running: Promise<void> = Promise.resolve();
  let queued = false;
  let firstChangeAt: number | undefined;
  let failures = 0;

  const schedule = (at: number) => {
    if (stopped) return;
    if (timer !== undefined) scheduler.clearTimeout(timer);
    timer = scheduler.setTimeout(() => ((timer = undefined), enqueue()), Math.max(at, ctx.backoffUntil) - clock());
  };
  const enqueue = () => {
    if (stopped || queued) return;
    queued = true;
    running = running.then(async () => {
      queued = false;
      if (stopped) return;
      firstChangeAt = undefined;
      after(await syncRound(ctx).catch((error: unknown): RoundOutcome => ({ kind: 'failed', error: { code: 'storageFailed', message: String(error) } })));
    });
  };
  const after = (outcome: RoundOutcome) => {
    if (outcome.kind === 'done') [failures, ctx.backoffUntil] = [0, 0];
    else if (outcome.kind === 'blocked') schedule(limiter.nextAt());
    else {
      failures += 1;
      ctx.backoffUntil = clock() + backoffMs(outcome, failures);
      schedule(ctx.backoffUntil);
    }
  };
  const onChange: Parameters<SubscribeToChanges>[0] = (changes) => {
    let foreign = false;
    for (const [key, change] of Object.entries(changes)) {
      if (!parsePartKey(key)) continue;
      // Chrome reports this device's own writes too; those need no pull.
      if (ctx.echoes.has(key) && ctx.echoes.get(key) === change.newValue) ctx.echoes.delete(key);
      else foreign = true;
    }
    if (foreign) enqueue();
  };

  return {
    start: () => {
      if (!stopped) return;
      stopped = false;
      unsubscribe = options.onChanged(onChange);
      enqueue();
    },
    notifyLocalChange: () => {
      const now = clock();
      firstChangeAt ??= now;
      schedule(Math.min(now + debounceMs, firstChangeAt + maxWaitMs));
    },
    stop: () => {
      stopped = true;
      unsubscribe?.();
      if (timer !== undefined) scheduler.clearTimeout(timer);
      timer = undefined;
    },
    status: () => readStorageSyncStatus(db),
    whenIdle: async () => {
      for (let current = running; ; current = running) {
        await current;
        if (current === running) return;
      }
    },
  };
}

/** How long to wait after the `failures`-th failure in a row: a minute or ten for rate limits, else 30 s doubling to 30 min. */
function backoffMs(outcome: Extract<RoundOutcome, { kind: 'failed' }>, failures: number): number {
  if (outcome.rate === 'minute') return 60_000;
  if (outcome.rate === 'hour') return Math.min(60, 10 * failures) * 60_000;
  return Math.min(30 * 60_000, 30_000 * 2 ** (failures - 1));
}
