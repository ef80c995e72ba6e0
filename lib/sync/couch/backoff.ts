/**
 * When to try again after failed syncs. The background's alarm asks `isSyncDue` and calls
 * `syncOnce`; nothing here sleeps or loops, so a server that is down, or credentials that are
 * wrong, never cause a tight retry loop, and local changes simply wait in the change log.
 */
import { couchScheduleSchema, type CouchSchedule } from '../../schema/couch';
import type { ClaimTrailDb } from '../../store/db';
import type { CouchErrorKind } from './http';
import { readRow, stateIds } from './state';

/** Delays in milliseconds: the first retry waits about `baseMs`, later ones double up to `capMs`. */
export interface BackoffOptions {
  baseMs: number;
  capMs: number;
}

/** 30 s, doubling up to 30 min. */
export const defaultBackoff: BackoffOptions = { baseMs: 30_000, capMs: 30 * 60_000 };

/**
 * Milliseconds to wait before the next attempt after `failures` failures in a row (0 for none):
 * exponential with a cap, and "equal jitter" from `random` (a number in [0, 1)) so devices of a
 * team that lost the server together do not all come back in the same second.
 */
export function nextAttemptDelay(failures: number, random: () => number, options: BackoffOptions = defaultBackoff): number {
  if (failures <= 0) return 0;
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** Math.min(failures - 1, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

// Waiting does not fix these; the reader has to change the settings, which resets the schedule.
const needsTheReader: ReadonlySet<CouchErrorKind> = new Set(['unauthorized', 'notFound', 'invalidConfig']);

/** The stored schedule (no failures, due now, when none is stored). */
export async function readSchedule(db: ClaimTrailDb): Promise<CouchSchedule> {
  return (await readRow(db, stateIds.schedule, couchScheduleSchema)) ?? { failures: 0 };
}

/** Records how a sync attempt at `now` (ms since the epoch) ended and when the next one is due. */
export async function recordSyncOutcome(
  db: ClaimTrailDb,
  outcome: { ok: true } | { ok: false; error: { kind: CouchErrorKind; message: string } },
  now: number,
  random: () => number,
  options: BackoffOptions = defaultBackoff,
): Promise<CouchSchedule> {
  const before = await readSchedule(db);
  let next: CouchSchedule;
  if (outcome.ok) {
    next = { failures: 0, lastSyncedAt: new Date(now).toISOString() };
  } else {
    const failures = before.failures + 1;
    const delay = needsTheReader.has(outcome.error.kind) ? nextAttemptDelay(31, random, options) : nextAttemptDelay(failures, random, options);
    next = { ...before, failures, nextAttemptAt: new Date(now + delay).toISOString(), lastError: { kind: outcome.error.kind, message: outcome.error.message } };
  }
  await db.syncState.put({ id: stateIds.schedule, value: next });
  return next;
}

/** Whether the background should sync at `now` (ms since the epoch). */
export async function isSyncDue(db: ClaimTrailDb, now: number): Promise<boolean> {
  const { nextAttemptAt } = await readSchedule(db);
  return !nextAttemptAt || Date.parse(nextAttemptAt) <= now;
}

/** Clears the backoff, e.g. after the reader changed the server settings. */
export async function resetSchedule(db: ClaimTrailDb): Promise<void> {
  const { lastSyncedAt } = await readSchedule(db);
  await db.syncState.put({ id: stateIds.schedule, value: { failures: 0, ...(lastSyncedAt ? { lastSyncedAt } : {}) } });
}
