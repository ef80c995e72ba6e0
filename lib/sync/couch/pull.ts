/**
 * Pull: the server's `_changes` (every leaf of each changed document, `style=all_docs`), a local
 * `_revs_diff` (revisions we hold, or that are ancestors of ours, are not fetched), `_bulk_get`
 * for the rest, one merge per document with the one merge rule, and the cursor saved in the same
 * Dexie transaction as the records, so a crash can neither skip changes nor half-apply a page.
 */
import type { Annotation } from '../../schema/annotations';
import { couchBulkGetSchema, couchChangesSchema, couchDocSchema, type CouchChanges, type CouchSeq } from '../../schema/couch';
import { mergeInto } from '../../store/annotation-repository';
import { mergeAnnotations } from '../merge-annotation';
import { annotationIdOf, docToAnnotation } from './docs';
import { couchFail, type CouchResult } from './http';
import { leavesToSettle, knowsRevision, type LeafFacts } from './leaves';
import type { CouchSession } from './session';
import { addPending, pullCursorRow, readPullSince } from './state';

/** What one pull brought in. */
export interface PullOutcome {
  /** Local records written (new, changed or merged). */
  pulled: number;
  /** Documents whose versions had diverged and were merged into a new revision. */
  conflicts: number;
  /** Documents skipped as invalid, each with its id, revision and field paths. */
  rejected: string[];
  /** The cursor reached, for the server checkpoint. */
  since: CouchSeq | undefined;
}

type ChangeRow = CouchChanges['results'][number];

/** Pulls every change since the stored cursor, page by page. */
export async function pull(session: CouchSession): Promise<CouchResult<PullOutcome>> {
  const outcome: PullOutcome = { pulled: 0, conflicts: 0, rejected: [], since: await readPullSince(session.db, session.repId) };
  for (;;) {
    const since = encodeURIComponent(String(outcome.since ?? 0));
    const page = await session.http.send({ method: 'GET', path: `_changes?style=all_docs&since=${since}&limit=${session.batchSize}` }, couchChangesSchema);
    if (!page.ok) return page;
    const rows = page.value.results.filter((row) => annotationIdOf(row.id) !== undefined);
    const applied = await applyPage(session, rows, page.value.last_seq);
    if (!applied.ok) return applied;
    outcome.pulled += applied.value.pulled;
    outcome.conflicts += applied.value.conflicts;
    outcome.rejected.push(...applied.value.rejected);
    outcome.since = page.value.last_seq;
    if (page.value.results.length < session.batchSize) return { ok: true, value: outcome };
  }
}

async function applyPage(session: CouchSession, rows: ChangeRow[], lastSeq: CouchSeq): Promise<CouchResult<Omit<PullOutcome, 'since'>>> {
  const { db } = session;
  const ids = rows.map((row) => annotationIdOf(row.id)!);
  const before = await db.annotations.bulkGet(ids);
  const wanted = rows.flatMap((row, i) => row.changes.filter((c) => !knowsRevision(before[i], c.rev)).map((c) => ({ id: row.id, rev: c.rev })));
  const fetched = await fetchRevisions(session, wanted);
  if (!fetched.ok) return fetched;
  const { byId, facts } = fetched.value;
  const incoming = [...byId.values()].map((versions) => versions.sort((a, b) => (a.revision < b.revision ? -1 : 1)).reduce((a, b) => mergeAnnotations(a, b)));
  try {
    return await db.transaction('rw', [db.annotations, db.annotationChanges, db.syncState], async () => {
      const written = await mergeInto(db, incoming, 'couch');
      const after = await db.annotations.bulkGet(ids);
      const pending = new Map<string, string[]>();
      let conflicts = 0;
      rows.forEach((row, i) => {
        const settle = leavesToSettle(row.changes.map((c) => c.rev), after[i], facts.get(row.id));
        if (!settle) return;
        pending.set(ids[i]!, settle.close);
        if (after[i]!.revision !== before[i]?.revision) conflicts++;
      });
      await addPending(db, session.repId, pending);
      await db.syncState.put(pullCursorRow(session.repId, lastSeq));
      return { ok: true as const, value: { pulled: written.length, conflicts, rejected: fetched.value.rejected } };
    });
  } catch (error) {
    return couchFail('storage', `Could not store pulled annotations, nothing was written: ${error instanceof Error ? error.message : String(error)}`);
  }
}

interface Fetched {
  byId: Map<string, Annotation[]>;
  facts: Map<string, LeafFacts>;
  rejected: string[];
}

/** Fetches `wanted` revisions with `_bulk_get?revs=true`, a batch at a time, and reads each doc. */
async function fetchRevisions(session: CouchSession, wanted: { id: string; rev: string }[]): Promise<CouchResult<Fetched>> {
  const result: Fetched = { byId: new Map(), facts: new Map(), rejected: [] };
  for (let i = 0; i < wanted.length; i += session.batchSize) {
    const docs = wanted.slice(i, i + session.batchSize);
    const answer = await session.http.send({ method: 'POST', path: '_bulk_get?revs=true', body: { docs } }, couchBulkGetSchema);
    if (!answer.ok) return answer;
    for (const entry of answer.value.results.flatMap((r) => r.docs)) {
      const doc = couchDocSchema.safeParse(entry.ok);
      // A revision the server no longer has (compacted or purged meanwhile) is simply not there.
      if (!doc.success) continue;
      readFetched(result, doc.data);
    }
  }
  return { ok: true, value: result };
}

function readFetched(result: Fetched, doc: ReturnType<typeof couchDocSchema.parse>): void {
  const facts = result.facts.get(doc._id) ?? { deleted: new Set<string>() };
  result.facts.set(doc._id, facts);
  if (doc._deleted) facts.deleted.add(doc._rev);
  const reading = docToAnnotation(doc);
  // An unreadable revision is reported and left open on the server: never overwritten unread.
  if (reading.kind === 'invalid') result.rejected.push(reading.message);
  if (reading.kind !== 'annotation') return;
  result.byId.set(doc._id, [...(result.byId.get(doc._id) ?? []), reading.annotation]);
}
