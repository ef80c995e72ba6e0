/**
 * `npm run bench`: ClaimTrail's benchmarks. Figures, never pass/fail: each comes with a baseline
 * measured in the same run. `npm run --silent bench -- --json` prints one JSON object.
 */
import { importBench } from './import-bench';

const json = process.argv.includes('--json');
const sizes = [1_000, 10_000];

const results = { import: [] as Awaited<ReturnType<typeof importBench>>[] };
for (const size of sizes) results.import.push(await importBench(size));

if (json) {
  process.stdout.write(`${JSON.stringify(results)}\n`);
} else {
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
