/**
 * `npm run bench`: ClaimTrail's benchmarks. Figures, never pass/fail: each comes with a baseline
 * measured in the same run. `npm run --silent bench -- --json` prints one JSON object;
 * `-- --quick` leaves out the 100,000-article corpus (about six minutes; under 1 GB).
 */
import { loadGlossTable } from '../lib/match/load-gloss';
import { anchorBench } from './anchor-bench';
import { runCouchBench } from './couch-bench';
import { extractBench } from './extract-bench';
import { runStorageSyncBench } from './storage-sync-bench';
import { matchBench } from './match-bench';
import { storeBench } from './store-bench';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const context = { gloss: loadGlossTable() };
const log = (line: string) => process.stderr.write(`${line}\n`);

const results = {
  match: [] as ReturnType<typeof matchBench>[],
  store: [] as Awaited<ReturnType<typeof storeBench>>[],
  extract: [extractBench('globaltimes', 'typical'), extractBench('netease', 'typical'), extractBench('globaltimes', 'text'), extractBench('netease', 'text')],
};
for (const size of quick ? [1_000, 10_000] : [1_000, 10_000, 100_000]) {
  log(`matching against ${size} articles…`);
  results.match.push(matchBench(size, context));
}
for (const size of [1_000, 10_000]) {
  log(`storing ${size} articles in fake-indexeddb…`);
  results.store.push(await storeBench(size, context));
}
log('anchoring on a long page, storage.sync capacity, CouchDB sync of 10,000 annotations…');
const annotations = { anchor: anchorBench(), storageSync: runStorageSyncBench(), couch: await runCouchBench(10_000) };

if (json) {
  const queryP95Ms = Object.fromEntries(results.match.map((r) => [String(r.articles), r.queryP95Ms]));
  const speedupVsBruteForce = Object.fromEntries(results.match.map((r) => [String(r.articles), r.speedupVsBruteForce]));
  process.stdout.write(`${JSON.stringify({ queryP95Ms, speedupVsBruteForce, ...results, annotations })}\n`);
} else {
  console.log('Matching a 60-sentence page against the in-memory index (Node), after 3 warm-up pages, against scoring every corpus passage (brute force) in the same run:');
  console.table(
    results.match.map((r) => ({
      articles: r.articles,
      passages: r.passages,
      'build ms/article': r.buildMsPerArticle.toFixed(2),
      'p50 ms': r.queryP50Ms.toFixed(1),
      'p95 ms': r.queryP95Ms.toFixed(1),
      'candidates/sentence': r.candidatesPerSentence.toFixed(1),
      'brute force ms': r.bruteForcePageMs.toFixed(0),
      'speed-up': r.speedupVsBruteForce.toFixed(0),
      'heap MB': r.heapUsedMb.toFixed(0),
      'index MB': r.indexMb.toFixed(0),
      'index bytes/passage': r.indexBytesPerPassage.toFixed(0),
      'remove oldest tenth ms': r.removeOldestTenthMs.toFixed(0),
    })),
  );
  console.log('Planted in those pages: translations of corpus sentences (a passage of their claim should rank first: the source, or another passage stating the very same claim, which the generator knows) and translations with a changed number or year (no passage of the original claim may be `same`):');
  console.table(
    results.match.map((r) => ({
      articles: r.articles,
      'claim at rank 1': `${r.plantedAtRank1}/${r.planted}`,
      'source itself at rank 1': `${r.plantedSourceAtRank1}/${r.planted}`,
      'claim labelled': `${r.plantedLabelled}/${r.planted}`,
      'hard negatives labelled same': `${r.hardNegativesSame}/${r.hardNegatives}`,
    })),
  );
  console.log('The corpus in IndexedDB (fake-indexeddb, Node): import with indexing in one transaction, against a bare bulkPut of the same records; the first page after a start from the snapshot, against a rebuild from the rows; warm pages through CorpusIndex:');
  console.table(
    results.store.map((r) => ({
      articles: r.articles,
      'index build ms/article': r.indexBuildMsPerArticle.toFixed(2),
      'import ms/article': r.importMsPerArticle.toFixed(2),
      're-import ms/article': r.reimportMsPerArticle.toFixed(2),
      'bulkPut ms/article': r.baselineBulkPutMsPerArticle.toFixed(2),
      'ratio to bulkPut': r.ratioToBaseline.toFixed(2),
      'est. bytes/article': r.estimatedBytesPerArticle.toFixed(0),
      'dictionary load ms': r.dictionaryLoadMs.toFixed(0),
      'first page, snapshot ms': r.coldPageMs.toFixed(0),
      'first page, rebuilt ms': r.loadMs.toFixed(0),
      'snapshot write ms': r.snapshotWriteMs.toFixed(0),
      'snapshot bytes/article': r.snapshotBytesPerArticle.toFixed(0),
      'warm p50 ms': r.warmP50Ms.toFixed(1),
      'warm p95 ms': r.warmP95Ms.toFixed(1),
      'heap MB': r.heapUsedMb.toFixed(0),
    })),
  );
  console.log('Extraction of a 200 KB article page (Node, happy-dom DOM): median of 25 runs, against reading the body text and splitting at full stops.');
  console.log('typical: a 12 KB article amid 190 KB of navigation, teasers and scripts; text: 200 KB of article text (worst case).');
  console.table(
    results.extract.map((r) => ({
      page: r.page,
      'HTML kB': r.htmlKb,
      passages: r.passages,
      'median ms': r.medianMs.toFixed(1),
      'baseline median ms': r.baselineMedianMs.toFixed(1),
      'ratio to baseline': r.ratioToBaseline.toFixed(1),
    })),
  );
  console.log('Anchoring an annotation on a 50,000-character page after edits (CPU ms), against a plain indexOf of the quote:');
  console.table([{ anchorings: annotations.anchor.anchorings, 'median ms': annotations.anchor.medianMs.toFixed(2), 'p95 ms': annotations.anchor.p95Ms.toFixed(2), 'max ms': annotations.anchor.maxMs.toFixed(2), 'indexOf median ms': annotations.anchor.baselineIndexOfMedianMs.toFixed(3) }]);
  console.log('storage.sync mirror: realistic annotations that fit in 100 KB, against plain JSON one key each:');
  console.table(annotations.storageSync.map((r) => ({ quotes: r.lang, mirrored: r.mirrored, 'local only': r.localOnly, 'bytes/annotation': r.mirroredBytesPerAnnotation.toFixed(0), 'raw JSON bytes': r.rawJsonBytesPerAnnotation.toFixed(0), 'fit as raw JSON': r.rawJsonFit, items: r.items })));
  console.log('CouchDB sync (pouchdb-server in memory, fake-indexeddb devices), 10,000 annotations:');
  console.table([{ 'push s': annotations.couch.pushSeconds.toFixed(1), 'push docs/s': annotations.couch.pushDocsPerSecond.toFixed(0), 'pull s': annotations.couch.pullSeconds.toFixed(1), 'pull docs/s': annotations.couch.pullDocsPerSecond.toFixed(0), 'idle sync s': annotations.couch.idleSyncSeconds.toFixed(2), 'doc bytes': annotations.couch.docBytes.toFixed(0) }]);
}
