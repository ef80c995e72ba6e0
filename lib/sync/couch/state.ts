/**
 * The CouchDB engine's rows in the `syncState` table, all with ids starting `couch:`. Cursors are
 * per replication (device, server, database, user), so switching servers starts afresh instead of
 * trusting a cursor that means nothing there. Rows are Zod-checked on read: a damaged row counts as
 * absent, which costs a full (idempotent) resync and never loses data.
 */
import type { z } from 'zod';
import { hash64 } from '../../ids';
import type { CouchConfig, CouchSeq } from '../../schema/couch';
import { couchDeviceRowSchema, couchPendingRowSchema, couchPullCursorSchema, couchPushCursorSchema } from '../../schema/couch';
import type { ClaimTrailDb } from '../../store/db';

/** Row id prefixes, exported for tests and for a "forget this server" action. */
export const stateIds = {
  device: 'couch:device',
  schedule: 'couch:schedule',
  push: (repId: string) => `couch:push:${repId}`,
  pull: (repId: string) => `couch:pull:${repId}`,
  pending: (repId: string, annotationId = '') => `couch:pending:${repId}:${annotationId}`,
};

/** A stored row's value if it matches `schema`, else `undefined`. */
export async function readRow<S extends z.ZodType>(db: ClaimTrailDb, id: string, schema: S): Promise<z.infer<S> | undefined> {
  const row = await db.syncState.get(id);
  const parsed = schema.safeParse(row?.value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The replication id of this device with `config`: a hash of the device id (drawn once with
 * `randomId`), the server, the database and the user. It names the server's `_local` checkpoint,
 * so each device keeps its own there.
 */
export async function replicationId(db: ClaimTrailDb, config: CouchConfig, randomId: () => string): Promise<string> {
  const deviceId = await db.transaction('rw', db.syncState, async () => {
    const stored = await readRow(db, stateIds.device, couchDeviceRowSchema);
    if (stored) return stored.deviceId;
    const fresh = randomId();
    await db.syncState.put({ id: stateIds.device, value: { deviceId: fresh } });
    return fresh;
  });
  return `claimtrail-${hash64([deviceId, config.serverUrl.replace(/\/+$/, ''), config.database, config.username].join('\n'))}`;
}

/** The local change-log seq up to which the server has every change (0: nothing pushed yet). */
export async function readPushCursor(db: ClaimTrailDb, repId: string): Promise<number> {
  return (await readRow(db, stateIds.push(repId), couchPushCursorSchema))?.seq ?? 0;
}

/** Stores the push cursor; call only once the server has accepted everything up to `seq`. */
export async function writePushCursor(db: ClaimTrailDb, repId: string, seq: number): Promise<void> {
  await db.syncState.put({ id: stateIds.push(repId), value: { seq } });
}

/** The server seq up to which the local database has every change (`undefined`: from the start). */
export async function readPullSince(db: ClaimTrailDb, repId: string): Promise<CouchSeq | undefined> {
  return (await readRow(db, stateIds.pull(repId), couchPullCursorSchema))?.since;
}

/** The pull cursor row, to be put by the caller in the same transaction as the pulled records. */
export const pullCursorRow = (repId: string, since: CouchSeq) => ({ id: stateIds.pull(repId), value: { since } });

/** Forgets both cursors, e.g. when the server's checkpoint shows the database was recreated. */
export async function resetCursors(db: ClaimTrailDb, repId: string): Promise<void> {
  await db.syncState.bulkDelete([stateIds.push(repId), stateIds.pull(repId)]);
}

/** Annotations a pull merged that the server lacks, each with the server leaves to close: id → revisions. */
export async function readPending(db: ClaimTrailDb, repId: string): Promise<Map<string, string[]>> {
  const prefix = stateIds.pending(repId);
  const rows = await db.syncState.where('id').startsWith(prefix).toArray();
  const pending = new Map<string, string[]>();
  for (const row of rows) {
    const parsed = couchPendingRowSchema.safeParse(row.value);
    pending.set(row.id.slice(prefix.length), parsed.success ? parsed.data.close : []);
  }
  return pending;
}

/** Adds pending rows (inside the caller's transaction), keeping revisions already listed. */
export async function addPending(db: ClaimTrailDb, repId: string, additions: Map<string, string[]>): Promise<void> {
  if (!additions.size) return;
  const ids = [...additions.keys()].map((id) => stateIds.pending(repId, id));
  const existing = await db.syncState.bulkGet(ids);
  const rows = [...additions.values()].map((close, i) => {
    const before = couchPendingRowSchema.safeParse(existing[i]?.value);
    return { id: ids[i]!, value: { close: [...new Set([...(before.success ? before.data.close : []), ...close])].slice(-64) } };
  });
  await db.syncState.bulkPut(rows);
}

/** Drops the pending rows a push has delivered, unless a pull added revisions to them meanwhile. */
export async function clearPending(db: ClaimTrailDb, repId: string, delivered: Map<string, string[]>): Promise<void> {
  if (!delivered.size) return;
  await db.transaction('rw', db.syncState, async () => {
    const ids = [...delivered.keys()].map((id) => stateIds.pending(repId, id));
    const current = await db.syncState.bulkGet(ids);
    const done = ids.filter((id, i) => {
      const parsed = couchPendingRowSchema.safeParse(current[i]?.value);
      const sent = new Set(delivered.get(id.slice(stateIds.pending(repId).length)));
      return !parsed.success || parsed.data.close.every((revision) => sent.has(revision));
    });
    await db.syncState.bulkDelete(done);
  });
}
