/**
 * Push: the local changes since the push cursor (the change log is the offline queue: a change
 * stays there until the server has it), plus the records a pull merged and the server branches
 * they close; `_revs_diff` to send only what the server lacks; `_bulk_docs` with
 * `new_edits:false`, which stores our revisions as they are and is idempotent, so a push cut off
 * half-way and sent again makes no duplicates. The cursor moves only once the server has accepted
 * every batch (checkpoint on the server first, then locally).
 */
import type { Annotation } from '../../schema/annotations';
import { couchBulkDocsSchema, couchRevsDiffSchema, type CouchDoc } from '../../schema/couch';
import { annotationChangesSince } from '../../store/annotation-repository';
import { annotationToDoc, closingTombstone, docIdFor } from './docs';
import { couchFail, type CouchResult } from './http';
import { saveServerCheckpoint, type CouchSession } from './session';
import { clearPending, readPending, readPushCursor, writePushCursor } from './state';

/** Pushes every local change the server lacks; answers how many annotation revisions it sent. */
export async function push(session: CouchSession): Promise<CouchResult<{ pushed: number }>> {
  const { db, repId } = session;
  const cursor = await readPushCursor(db, repId);
  const { annotations, lastSeq } = await annotationChangesSince(db, cursor, 'couch');
  const pending = await readPending(db, repId);
  const queued = new Map(annotations.map((a) => [a.id, a]));
  const extra = (await db.annotations.bulkGet([...pending.keys()].filter((id) => !queued.has(id)))).filter((a): a is Annotation => a !== undefined);
  for (const annotation of extra) queued.set(annotation.id, annotation);
  const all = [...queued.values()];
  let pushed = 0;
  for (let i = 0; i < all.length; i += session.batchSize) {
    const batch = all.slice(i, i + session.batchSize);
    const docs = batch.flatMap((a) => [annotationToDoc(a), ...(pending.get(a.id) ?? []).map((rev) => closingTombstone(docIdFor(a.id), rev))]);
    const sent = await sendMissing(session, docs);
    if (!sent.ok) return sent;
    pushed += sent.value;
  }
  await clearPending(db, repId, pending);
  if (lastSeq > cursor) {
    const saved = await saveServerCheckpoint(session, { pushSeq: lastSeq });
    if (!saved.ok) return saved;
    await writePushCursor(db, repId, lastSeq);
  }
  return { ok: true, value: { pushed } };
}

/** Sends the documents whose revision the server lacks; answers how many annotation revisions went. */
async function sendMissing(session: CouchSession, docs: CouchDoc[]): Promise<CouchResult<number>> {
  const query: Record<string, string[]> = {};
  for (const doc of docs) (query[doc._id] ??= []).push(doc._rev);
  const diff = await session.http.send({ method: 'POST', path: '_revs_diff', body: query }, couchRevsDiffSchema);
  if (!diff.ok) return diff;
  const missing = docs.filter((doc) => diff.value[doc._id]?.missing?.includes(doc._rev));
  if (!missing.length) return { ok: true, value: 0 };
  const stored = await session.http.send({ method: 'POST', path: '_bulk_docs', body: { docs: missing, new_edits: false } }, couchBulkDocsSchema);
  if (!stored.ok) return stored;
  const refused = stored.value.filter((row) => row.error);
  if (refused.length) {
    const detail = refused.slice(0, 3).map((row) => `${row.id ?? '?'}: ${row.error}${row.reason ? ` (${row.reason})` : ''}`).join('; ');
    const kind = refused.some((row) => row.error === 'forbidden' || row.error === 'unauthorized') ? 'unauthorized' : 'serverError';
    return couchFail(kind, `The CouchDB server refused ${refused.length} of ${missing.length} documents: ${detail}. They stay queued locally.`);
  }
  return { ok: true, value: missing.filter((doc) => !doc.closedBranch).length };
}
