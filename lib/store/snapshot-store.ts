/**
 * The match index's snapshot in IndexedDB: a head row (lib/schema/index-snapshot.ts) and the
 * chunks it names, always written together in one transaction, so a reader finds either the old
 * snapshot or the new one whole. What the chunks hold is lib/match/index-snapshot.ts's business.
 */
import { ok, type Result } from '../result';
import { snapshotHeadSchema, type SnapshotHead } from '../schema';
import type { ClaimTrailDb } from './db';
import { guardStorage } from './storage-errors';

const HEAD = 'head';
const chunkId = (i: number) => `chunk:${i}`;

/**
 * Replaces the stored snapshot with `chunks`, described by `head`, unless the stored one is of
 * the same feature version and further along the change log (another context wrote it since).
 * A full disk writes nothing.
 */
export async function writeSnapshot(db: ClaimTrailDb, head: SnapshotHead, chunks: readonly Uint8Array[]): Promise<Result<{ written: boolean }>> {
  return guardStorage<{ written: boolean }>(() =>
    db.transaction('rw', db.indexSnapshot, async () => {
      const stored = snapshotHeadSchema.safeParse((await db.indexSnapshot.get(HEAD))?.value);
      if (stored.success && stored.data.featuresVersion === head.featuresVersion && stored.data.seq > head.seq) return ok({ written: false });
      await db.indexSnapshot.clear();
      await db.indexSnapshot.bulkPut(chunks.map((value, i) => ({ id: chunkId(i), value })));
      await db.indexSnapshot.put({ id: HEAD, value: head });
      return ok({ written: true });
    }),
  );
}

/** The stored snapshot, or `undefined` when there is none or its head or chunks are not whole. */
export async function readSnapshot(db: ClaimTrailDb): Promise<{ head: SnapshotHead; chunks: Uint8Array[] } | undefined> {
  return db.transaction('r', db.indexSnapshot, async () => {
    const head = snapshotHeadSchema.safeParse((await db.indexSnapshot.get(HEAD))?.value);
    if (!head.success) return undefined;
    const rows = await db.indexSnapshot.bulkGet(Array.from({ length: head.data.chunks }, (_, i) => chunkId(i)));
    const chunks = rows.map((row) => row?.value);
    if (!chunks.every((chunk): chunk is Uint8Array => chunk instanceof Uint8Array)) return undefined;
    return { head: head.data, chunks };
  });
}

/** Drops the stored snapshot (it will be rebuilt). */
export async function clearSnapshot(db: ClaimTrailDb): Promise<void> {
  await db.indexSnapshot.clear();
}
