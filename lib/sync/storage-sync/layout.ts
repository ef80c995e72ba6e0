/**
 * Where a record lives in storage.sync: a fixed number of shards chosen by a hash of the id, and
 * each shard in one or more parts, `ann:07`, `ann:07:1`, … A reader takes the union of every part
 * it finds under the prefix, so no manifest is needed and two devices that split a shard
 * differently (one more part, one fewer) still read each other's records: the layout can never
 * hide a record. Storage keys outside the prefix belong to other features and are left alone.
 */
import { hash64 } from '../../ids';

/** Shards per mirror. Part of the format: changing it means new keys (see STORAGE_SYNC_FORMAT). */
export const SHARD_COUNT = 16;

const PREFIX = 'ann:';
const KEY = /^ann:(\d{2})(?::(\d{1,3}))?$/;

/** The shard of an annotation id, 0 … SHARD_COUNT − 1. */
export function shardOf(id: string): number {
  return Number.parseInt(hash64(id).slice(8), 16) % SHARD_COUNT;
}

/** The storage key of part `part` of shard `shard`: part 0 is the shard's own key. */
export function partKey(shard: number, part: number): string {
  const base = `${PREFIX}${String(shard).padStart(2, '0')}`;
  return part === 0 ? base : `${base}:${part}`;
}

/** The shard and part a mirror key names, or undefined for a key outside the layout. */
export function parsePartKey(key: string): { shard: number; part: number } | undefined {
  const match = KEY.exec(key);
  if (!match) return undefined;
  const shard = Number(match[1]);
  return shard < SHARD_COUNT ? { shard, part: Number(match[2] ?? 0) } : undefined;
}
