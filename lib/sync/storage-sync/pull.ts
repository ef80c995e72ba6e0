/**
 * Pulling: the mirror's records merged into the local database by the one merge rule. A deletion
 * reaches only replicas that have the record (there is nothing to delete elsewhere); a record the
 * merge changed (a conflict) is logged as a local change, so the push path sends it back.
 */
import type { Result } from '../../result';
import type { Annotation } from '../../schema';
import type { CompactRecord } from '../../schema/storage-sync';
import { mergeIncomingAnnotations } from '../../store/annotation-repository';
import type { ClaimTrailDb } from '../../store/db';
import { expandLive, expandTombstone, isTombstone } from './codec';

/** Merges mirrored records into `db`; invalid ones are reported in `rejected` and skipped. */
export async function mergeRemoteRecords(db: ClaimTrailDb, records: readonly CompactRecord[]): Promise<Result<{ written: Annotation[]; rejected: string[] }>> {
  const tombstones = records.filter(isTombstone);
  const locals = await db.annotations.bulkGet(tombstones.map((t) => t.i));
  const incoming: Annotation[] = [];
  tombstones.forEach((tombstone, i) => {
    const local = locals[i];
    if (local && local.revision !== tombstone.r) incoming.push(expandTombstone(tombstone, local));
  });
  for (const record of records) if (!isTombstone(record)) incoming.push(expandLive(record));
  return mergeIncomingAnnotations(db, incoming, 'storageSync');
}
