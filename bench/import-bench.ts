/**
 * Corpus bundle import: what validation and the all-or-nothing transaction cost, measured against
 * a baseline in the same run — the same records written with a bare Dexie bulkPut, unvalidated.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { toArticleRecords } from '../lib/store/article-records';
import { importBundle } from '../lib/store/bundle-import';
import { parseBundle } from '../lib/store/bundle-parse';
import { ClaimTrailDb } from '../lib/store/db';
import { syntheticBundle } from './corpus-generator';

const NOW = '2026-01-01T00:00:00.000Z';
const freshDb = () => new ClaimTrailDb({ indexedDB: new IDBFactory(), IDBKeyRange });

async function timed<T>(run: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const value = await run();
  return [value, performance.now() - start];
}

export interface ImportFigures {
  articles: number;
  bundleBytes: number;
  parseMsPerArticle: number;
  importMsPerArticle: number;
  /** The same bundle again: every article replaced whole. */
  reimportMsPerArticle: number;
  baselineBulkPutMsPerArticle: number;
  /** (parse + import) / baseline bulkPut. */
  ratioToBaseline: number;
  /** V8 heap in use once the run is done (not a peak). */
  heapUsedMb: number;
}

/** Parses and imports a synthetic bundle of `count` articles and times a bare bulkPut of the same records. */
export async function importBench(count: number): Promise<ImportFigures> {
  const text = JSON.stringify(syntheticBundle(count));
  const [parsed, parseMs] = await timed(() => parseBundle(text));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const db = freshDb();
  const [imported, importMs] = await timed(() => importBundle(db, parsed.value, { now: NOW }));
  if (!imported.ok) throw new Error(imported.error.message);
  const [, reimportMs] = await timed(() => importBundle(db, parsed.value, { now: NOW }));
  const records = parsed.value.articles.map((article) => toArticleRecords(article, 'import', NOW));
  const baselineDb = freshDb();
  const [, baselineMs] = await timed(() =>
    baselineDb.transaction('rw', baselineDb.articles, baselineDb.passages, async () => {
      await baselineDb.articles.bulkPut(records.map((r) => r.article));
      await baselineDb.passages.bulkPut(records.flatMap((r) => r.passages));
    }),
  );
  return {
    articles: count,
    bundleBytes: text.length,
    parseMsPerArticle: parseMs / count,
    importMsPerArticle: importMs / count,
    reimportMsPerArticle: reimportMs / count,
    baselineBulkPutMsPerArticle: baselineMs / count,
    ratioToBaseline: (parseMs + importMs) / baselineMs,
    heapUsedMb: process.memoryUsage().heapUsed / 2 ** 20,
  };
}
