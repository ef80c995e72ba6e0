/**
 * Pull of the shared corpus: the database's `_changes` since this device's own corpus cursor, the
 * `article:` documents among them fetched by id (unless at a revision this device already wrote or
 * read), each validated, and the ones newer than the local copy (by `addedAt`) stored through
 * `saveArticle` with `origin: 'sync'`.
 *
 * The feed is read without `include_docs`: it lists the annotations' changes too, and article
 * bodies are large, so only the winning revisions of the article documents are fetched, a few at
 * a time. A deleted article document is passed over: whoever removed it from the desk's copy does
 * not remove it from a reader's corpus, as a reader's removal does not reach the desk's.
 */
import { couchAllDocsSchema, couchChangesSchema, couchDocSchema, type CouchArticleRevRow, type CouchChanges, type CouchDoc } from '../../schema/couch';
import { toArticleRecords, type ArticleRecords, type PassageIndexer } from '../../store/article-records';
import { saveArticle, validateRecords } from '../../store/corpus-repository';
import { articleIdOfDoc, docToArticle, isNewer, type SharedArticle } from './corpus-docs';
import { readCorpusPullSince, readKnownRevs, writeCorpusPullSince, writeKnownRevs } from './corpus-state';
import { couchFail, type CouchResult } from './http';
import type { CouchSession } from './session';

/** What sharing the corpus needs beyond the session. */
export interface CorpusShareContext {
  session: CouchSession;
  /** Computes the match features of pulled passages (and names the index version they count in). */
  indexer: PassageIndexer;
  /** ISO date-time of this sync. */
  now: string;
}

/** What one corpus pull brought in. */
export interface CorpusPullOutcome {
  /** Articles stored from the server. */
  pulled: number;
  /** Article documents skipped as invalid, each with its id, revision and field paths. */
  rejected: string[];
}

/** Article documents per fetch or write: one can run to megabytes where an annotation is a few hundred bytes. */
const ARTICLE_BATCH = 25;

/** How many article documents go in one request of `session`. */
export const articleBatchSize = (session: CouchSession): number => Math.min(session.batchSize, ARTICLE_BATCH);

/** Pulls every article document changed since the corpus cursor, page by page. */
export async function pullArticles(context: CorpusShareContext): Promise<CouchResult<CorpusPullOutcome>> {
  const { db, repId, batchSize, http } = context.session;
  const outcome: CorpusPullOutcome = { pulled: 0, rejected: [] };
  let since = await readCorpusPullSince(db, repId);
  for (;;) {
    const page = await http.send({ method: 'GET', path: `_changes?since=${encodeURIComponent(String(since ?? 0))}&limit=${batchSize}` }, couchChangesSchema);
    if (!page.ok) return page;
    const docIds = await unseen(context.session, page.value.results);
    for (let i = 0; i < docIds.length; i += articleBatchSize(context.session)) {
      const stored = await pullBatch(context, docIds.slice(i, i + articleBatchSize(context.session)));
      if (!stored.ok) return stored;
      outcome.pulled += stored.value.pulled;
      outcome.rejected.push(...stored.value.rejected);
    }
    // Saved after the page's articles: a crash in between replays the page, which stores nothing twice.
    since = page.value.last_seq;
    await writeCorpusPullSince(db, repId, since);
    if (page.value.results.length < batchSize) return { ok: true, value: outcome };
  }
}

/**
 * The live article documents among `rows` at a revision this device has not written or read yet.
 * Its own pushes come back in the feed; skipping them saves their download, and keeps an article
 * the reader deleted meanwhile deleted.
 */
async function unseen(session: CouchSession, rows: CouchChanges['results']): Promise<string[]> {
  const articles = rows.filter((row) => !row.deleted && articleIdOfDoc(row.id) !== undefined);
  const known = await readKnownRevs(session.db, session.repId, articles.map((row) => articleIdOfDoc(row.id)!));
  return articles.filter((row) => !row.changes.some((change) => change.rev === known.get(articleIdOfDoc(row.id)!)?.rev)).map((row) => row.id);
}

/** The live documents among `docIds` as the server holds them now (missing and deleted ones left out). */
export async function fetchCurrent(session: CouchSession, docIds: readonly string[]): Promise<CouchResult<Map<string, CouchDoc>>> {
  const answer = await session.http.send({ method: 'POST', path: '_all_docs?include_docs=true', body: { keys: docIds } }, couchAllDocsSchema);
  if (!answer.ok) return answer;
  const docs = new Map<string, CouchDoc>();
  for (const row of answer.value.rows) {
    const doc = couchDocSchema.safeParse(row.doc);
    if (doc.success && !row.value?.deleted) docs.set(row.key, doc.data);
  }
  return { ok: true, value: docs };
}

interface Reading {
  articleId: string;
  article: SharedArticle;
  rev: string;
}

async function pullBatch(context: CorpusShareContext, docIds: string[]): Promise<CouchResult<CorpusPullOutcome>> {
  const { session, indexer, now } = context;
  const current = await fetchCurrent(session, docIds);
  if (!current.ok) return current;
  const rejected: string[] = [];
  const readings: Reading[] = [];
  for (const doc of current.value.values()) {
    const reading = docToArticle(doc);
    if (reading.kind === 'invalid') rejected.push(reading.message);
    else readings.push({ articleId: reading.articleId, article: reading.article, rev: doc._rev });
  }
  const local = await session.db.articles.bulkGet(readings.map((r) => r.articleId));
  // Indexing is CPU work: done before the transaction, which IndexedDB would otherwise hold open.
  const records = readings
    .filter((r, i) => !local[i] || isNewer(r.article.addedAt, local[i].addedAt))
    .map((r) => toArticleRecords(r.article, 'sync', now, indexer))
    .filter((r) => {
      const invalid = validateRecords(r);
      if (invalid) rejected.push(`article:${r.article.id}: ${invalid.replaceAll('\n', '; ')}`);
      return !invalid;
    });
  const seen = new Map<string, CouchArticleRevRow>(readings.map((r) => [r.articleId, { rev: r.rev, addedAt: r.article.addedAt }]));
  try {
    const pulled = await store(context, records, seen);
    return { ok: true, value: { pulled, rejected } };
  } catch (error) {
    return couchFail('storage', `Could not store pulled articles, nothing of this batch was written: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Stores the records still newer than the local copy, and what the server holds of every article
 * read (also those skipped as older), so the push sends only what the server lacks: a pulled
 * article is never pushed back.
 */
async function store(context: CorpusShareContext, records: ArticleRecords[], seen: Map<string, CouchArticleRevRow>): Promise<number> {
  const { db, repId } = context.session;
  return db.transaction('rw', [db.articles, db.passages, db.indexStats, db.corpusChanges, db.syncState], async () => {
    let written = 0;
    for (const record of records) {
      const current = await db.articles.get(record.article.id);
      // The reader may have tracked a newer copy while the batch was being indexed.
      if (current && !isNewer(record.article.addedAt, current.addedAt)) continue;
      const saved = await saveArticle(db, record, context.indexer.version);
      if (!saved.ok) throw new Error(saved.error.message);
      written++;
    }
    await writeKnownRevs(db, repId, seen);
    return written;
  });
}
