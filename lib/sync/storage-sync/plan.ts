/**
 * What the mirror should hold: the newest annotations (by `modified`) that fit a byte and item
 * budget, packed into shards and parts. A pure function of the records, so two devices that hold
 * the same records plan the same mirror, and records beyond the budget stay local only.
 */
import type { Annotation } from '../../schema';
import { itemBytes } from './area';
import { compactRecord, encodePart } from './codec';
import { partKey } from './layout';
import { buildShards, PART_LIMIT, type Candidate, type PlannedShard, type ShardCache } from './pack';

/** Tombstones older than this are no longer mirrored: every replica has had 60 days to see them. */
export const TOMBSTONE_TTL_MS = 60 * 24 * 3600 * 1000;

/** A record whose compact JSON is shorter than this (UTF-8 bytes) fits one part even if it does not compress at all. */
const SURELY_FITS = 6_000;
const utf8 = new TextEncoder();

/** What the mirror may use: bytes as storage.sync counts them, and items (keys). */
export interface PlanBudget {
  bytes: number;
  items: number;
}

/** The planned mirror and the counts the status reports. */
export interface MirrorPlan {
  shards: Map<number, PlannedShard>;
  /** Live annotations in the plan. */
  mirrored: number;
  /** Live annotations left out (beyond the budget, or larger than one item). */
  localOnly: number;
  bytes: number;
  items: number;
  /** How many candidates made the cut, a hint for the next plan. */
  selected: number;
}

/** Plans the mirror of `annotations` at time `now` (ms) within `budget`. */
export function planMirror(annotations: readonly Annotation[], now: number, budget: PlanBudget, options: { cache?: ShardCache; hint?: number } = {}): MirrorPlan {
  const cache = options.cache ?? new Map<string, string[]>();
  if (cache.size > 4_000) cache.clear();
  const all = candidatesOf(annotations, now);
  const fitting = all.filter((c) => c.jsonBytes < SURELY_FITS || fitsOnePart(c));
  const build = (count: number) => buildShards(fitting.slice(0, count), cache);
  const fits = (count: number) => withinBudget(build(count), budget);
  const count = largestFitting(fitting.length, fits, options.hint ?? estimateCount(fitting, budget));
  const shards = build(count);
  const liveMirrored = fitting.slice(0, count).filter((c) => !c.deleted).length;
  const live = all.filter((c) => !c.deleted).length;
  const totals = sizeOf(shards);
  return { shards, mirrored: liveMirrored, localOnly: live - liveMirrored, ...totals, selected: count };
}

/** Newest first (ties by id), tombstones past their time left out. */
function candidatesOf(annotations: readonly Annotation[], now: number): Candidate[] {
  return annotations
    .filter((a) => !a.deleted || now - Date.parse(a.modified) <= TOMBSTONE_TTL_MS)
    .map((a) => ({ a, at: Date.parse(a.modified) }))
    .sort((x, y) => y.at - x.at || (x.a.id < y.a.id ? -1 : 1))
    .map(({ a }) => {
      const record = compactRecord(a);
      return { id: a.id, revision: a.revision, deleted: a.deleted, record, jsonBytes: utf8.encode(JSON.stringify(record)).length };
    });
}

function fitsOnePart(candidate: Candidate): boolean {
  return itemBytes(partKey(99, 999), encodePart([candidate.record])) <= PART_LIMIT;
}

/** Where to start looking without a hint: as if compression halved the compact JSON (measured: 0.33–0.58). */
function estimateCount(candidates: readonly Candidate[], budget: PlanBudget): number {
  let bytes = 0;
  const count = candidates.findIndex((c) => (bytes += c.jsonBytes / 2) > budget.bytes);
  return count < 0 ? candidates.length : count;
}

/**
 * The largest prefix length that fits, found by galloping from `hint` then bisecting. Sizes grow
 * with the prefix (compressed sizes in practice, if not in theory), so any search finds the same.
 */
function largestFitting(total: number, fits: (count: number) => boolean, hint: number): number {
  // Invariant: fits(lo), and not fits(hi); total + 1 stands for "more than there are".
  let lo = 0;
  let hi = total + 1;
  let probe = Math.min(Math.max(hint, 1), total);
  for (let step = 1; probe > lo && probe < hi; step *= 2) {
    if (fits(probe)) [lo, probe] = [probe, Math.min(probe + step, total)];
    else [hi, probe] = [probe, probe - step];
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

function sizeOf(shards: Map<number, PlannedShard>): { bytes: number; items: number } {
  let bytes = 0;
  let items = 0;
  for (const shard of shards.values()) {
    bytes += shard.bytes;
    items += shard.parts.length;
  }
  return { bytes, items };
}

function withinBudget(shards: Map<number, PlannedShard>, budget: PlanBudget): boolean {
  const { bytes, items } = sizeOf(shards);
  return bytes <= budget.bytes && items <= budget.items;
}
