/**
 * Re-indexing after the feature code changed (`FEATURES_VERSION`, or a database upgraded from
 * before passages carried features): every passage's features and keys are rebuilt from its
 * text, then the statistics are counted afresh. The background does this before it loads its
 * index, so no stale key is ever served.
 */
import type { IndexStats } from '../schema';
import type { PassageIndexer } from '../store/article-records';
import type { ClaimTrailDb } from '../store/db';
import { readIndexStats } from '../store/index-stats';
import { isCandidateKey } from './minhash';

const PAGE = 500;

/** Rebuilds the index if its statistics are of another version; returns the passages rebuilt. */
export async function reindexIfStale(db: ClaimTrailDb, indexer: PassageIndexer): Promise<number> {
  if ((await readIndexStats(db, indexer.version)).version === indexer.version) return 0;
  let rebuilt = 0;
  let after: string | undefined;
  for (;;) {
    // One transaction per page: a reader sees each passage either before or after, never half.
    const count = await db.transaction('rw', db.passages, async () => {
      const rows = after === undefined ? await db.passages.orderBy(':id').limit(PAGE).toArray() : await db.passages.where(':id').above(after).limit(PAGE).toArray();
      await db.passages.bulkPut(rows.map((row) => ({ ...row, ...indexer.fields(row.text, row.lang) })));
      after = rows[rows.length - 1]?.id;
      return rows.length;
    });
    rebuilt += count;
    if (count < PAGE) break;
  }
  // Counted in one transaction that also holds the passages, so no write slips in between.
  await db.transaction('rw', db.passages, db.indexStats, async () => {
    const stats: IndexStats = { id: 'keys', version: indexer.version, documents: 0, df: {} };
    await db.passages.each((row) => {
      stats.documents += 1;
      for (const key of new Set(row.keys)) if (!isCandidateKey(key)) stats.df[key] = (stats.df[key] ?? 0) + 1;
    });
    await db.indexStats.put(stats);
  });
  return rebuilt;
}
