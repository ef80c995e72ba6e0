/**
 * `npm run eval`: matching quality on ../shared/eval/dev-pairs.jsonl (lib/eval/dev-pairs.ts).
 * `-- --json` prints one JSON object; `-- --failures` also lists the pairs that went wrong.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluatePairs, parseDevPairs, type Tally } from '../lib/eval/dev-pairs';
import { loadGlossTable } from '../lib/match/load-gloss';

const file = process.argv.find((arg) => arg.endsWith('.jsonl')) ?? join(import.meta.dirname, '..', '..', 'shared', 'eval', 'dev-pairs.jsonl');
const failures: string[] = [];
const figures = evaluatePairs(parseDevPairs(readFileSync(file, 'utf8')), { gloss: loadGlossTable() }, (pair, { rank, label }) => {
  const wrong = pair.match ? rank !== 1 || label === 'none' : label !== 'none';
  if (wrong) failures.push(`${pair.id} (${pair.kind}, ${pair.note.split(':')[0]}): rank ${rank || '>10'}, labelled ${label}`);
});

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`);
const row = (name: string, t: Tally) => ({
  '': name,
  'S@1': pct(t.atRank1, t.matching),
  'S@10': pct(t.atRank10, t.matching),
  recall: pct(t.labelledMatching, t.matching),
  precision: pct(t.labelledMatching, t.labelled),
  'false highlights': pct(t.falseHighlights, t.negatives),
});

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(figures)}\n`);
} else {
  console.log(`Matching on ${file}: the first sentence of each pair ranked against the second sentences of all pairs (cli rank's path).`);
  console.table([row('all', figures.all), ...Object.entries(figures.byKind).map(([k, t]) => row(k, t))]);
  console.log('By language pair:');
  console.table(Object.entries(figures.byLangPair).map(([k, t]) => row(k, t)));
  console.log('Negatives by type (false highlights):');
  console.table(Object.entries(figures.byNegativeType).map(([k, t]) => ({ '': k, 'false highlights': pct(t.falseHighlights, t.negatives) })));
  if (process.argv.includes('--failures')) console.log(failures.join('\n'));
}
