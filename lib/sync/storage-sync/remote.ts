/**
 * The sync area as the mirror reads it: every shard's records (the union of its parts), the parts
 * that could not be read, and what keys outside the mirror use. Decoding is cached by the stored
 * string, so a round only inflates the parts that changed.
 */
import type { CompactRecord } from '../../schema/storage-sync';
import { itemBytes } from './area';
import { decodePart } from './codec';
import { parsePartKey } from './layout';

/** One shard as found: its records' revisions by id, its keys, and whether a part was unreadable. */
export interface RemoteShard {
  revisions: Map<string, string>;
  keys: string[];
  corrupt: boolean;
}

/** The sync area at the start of a round. */
export interface RemoteView {
  items: Record<string, unknown>;
  shards: Map<number, RemoteShard>;
  /** Readable parts and their records, by key. */
  records: Map<string, CompactRecord[]>;
  /** Unreadable parts and why. */
  corrupt: Map<string, string>;
  /** Bytes and items used by keys the mirror does not own. */
  others: { bytes: number; items: number };
  /** Bytes used by every key, the mirror's and others'. */
  totalBytes: number;
}

/** Decoded parts by key, with the string they were decoded from. */
export type DecodeCache = Map<string, { raw: unknown; decoded: ReturnType<typeof decodePart> }>;

/** Reads `items` (the result of `get(null)`). */
export function readRemote(items: Record<string, unknown>, cache: DecodeCache): RemoteView {
  const view: RemoteView = { items, shards: new Map(), records: new Map(), corrupt: new Map(), others: { bytes: 0, items: 0 }, totalBytes: 0 };
  for (const [key, raw] of Object.entries(items)) {
    const bytes = itemBytes(key, raw);
    view.totalBytes += bytes;
    const place = parsePartKey(key);
    if (!place) {
      // Other features' keys, and mirror keys this version cannot place (a later format), are left alone.
      view.others.bytes += bytes;
      view.others.items += 1;
      continue;
    }
    const shard = view.shards.get(place.shard) ?? { revisions: new Map<string, string>(), keys: [], corrupt: false };
    view.shards.set(place.shard, shard);
    shard.keys.push(key);
    let entry = cache.get(key);
    if (!entry || entry.raw !== raw) cache.set(key, (entry = { raw, decoded: decodePart(raw) }));
    if (!entry.decoded.ok) {
      shard.corrupt = true;
      view.corrupt.set(key, entry.decoded.reason);
      continue;
    }
    view.records.set(key, entry.decoded.records);
    // A record in two parts at two revisions (parts left by another layout) never matches a plan,
    // so the shard gets rewritten whole.
    for (const record of entry.decoded.records) {
      const seen = shard.revisions.get(record.i);
      shard.revisions.set(record.i, seen === undefined || seen === record.r ? record.r : '?');
    }
  }
  for (const key of cache.keys()) if (!(key in items)) cache.delete(key);
  return view;
}

/** Whether two shards hold the same records at the same revisions. */
export function sameRevisions(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, revision] of a) if (b.get(id) !== revision) return false;
  return true;
}
