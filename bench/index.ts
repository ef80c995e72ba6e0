/**
 * `npm run bench`: ClaimTrail's benchmarks. Figures, never pass/fail: each comes with a baseline
 * measured in the same run. `npm run --silent bench -- --json` prints one JSON object.
 */
import { extractBench } from './extract-bench';
import { importBench } from './import-bench';

const json = process.argv.includes('--json');
const sizes = [1_000, 10_000];

const results = {
  extract: [extractBench('globaltimes', 'typical'), extractBench('netease', 'typical'), extractBench('globaltimes', 'text'), extractBench('netease', 'text')],
  import: [] as Awaited<ReturnType<typeof importBench>>[],
};
for (const size of sizes) results.import.push(await importBench(size));

if (json) {
  process.stdout.write(`${JSON.stringify(results)}\n`);
} else {
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
