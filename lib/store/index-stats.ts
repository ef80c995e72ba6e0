/**
 * The match index's collection statistics (document frequency per key) and change log, written
 * inside the same transaction as the passages they describe, so they are never out of step.
 */
import { isCandidateKey } from '../match/minhash';
import type { IndexStats, Passage } from '../schema';
import type { ClaimTrailDb } from './db';

/** Change-log entries kept: a context further behind than this reloads its index whole. */
export const CHANGE_LOG_LIMIT = 5000;

/** The stored statistics, or empty ones of `version` for a new database. */
export async function readIndexStats(db: ClaimTrailDb, version: number): Promise<IndexStats> {
  return (await db.indexStats.get('keys')) ?? { id: 'keys', version, documents: 0, df: {} };
}

/**
 * Counts `added` passages in and `removed` ones out, and logs the articles written. Call it
 * inside a transaction over `passages`, `indexStats` and `corpusChanges`.
 */
export async function recordIndexChange(db: ClaimTrailDb, change: { added: readonly Passage[]; removed: readonly Passage[]; articleIds: readonly string[] }, version: number): Promise<void> {
  const stats = await readIndexStats(db, version);
  const { df } = stats;
  for (const passage of change.removed) {
    for (const key of countedKeys(passage)) {
      const count = (df[key] ?? 0) - 1;
      if (count > 0) df[key] = count;
      else delete df[key];
    }
  }
  for (const passage of change.added) for (const key of countedKeys(passage)) df[key] = (df[key] ?? 0) + 1;
  await db.indexStats.put({ ...stats, documents: Math.max(0, stats.documents + change.added.length - change.removed.length) });
  if (change.articleIds.length === 0) return;
  const last = await db.corpusChanges.bulkAdd(change.articleIds.map((articleId) => ({ articleId })));
  if (last > CHANGE_LOG_LIMIT) await db.corpusChanges.where('seq').belowOrEqual(last - CHANGE_LOG_LIMIT).delete();
}

const countedKeys = (passage: Passage): Set<string> => new Set(passage.keys.filter((key) => !isCandidateKey(key)));
