import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/fake-db';
import { isSyncDue, nextAttemptDelay, readSchedule, recordSyncOutcome, resetSchedule } from './backoff';

const options = { baseMs: 1_000, capMs: 60_000 };
const NOW = Date.parse('2026-03-01T10:00:00.000Z');

describe('sync backoff', () => {
  it('doubles from the base up to the cap, with half of each delay drawn at random', () => {
    expect(nextAttemptDelay(0, () => 0.5, options)).toBe(0);
    expect([1, 2, 3, 4].map((n) => nextAttemptDelay(n, () => 0, options))).toEqual([500, 1_000, 2_000, 4_000]);
    expect([1, 2, 3, 4].map((n) => nextAttemptDelay(n, () => 0.999_999, options))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(nextAttemptDelay(50, () => 0.999_999, options)).toBe(60_000);
    expect(nextAttemptDelay(1_000, () => 0, options)).toBe(30_000);
  });

  it('records failures, waits before the next attempt, and clears on success', async () => {
    const db = freshDb();
    expect(await isSyncDue(db, NOW)).toBe(true);
    await recordSyncOutcome(db, { ok: false, error: { kind: 'unreachable', message: 'down' } }, NOW, () => 0, options);
    const second = await recordSyncOutcome(db, { ok: false, error: { kind: 'unreachable', message: 'down' } }, NOW, () => 0, options);
    expect(second).toMatchObject({ failures: 2, nextAttemptAt: new Date(NOW + 1_000).toISOString(), lastError: { kind: 'unreachable', message: 'down' } });
    expect(await isSyncDue(db, NOW + 999)).toBe(false);
    expect(await isSyncDue(db, NOW + 1_000)).toBe(true);
    await recordSyncOutcome(db, { ok: true }, NOW + 5_000, () => 0, options);
    expect(await readSchedule(db)).toEqual({ failures: 0, lastSyncedAt: new Date(NOW + 5_000).toISOString() });
  });

  it('waits the longest after a refusal only the reader can fix, until the settings change', async () => {
    const db = freshDb();
    const schedule = await recordSyncOutcome(db, { ok: false, error: { kind: 'unauthorized', message: 'no' } }, NOW, () => 0, options);
    expect(schedule.nextAttemptAt).toBe(new Date(NOW + 30_000).toISOString());
    await resetSchedule(db);
    expect(await isSyncDue(db, NOW)).toBe(true);
  });
});
