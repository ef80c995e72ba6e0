/**
 * The match index's bookkeeping in the store: which feature code wrote the passages' features,
 * and the change log every context's in-memory index catches up from, written inside the same
 * transaction as the passages they describe, so they are never out of step.
 */
import type { IndexStats } from '../schema';
import type { ClaimTrailDb } from './db';

/** Change-log entries kept: a context further behind than this reloads its index whole. */
export const CHANGE_LOG_LIMIT = 5000;

/** The stored feature version, or `version` for a new database. */
export async function readIndexStats(db: ClaimTrailDb, version: number): Promise<IndexStats> {
  return (await db.indexStats.get('keys')) ?? { id: 'keys', version };
}

/**
 * Logs the articles written or deleted, and records the feature version of a new database. Call
 * it inside a transaction over `indexStats` and `corpusChanges`.
 */
export async function recordIndexChange(db: ClaimTrailDb, articleIds: readonly string[], version: number): Promise<void> {
  if ((await db.indexStats.get('keys')) === undefined) await db.indexStats.put({ id: 'keys', version });
  if (articleIds.length === 0) return;
  const last = await db.corpusChanges.bulkAdd(articleIds.map((articleId) => ({ articleId })));
  if (last > CHANGE_LOG_LIMIT) await db.corpusChanges.where('seq').belowOrEqual(last - CHANGE_LOG_LIMIT).delete();
}
