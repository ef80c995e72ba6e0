/**
 * Push of the shared corpus: the articles written locally since the corpus push cursor, each
 * upserted as its document with ordinary `_bulk_docs` edits (no `new_edits:false`: an article is
 * a snapshot, not a history to merge, so one revision line per document is all it needs).
 *
 * - Only what the server lacks goes: an article whose last seen server copy (its `articleRev`
 *   row, written by every push and pull) is as new by `addedAt` is skipped without a request;
 *   that is also why a pulled article is never pushed back.
 * - A write builds on the last seen revision. A 409 (another device wrote meanwhile, or the row
 *   was lost) is settled by reading the server's copy: it stays (and the next pull brings it)
 *   unless ours is newer by `addedAt`, in which case ours is written over it. Equal times are the
 *   same snapshot, copied.
 * - A local deletion is never sent: the database holds the desk's corpus, and a reader removing an
 *   article from their own corpus must not remove it from everyone's.
 * - The cursor moves once every batch is on the server, so an interrupted push resends, and the
 *   `articleRev` rows make the resend skip what had already landed.
 */
import type { Article } from '../../schema';
import { couchBulkDocsSchema, type CouchArticleRevRow } from '../../schema/couch';
import type { ArticleRecords } from '../../store/article-records';
import { articleIdOfDoc, articleToDoc, docToArticle, isNewer, type ArticleDoc } from './corpus-docs';
import { articleBatchSize, fetchCurrent, type CorpusShareContext } from './corpus-pull';
import { changedArticleIds, readCorpusPushCursor, readKnownRevs, writeCorpusPushCursor, writeKnownRevs } from './corpus-state';
import { couchFail, type CouchResult, type CouchSyncError } from './http';
import type { CouchSession } from './session';

/** What one corpus push sent. */
export interface CorpusPushOutcome {
  /** Article documents written on the server. */
  pushed: number;
  /** Local articles not sent because they are not valid bundle articles, with their field paths. */
  rejected: string[];
}

/** Writes before a document that keeps changing under us is left for the next sync. */
const MAX_ATTEMPTS = 3;

/** Pushes every local article the server lacks or holds an older copy of. */
export async function pushArticles(context: CorpusShareContext): Promise<CouchResult<CorpusPushOutcome>> {
  const { session } = context;
  const cursor = await readCorpusPushCursor(session.db, session.repId);
  const { ids, lastSeq } = await changedArticleIds(session.db, cursor);
  const outcome: CorpusPushOutcome = { pushed: 0, rejected: [] };
  const size = articleBatchSize(session);
  for (let i = 0; i < ids.length; i += size) {
    const { docs, rejected } = await docsToSend(session, ids.slice(i, i + size));
    outcome.rejected.push(...rejected);
    const written = await writeDocs(session, docs);
    if (!written.ok) return written;
    outcome.pushed += written.value;
  }
  if (cursor !== lastSeq) await writeCorpusPushCursor(session.db, session.repId, lastSeq);
  return { ok: true, value: outcome };
}

/** The documents for the articles among `ids` still stored and newer than the server's last seen copy. */
async function docsToSend(session: CouchSession, ids: string[]): Promise<{ docs: ArticleDoc[]; rejected: string[] }> {
  const { db, repId } = session;
  const known = await readKnownRevs(db, repId, ids);
  const records = await db.transaction('r', db.articles, db.passages, async () => {
    const stored = (await db.articles.bulkGet(ids)).filter((a): a is Article => a !== undefined);
    const due = stored.filter((article) => {
      const seen = known.get(article.id);
      return !seen || isNewer(article.addedAt, seen.addedAt);
    });
    const passages = await db.passages.where('articleId').anyOf(due.map((a) => a.id)).toArray();
    return due.map((article): ArticleRecords => ({ article, passages: passages.filter((p) => p.articleId === article.id) }));
  });
  const docs: ArticleDoc[] = [];
  const rejected: string[] = [];
  for (const record of records) {
    const made = articleToDoc(record);
    if (!made.ok) rejected.push(made.message);
    else docs.push({ ...made.doc, ...withRev(known.get(record.article.id)?.rev) });
  }
  return { docs, rejected };
}

/**
 * Writes `docs`, settling conflicts by `addedAt` (see the module comment); answers how many were
 * written. What the server holds afterwards is recorded even when a later attempt fails.
 */
async function writeDocs(session: CouchSession, docs: ArticleDoc[]): Promise<CouchResult<number>> {
  const seen = new Map<string, CouchArticleRevRow>();
  let todo = docs;
  let written = 0;
  for (let attempt = 0; todo.length && attempt < MAX_ATTEMPTS; attempt++) {
    const sent = await writeOnce(session, todo, seen);
    if (!sent.ok) return finish(session, seen, sent);
    written += sent.value.written;
    if (!sent.value.conflicted.length) return finish(session, seen, { ok: true, value: written });
    const settled = await settleConflicts(session, sent.value.conflicted);
    if (!settled.ok) return finish(session, seen, settled);
    todo = settled.value;
  }
  if (!todo.length) return finish(session, seen, { ok: true, value: written });
  return finish(session, seen, couchFail('serverError', `${todo.length} article documents kept changing on the server while being written; they will be sent at the next sync.`));
}

/** One `_bulk_docs`: records what landed in `seen`, answers how many did and which met a 409. */
async function writeOnce(session: CouchSession, docs: ArticleDoc[], seen: Map<string, CouchArticleRevRow>): Promise<CouchResult<{ written: number; conflicted: ArticleDoc[] }>> {
  const answer = await session.http.send({ method: 'POST', path: '_bulk_docs', body: { docs } }, couchBulkDocsSchema);
  if (!answer.ok) return answer;
  const rows = new Map(answer.value.map((row) => [row.id, row]));
  const conflicted: ArticleDoc[] = [];
  const refused: BulkRow[] = [];
  let written = 0;
  for (const doc of docs) {
    const row = rows.get(doc._id);
    if (row?.rev && !row.error) {
      seen.set(articleIdOfDoc(doc._id)!, { rev: row.rev, addedAt: doc.addedAt });
      written++;
    } else if (row?.error === 'conflict') conflicted.push(doc);
    else refused.push(row ?? { id: doc._id, error: 'no answer' });
  }
  if (refused.length) return refusal(refused, docs.length);
  return { ok: true, value: { written, conflicted } };
}

/**
 * Reads the server's copies of `docs`: one as new as ours stays, unrecorded so that the next pull
 * fetches it (this device has not stored it); the rest go again over the server's revision.
 */
async function settleConflicts(session: CouchSession, docs: ArticleDoc[]): Promise<CouchResult<ArticleDoc[]>> {
  const current = await fetchCurrent(session, docs.map((doc) => doc._id));
  if (!current.ok) return current;
  const again = docs.flatMap(({ _rev: _stale, ...doc }) => {
    const server = current.value.get(doc._id);
    const reading = server && docToArticle(server);
    if (server && reading?.kind === 'article' && !isNewer(doc.addedAt, reading.article.addedAt)) return [];
    // Ours is newer, or the server's copy is deleted or unreadable: ours is written over it.
    return [{ ...doc, ...withRev(server?._rev) }];
  });
  return { ok: true, value: again };
}

async function finish<T>(session: CouchSession, seen: Map<string, CouchArticleRevRow>, result: CouchResult<T>): Promise<CouchResult<T>> {
  await writeKnownRevs(session.db, session.repId, seen);
  return result;
}

type BulkRow = { id?: string; error?: string; reason?: string };

function refusal(rows: BulkRow[], sent: number): { ok: false; error: CouchSyncError } {
  const detail = rows.slice(0, 3).map((row) => `${row.id ?? '?'}: ${row.error}${row.reason ? ` (${row.reason})` : ''}`).join('; ');
  const kind = rows.some((row) => row.error === 'forbidden' || row.error === 'unauthorized') ? 'unauthorized' : 'serverError';
  return couchFail(kind, `The CouchDB server refused ${rows.length} of ${sent} article documents: ${detail}. They will be sent again at the next sync.`);
}

const withRev = (rev: string | undefined): { _rev?: string } => (rev ? { _rev: rev } : {});
