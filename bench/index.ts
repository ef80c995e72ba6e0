/**
 * `npm run bench`: ClaimTrail's benchmarks. Figures, never pass/fail: each comes with a baseline
 * measured in the same run. `npm run --silent bench -- --json` prints one JSON object.
 */
import { extractBench } from './extract-bench';
import { importBench } from './import-bench';
import { loadGlossTable } from '../lib/match/load-gloss';
import { matchBench } from './match-bench';

const json = process.argv.includes('--json');
const sizes = [1_000, 10_000];

const context = { gloss: loadGlossTable() };
const matchSizes = process.argv.includes('--large') ? [1_000, 10_000, 100_000] : [1_000, 10_000];
const results = {
  match: matchSizes.map((size) => matchBench(size, context)),
  extract: [extractBench('globaltimes', 'typical'), extractBench('netease', 'typical'), extractBench('globaltimes', 'text'), extractBench('netease', 'text')],
  import: [] as Awaited<ReturnType<typeof importBench>>[],
};
for (const size of sizes) results.import.push(await importBench(size));

if (json) {
  const queryP95Ms = Object.fromEntries(results.match.map((r) => [String(r.articles), r.queryP95Ms]));
  const speedupVsBruteForce = Object.fromEntries(results.match.map((r) => [String(r.articles), r.speedupVsBruteForce]));
  process.stdout.write(`${JSON.stringify({ queryP95Ms, speedupVsBruteForce, ...results })}\n`);
} else {
  console.log('Matching a 60-sentence page (in-memory index, Node), against scoring every corpus passage (brute force) in the same run:');
  console.table(
    results.match.map((r) => ({
      articles: r.articles,
      passages: r.passages,
      'build ms/article': r.buildMsPerArticle.toFixed(2),
      'p50 ms': r.queryP50Ms.toFixed(1),
      'p95 ms': r.queryP95Ms.toFixed(1),
      'candidates/sentence': r.candidatesPerSentence.toFixed(0),
      'brute force ms': r.bruteForcePageMs.toFixed(0),
      'speed-up': r.speedupVsBruteForce.toFixed(1),
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
  console.log('Corpus bundle import (fake-indexeddb, Node): parse + validate + one transaction, against a bare bulkPut of the same records');
  console.table(
    results.import.map((r) => ({
      articles: r.articles,
      'bundle MB': (r.bundleBytes / 2 ** 20).toFixed(1),
      'parse ms/article': r.parseMsPerArticle.toFixed(3),
      'import ms/article': r.importMsPerArticle.toFixed(3),
      're-import ms/article': r.reimportMsPerArticle.toFixed(3),
      'baseline ms/article': r.baselineBulkPutMsPerArticle.toFixed(3),
      'ratio to baseline': r.ratioToBaseline.toFixed(2),
      'heap MB after': r.heapUsedMb.toFixed(0),
    })),
  );
}
