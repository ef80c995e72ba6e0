/**
 * One sync session with one database: checks the database answers (which also checks the
 * credentials), then reconciles the local cursors with this device's checkpoint on the server
 * (`_local/<replication id>`, step 1 of the replication protocol). A server without our
 * checkpoint (database recreated, restored, or never reached) makes both cursors start again:
 * replaying is idempotent, skipping is not.
 */
import { couchDatabaseInfoSchema, couchDocWrittenSchema, couchServerCheckpointSchema, type CouchConfig, type CouchSeq, type CouchServerCheckpoint } from '../../schema/couch';
import type { ClaimTrailDb } from '../../store/db';
import type { CouchHttp, CouchResult } from './http';
import { readPullSince, readPushCursor, replicationId, resetCursors, writePushCursor } from './state';

/** What push and pull share during one `syncOnce`. */
export interface CouchSession {
  db: ClaimTrailDb;
  http: CouchHttp;
  repId: string;
  /** Documents per `_changes` page, `_revs_diff`, `_bulk_get` and `_bulk_docs` request. */
  batchSize: number;
  /** The server checkpoint as last read or written (its `_rev` is needed to update it). */
  checkpoint: CouchServerCheckpoint | undefined;
}

/** Opens a session: fails `unreachable`, `unauthorized` or `notFound` before anything is read or written locally. */
export async function openSession(db: ClaimTrailDb, http: CouchHttp, config: CouchConfig, options: { batchSize: number; randomId: () => string }): Promise<CouchResult<CouchSession>> {
  const info = await http.send({ method: 'GET', path: '' }, couchDatabaseInfoSchema);
  if (!info.ok) return info;
  const repId = await replicationId(db, config, options.randomId);
  const checkpoint = await http.sendOptional({ method: 'GET', path: `_local/${repId}` }, couchServerCheckpointSchema);
  if (!checkpoint.ok) return checkpoint;
  const pushed = await readPushCursor(db, repId);
  if (!checkpoint.value) {
    if (pushed > 0 || (await readPullSince(db, repId)) !== undefined) await resetCursors(db, repId);
  } else if ((checkpoint.value.pushSeq ?? 0) < pushed) {
    // The server's copy is older than ours (restored from a backup): send again from there.
    await writePushCursor(db, repId, checkpoint.value.pushSeq ?? 0);
  }
  return { ok: true, value: { db, http, repId, batchSize: options.batchSize, checkpoint: checkpoint.value } };
}

/**
 * Writes this device's checkpoint on the server, keeping the fields not given. A 409 (our `_rev`
 * went stale, e.g. two contexts syncing at once) is answered by reading the current one and retrying once.
 */
export async function saveServerCheckpoint(session: CouchSession, update: { pushSeq?: number; pullSince?: CouchSeq }): Promise<CouchResult<void>> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const body = { ...session.checkpoint, ...update };
    const put = await session.http.send({ method: 'PUT', path: `_local/${session.repId}`, body }, couchDocWrittenSchema);
    if (put.ok) {
      session.checkpoint = { ...body, _rev: put.value.rev };
      return { ok: true, value: undefined };
    }
    if (put.error.status !== 409 || attempt > 0) return put;
    const current = await session.http.sendOptional({ method: 'GET', path: `_local/${session.repId}` }, couchServerCheckpointSchema);
    if (!current.ok) return current;
    session.checkpoint = current.value;
  }
  return { ok: true, value: undefined };
}
