/**
 * The shared corpus's rows in `syncState` (beside the annotation rows of state.ts, per replication
 * id like them): its own push cursor into the `corpusChanges` log, its own `_changes` cursor, and
 * what this device last saw of each article document on the server.
 */
import { couchArticleRevRowSchema, couchPullCursorSchema, couchPushCursorSchema, type CouchArticleRevRow, type CouchSeq } from '../../schema/couch';
import type { ClaimTrailDb } from '../../store/db';
import { readRow } from './state';

/** Row ids, exported for tests. */
export const corpusStateIds = {
  push: (repId: string) => `couch:corpusPush:${repId}`,
  pull: (repId: string) => `couch:corpusPull:${repId}`,
  rev: (repId: string, articleId = '') => `couch:articleRev:${repId}:${articleId}`,
};

/** The `corpusChanges` seq up to which the server has every article (`undefined`: never pushed). */
export async function readCorpusPushCursor(db: ClaimTrailDb, repId: string): Promise<number | undefined> {
  return (await readRow(db, corpusStateIds.push(repId), couchPushCursorSchema))?.seq;
}

/** Stores the push cursor; call only once the server has taken every article up to `seq`. */
export async function writeCorpusPushCursor(db: ClaimTrailDb, repId: string, seq: number): Promise<void> {
  await db.syncState.put({ id: corpusStateIds.push(repId), value: { seq } });
}

/** The server seq up to which this device has read the article documents (`undefined`: from the start). */
export async function readCorpusPullSince(db: ClaimTrailDb, repId: string): Promise<CouchSeq | undefined> {
  return (await readRow(db, corpusStateIds.pull(repId), couchPullCursorSchema))?.since;
}

/** Stores the pull cursor; call only once the articles of the changes before it are stored. */
export async function writeCorpusPullSince(db: ClaimTrailDb, repId: string, since: CouchSeq): Promise<void> {
  await db.syncState.put({ id: corpusStateIds.pull(repId), value: { since } });
}

/** What this device last saw on the server of each of `articleIds` (absent: nothing known). */
export async function readKnownRevs(db: ClaimTrailDb, repId: string, articleIds: readonly string[]): Promise<Map<string, CouchArticleRevRow>> {
  const rows = await db.syncState.bulkGet(articleIds.map((id) => corpusStateIds.rev(repId, id)));
  const known = new Map<string, CouchArticleRevRow>();
  rows.forEach((row, i) => {
    const parsed = couchArticleRevRowSchema.safeParse(row?.value);
    if (parsed.success) known.set(articleIds[i]!, parsed.data);
  });
  return known;
}

/** Records what the server holds of each article (inside the caller's transaction, if any). */
export async function writeKnownRevs(db: ClaimTrailDb, repId: string, known: ReadonlyMap<string, CouchArticleRevRow>): Promise<void> {
  if (!known.size) return;
  await db.syncState.bulkPut([...known].map(([id, value]) => ({ id: corpusStateIds.rev(repId, id), value })));
}

/**
 * Forgets everything about the server's articles, for a database that does not know this device
 * (recreated, or never reached): a known revision there would wrongly say it holds an article.
 */
export async function forgetCorpusState(db: ClaimTrailDb, repId: string): Promise<void> {
  await db.transaction('rw', db.syncState, async () => {
    await db.syncState.bulkDelete([corpusStateIds.push(repId), corpusStateIds.pull(repId)]);
    await db.syncState.where('id').startsWith(corpusStateIds.rev(repId)).delete();
  });
}

/**
 * The articles written or deleted locally since `cursor`, and the log's last seq. Every article
 * counts as changed when the corpus was never pushed (it may predate the log, which began with
 * database version 2) or when the log was pruned past the cursor (CHANGE_LOG_LIMIT entries kept):
 * the log then no longer says what changed.
 */
export async function changedArticleIds(db: ClaimTrailDb, cursor: number | undefined): Promise<{ ids: string[]; lastSeq: number }> {
  return db.transaction('r', db.corpusChanges, db.articles, async () => {
    const first = (await db.corpusChanges.orderBy('seq').first())?.seq;
    const lastSeq = (await db.corpusChanges.orderBy('seq').last())?.seq ?? cursor ?? 0;
    if (cursor === undefined || (first !== undefined && first > cursor + 1)) return { ids: await db.articles.toCollection().primaryKeys(), lastSeq };
    const changes = await db.corpusChanges.where('seq').above(cursor).toArray();
    return { ids: [...new Set(changes.map((change) => change.articleId))], lastSeq };
  });
}
