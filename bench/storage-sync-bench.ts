/**
 * How many of a reader's annotations the storage.sync mirror holds in practice, for English and
 * Chinese quotes made from the seed articles, against the baseline of plain JSON (one key per
 * annotation) in the same budget; and what planning costs. `tsx bench/storage-sync-bench.ts`
 * prints the figures; `runStorageSyncBench()` returns them.
 *
 * The seeds are five short articles (one in Chinese), so quotes and notes overlap more than a
 * reader's real collection would, which flatters compression. `aloneBytesPerAnnotation` (each
 * record compressed on its own, no shared text) bounds the other side.
 */
import { itemBytes } from '../lib/sync/storage-sync/area';
import { measureCapacity, type CapacityFigures } from '../lib/sync/storage-sync/capacity';
import { compactRecord, encodePart } from '../lib/sync/storage-sync/codec';
import { planMirror } from '../lib/sync/storage-sync/plan';
import { budgetFor } from '../lib/sync/storage-sync/budget';
import { realisticAnnotations } from '../tests/fake-sync-area';

/** One language's figures. */
export interface StorageSyncBenchRow extends CapacityFigures {
  lang: 'en' | 'zh';
  /** Mean bytes of one annotation compressed alone, base64, with a shard key: no cross-record gain. */
  aloneBytesPerAnnotation: number;
  /** Planning the mirror of every annotation: cold, then again after one edit (shard cache warm). */
  planColdMs: number;
  planWarmMs: number;
}

/** Measures `count` realistic annotations (enough to overflow the quota) per language. */
export function runStorageSyncBench(count = 1_000): StorageSyncBenchRow[] {
  return (['en', 'zh'] as const).map((lang) => {
    const annotations = realisticAnnotations(count, { lang, seed: 42 });
    const figures = measureCapacity(annotations);
    const alone = annotations.map((a) => itemBytes('ann:00', encodePart([compactRecord(a)])));
    const now = Math.max(...annotations.map((a) => Date.parse(a.modified)));
    const budget = budgetFor({ bytes: 0, items: 0 }, 1);
    const cache = new Map<string, string[]>();
    let start = performance.now();
    const first = planMirror(annotations, now, budget, { cache });
    const planColdMs = performance.now() - start;
    const edited = annotations.map((a, i) => (i === count - 1 ? { ...a, revision: `${a.revision.split('-')[0]}-ffffffffffffffff`, body: { ...a.body, note: 'edited' } } : a));
    start = performance.now();
    planMirror(edited, now, budget, { cache, hint: first.selected });
    const planWarmMs = performance.now() - start;
    return { lang, ...figures, aloneBytesPerAnnotation: Math.round(alone.reduce((s, b) => s + b, 0) / alone.length), planColdMs: Math.round(planColdMs), planWarmMs: Math.round(planWarmMs * 10) / 10 };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(runStorageSyncBench());
