/**
 * Re-indexing after the feature code changed (`FEATURES_VERSION`, or a database upgraded from
 * before passages carried features): every passage's features and bands are rebuilt from its
 * text, then the version is recorded. The background does this before it loads its index, so no
 * stale key is ever served (an index snapshot of another feature version is never loaded).
 */
import type { PassageIndexer } from '../store/article-records';
import type { ClaimTrailDb } from '../store/db';
import { readIndexStats } from '../store/index-stats';

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
  await db.indexStats.put({ id: 'keys', version: indexer.version });
  return rebuilt;
}
