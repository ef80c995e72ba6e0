/**
 * Packing records into shards and parts: each shard's records sorted by id, encoded whole, and
 * split evenly by size into one more part at a time until every part fits one storage item.
 */
import type { CompactRecord } from '../../schema/storage-sync';
import { itemBytes, SYNC_QUOTA } from './area';
import { encodePart } from './codec';
import { partKey, shardOf } from './layout';

/** The most one part may count (key + JSON of the value), a little under QUOTA_BYTES_PER_ITEM for safety. */
export const PART_LIMIT = SYNC_QUOTA.QUOTA_BYTES_PER_ITEM - 92;

/** One shard as planned: its records' revisions by id, its encoded parts, and their bytes. */
export interface PlannedShard {
  revisions: Map<string, string>;
  parts: string[];
  bytes: number;
}

/** Encoded shards by content, kept across plans: an edit re-encodes only its own shard. */
export type ShardCache = Map<string, string[]>;

/** A record ready to pack: its id and revision, compact form, and compact JSON size in UTF-8 bytes. */
export interface Candidate {
  id: string;
  revision: string;
  deleted: boolean;
  record: CompactRecord;
  jsonBytes: number;
}

/** The shards holding `selected`, each in as few parts as fit one item; encodings come from `cache` when the shard's records are unchanged. */
export function buildShards(selected: readonly Candidate[], cache: ShardCache): Map<number, PlannedShard> {
  const groups = new Map<number, Candidate[]>();
  for (const c of selected) {
    const shard = shardOf(c.id);
    const group = groups.get(shard);
    if (group) group.push(c);
    else groups.set(shard, [c]);
  }
  const shards = new Map<number, PlannedShard>();
  for (const [shard, group] of groups) {
    group.sort((x, y) => (x.id < y.id ? -1 : 1));
    const signature = `${shard}|${group.map((c) => `${c.id}@${c.revision}`).join(',')}`;
    let parts = cache.get(signature);
    if (!parts) cache.set(signature, (parts = encodeShard(shard, group)));
    const bytes = parts.reduce((sum, part, i) => sum + itemBytes(partKey(shard, i), part), 0);
    shards.set(shard, { revisions: new Map(group.map((c) => [c.id, c.revision])), parts, bytes });
  }
  return shards;
}

/** A shard's records in as few parts as fit one item each: split evenly by size, one more part until all fit. */
function encodeShard(shard: number, group: readonly Candidate[]): string[] {
  const whole = encodePart(group.map((c) => c.record));
  const wholeBytes = itemBytes(partKey(shard, 0), whole);
  if (wholeBytes <= PART_LIMIT) return [whole];
  for (let count = Math.ceil(wholeBytes / PART_LIMIT); ; count++) {
    const parts = splitBySize(group, count).map((chunk) => encodePart(chunk.map((c) => c.record)));
    if (parts.every((part, i) => itemBytes(partKey(shard, i), part) <= PART_LIMIT)) return parts;
  }
}

function splitBySize(group: readonly Candidate[], count: number): Candidate[][] {
  // Every record fits a part on its own (checked when planning), so this always ends.
  if (count >= group.length) return group.map((c) => [c]);
  const total = group.reduce((sum, c) => sum + c.jsonBytes, 0);
  const chunks: Candidate[][] = [[]];
  let filled = 0;
  for (const c of group) {
    const current = chunks.at(-1)!;
    if (current.length && filled + c.jsonBytes / 2 > (total * chunks.length) / count) chunks.push([c]);
    else current.push(c);
    filled += c.jsonBytes;
  }
  return chunks;
}
