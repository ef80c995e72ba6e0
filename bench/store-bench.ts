/**
 * The tracked corpus in IndexedDB (fake-indexeddb in Node), as the background uses it: a bundle
 * imported (validated, passages indexed, one transaction), its size, and matching a 60-sentence
 * page through `CorpusIndex` — first with the index rebuilt from the stored rows (no snapshot
 * yet), then its snapshot written, then after a service-worker start (a new `CorpusIndex`, the
 * snapshot loaded), then warm. Baselines in the same run: the same records written by a bare
 * bulkPut, and the rebuild the snapshot saves.
 */
import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CorpusIndex } from '../lib/match/corpus-index';
import { passageIndexer, matchEntry, type FeatureContext } from '../lib/match/features';
import { GlossTable } from '../lib/match/gloss-table';
import { GLOSS_TABLE_PATH } from '../lib/match/load-gloss';
import { toArticleRecords } from '../lib/store/article-records';
import { importBundle } from '../lib/store/bundle-import';
import { readSnapshot } from '../lib/store/snapshot-store';
import { parseBundle } from '../lib/store/bundle-parse';
import { ClaimTrailDb } from '../lib/store/db';
import { syntheticCorpus, syntheticPage } from './corpus-generator';
import { percentile } from './match-bench';

const NOW = '2026-01-01T00:00:00.000Z';
const PAGES = 20;
const WARM_UP_PAGES = 3;
const freshDb = () => new ClaimTrailDb({ indexedDB: new IDBFactory(), IDBKeyRange });

async function timed<T>(run: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const value = await run();
  return [value, performance.now() - start];
}

export interface StoreFigures {
  articles: number;
  passages: number;
  bundleBytes: number;
  parseMsPerArticle: number;
  /** Building the passages' features and keys (the dictionary work), per article. */
  indexBuildMsPerArticle: number;
  /** Parse, index and write in one transaction, per article. */
  importMsPerArticle: number;
  /** The same bundle again: every article replaced whole, statistics adjusted. */
  reimportMsPerArticle: number;
  baselineBulkPutMsPerArticle: number;
  /** import / baseline bulkPut. */
  ratioToBaseline: number;
  /** Stored rows as JSON plus every index entry (key and primary key): an estimate of IndexedDB's bytes. */
  estimatedBytesPerArticle: number;
  /** Reading and building the gloss table, as after a service-worker start. */
  dictionaryLoadMs: number;
  /** The first page after a start: the index loaded from its snapshot, then the page matched. */
  coldPageMs: number;
  /** The first page with no snapshot: the index rebuilt from the stored rows, then the page matched. */
  loadMs: number;
  /** Encoding and writing the snapshot. */
  snapshotWriteMs: number;
  snapshotBytesPerArticle: number;
  warmP50Ms: number;
  warmP95Ms: number;
  heapUsedMb: number;
}

export async function storeBench(count: number, context: FeatureContext): Promise<StoreFigures> {
  const corpus = syntheticCorpus(count, 3);
  const text = JSON.stringify(corpus.bundle);
  const [parsed, parseMs] = await timed(() => parseBundle(text));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const indexer = passageIndexer(context);
  const [records, indexBuildMs] = await timed(() => parsed.value.articles.map((article) => toArticleRecords(article, 'import', NOW, indexer)));
  const db = freshDb();
  const [imported, importMs] = await timed(() => importBundle(db, parsed.value, { now: NOW, indexer }));
  if (!imported.ok) throw new Error(imported.error.message);
  const estimatedBytes = estimateBytes(records);

  const [, dictionaryLoadMs] = await timed(() => GlossTable.fromText(readFileSync(GLOSS_TABLE_PATH, 'utf8')));
  const pageEntries = (seed: number) => syntheticPage(corpus, seed).map((s) => matchEntry(s.text, s.lang, context));
  const coldPage = pageEntries(800);
  const [, loadMs] = await timed(() => new CorpusIndex(db).match(coldPage).then(() => undefined));
  const built = new CorpusIndex(db);
  await built.load();
  const [, snapshotWriteMs] = await timed(() => built.saveSnapshot());
  const snapshotBytes = (await readSnapshot(db))?.head.bytes ?? 0;
  const index = new CorpusIndex(db);
  const [, coldPageMs] = await timed(() => index.match(coldPage));
  if (index.loadReport?.source !== 'snapshot') throw new Error(`the index did not load from its snapshot: ${index.loadReport?.snapshotProblem}`);
  for (let i = 0; i < WARM_UP_PAGES; i++) await index.match(pageEntries(900 + i));
  const times: number[] = [];
  for (let i = 0; i < PAGES; i++) {
    const page = syntheticPage(corpus, 1000 + i);
    const [, ms] = await timed(() => index.match(page.map((s) => matchEntry(s.text, s.lang, context))));
    times.push(ms);
  }
  const heapUsedMb = process.memoryUsage().heapUsed / 2 ** 20;

  const [, reimportMs] = await timed(() => importBundle(db, parsed.value, { now: NOW, indexer }));
  const baselineDb = freshDb();
  const [, baselineMs] = await timed(() =>
    baselineDb.transaction('rw', baselineDb.articles, baselineDb.passages, async () => {
      await baselineDb.articles.bulkPut(records.map((r) => r.article));
      await baselineDb.passages.bulkPut(records.flatMap((r) => r.passages));
    }),
  );
  return {
    articles: count,
    passages: imported.value.passages,
    bundleBytes: text.length,
    parseMsPerArticle: parseMs / count,
    indexBuildMsPerArticle: indexBuildMs / count,
    importMsPerArticle: importMs / count,
    reimportMsPerArticle: reimportMs / count,
    baselineBulkPutMsPerArticle: baselineMs / count,
    ratioToBaseline: importMs / baselineMs,
    estimatedBytesPerArticle: estimatedBytes / count,
    dictionaryLoadMs,
    coldPageMs,
    loadMs,
    snapshotWriteMs,
    snapshotBytesPerArticle: snapshotBytes / count,
    warmP50Ms: percentile(times, 0.5),
    warmP95Ms: percentile(times, 0.95),
    heapUsedMb,
  };
}

function estimateBytes(records: ReturnType<typeof toArticleRecords>[]): number {
  let bytes = 0;
  for (const { article, passages } of records) {
    bytes += Buffer.byteLength(JSON.stringify(article)) + 6 * article.id.length;
    for (const passage of passages) {
      bytes += Buffer.byteLength(JSON.stringify(passage)) + 2 * passage.id.length + passage.articleId.length;
    }
  }
  return bytes;
}
