import { describe, expect, it } from 'vitest';
import { realisticAnnotations } from '../../../tests/fake-sync-area';
import { seededRandom } from '../../../tests/random';
import type { Annotation } from '../../schema';
import { itemBytes } from './area';
import { budgetFor } from './budget';
import { measureCapacity } from './capacity';
import { decodePart } from './codec';
import { partKey } from './layout';
import { PART_LIMIT } from './pack';
import { planMirror, TOMBSTONE_TTL_MS, type MirrorPlan } from './plan';

const budget = budgetFor({ bytes: 0, items: 0 }, 1);
const newestFirst = (list: readonly Annotation[]) => [...list].sort((x, y) => Date.parse(y.modified) - Date.parse(x.modified) || (x.id < y.id ? -1 : 1));
const lastModified = (list: readonly Annotation[]) => Math.max(...list.map((a) => Date.parse(a.modified)));
const plannedIds = (plan: MirrorPlan) => [...plan.shards.values()].flatMap((shard) => [...shard.revisions.keys()]).sort();
const partsOf = (plan: MirrorPlan) => [...plan.shards].flatMap(([shard, { parts }]) => parts.map((part, i) => ({ key: partKey(shard, i), part })));

describe('planMirror', () => {
  it('takes every annotation when they fit, each part within the per-item quota', () => {
    const list = realisticAnnotations(120, { seed: 2 });
    const plan = planMirror(list, lastModified(list), budget);
    expect(plan).toMatchObject({ mirrored: 120, localOnly: 0, selected: 120 });
    expect(plannedIds(plan)).toEqual(list.map((a) => a.id).sort());
    for (const { key, part } of partsOf(plan)) expect(itemBytes(key, part)).toBeLessThanOrEqual(PART_LIMIT);
    expect(plan.bytes).toBe(partsOf(plan).reduce((sum, { key, part }) => sum + itemBytes(key, part), 0));
  });

  it('keeps the newest within the budget, and plans the same whatever older records a device also holds', () => {
    const list = realisticAnnotations(700, { seed: 3 });
    const plan = planMirror(list, lastModified(list), budget);
    expect(plan.bytes).toBeLessThanOrEqual(budget.bytes);
    expect(plan.mirrored + plan.localOnly).toBe(700);
    expect(plannedIds(plan)).toEqual(newestFirst(list).slice(0, plan.mirrored).map((a) => a.id).sort());
    // Another device holding the same newest records but fewer old ones plans the same mirror.
    const fewer = newestFirst(list).slice(0, plan.mirrored + 40).reverse();
    expect(partsOf(planMirror(fewer, lastModified(list), budget, { hint: 5 }))).toEqual(partsOf(plan));
  });

  it('spills a large shard into numbered parts that together hold all its records', () => {
    const list = realisticAnnotations(600, { seed: 4 });
    const plan = planMirror(list, lastModified(list), { bytes: 10_000_000, items: 512 });
    expect(plan.mirrored).toBe(600);
    const parts = partsOf(plan);
    expect(parts.some(({ key }) => /^ann:\d\d:\d+$/.test(key))).toBe(true);
    for (const { key, part } of parts) expect(itemBytes(key, part)).toBeLessThanOrEqual(PART_LIMIT);
    const decoded = parts.flatMap(({ part }) => { const d = decodePart(part); return d.ok ? d.records.map((r) => r.i) : []; });
    expect(decoded.sort()).toEqual(list.map((a) => a.id).sort());
  });

  it('keeps local a record too large for one item, and drops tombstones after 60 days', () => {
    const [big, recent, old, live] = realisticAnnotations(4, { seed: 5 }) as [Annotation, Annotation, Annotation, Annotation];
    const random = seededRandom(1);
    const noise = Array.from({ length: 9_000 }, () => String.fromCharCode(0x4e00 + Math.floor(random() * 20_000))).join('');
    const now = lastModified([big, recent, old, live]) + TOMBSTONE_TTL_MS;
    const list = [
      { ...big, body: { ...big.body, note: noise } },
      { ...recent, deleted: true, modified: new Date(now - TOMBSTONE_TTL_MS + 1).toISOString() },
      { ...old, deleted: true, modified: new Date(now - TOMBSTONE_TTL_MS - 1).toISOString() },
      live,
    ];
    const plan = planMirror(list, now, budget);
    expect(plannedIds(plan)).toEqual([recent.id, live.id].sort());
    expect(plan).toMatchObject({ mirrored: 1, localOnly: 1 });
  });
});

describe('measureCapacity', () => {
  it('reports how many realistic annotations fit, compressed and as plain JSON', () => {
    const figures = measureCapacity(realisticAnnotations(600, { seed: 6 }));
    expect(figures.mirrored + figures.localOnly).toBe(600);
    expect(figures.bytesUsed).toBeLessThanOrEqual(figures.budgetBytes);
    expect(figures.mirrored).toBeGreaterThan(2 * figures.rawJsonFit);
    expect(figures.mirroredBytesPerAnnotation).toBeLessThan(figures.compactJsonBytesPerAnnotation);
    expect(figures.compactJsonBytesPerAnnotation).toBeLessThan(figures.rawJsonBytesPerAnnotation);
  });
});
