/**
 * What the storage.sync mirror stores (part of the one schema module: lib/schema.ts re-exports
 * everything here): the compact records inside each shard, the shard payload, and the engine's
 * cursor and status rows in the `syncState` table.
 */
import { z } from 'zod';
import { annotationBodySchema, losingEditSchema, revisionSchema, verdictSchema } from './annotations';
import { httpUrlSchema, isoDateTimeSchema, passageIdSchema } from './primitives';

/** The shard payload format; a later format must use other keys, so old and new never fight. */
export const STORAGE_SYNC_FORMAT = 1;

/**
 * A live annotation with short keys: `type` and the selector types are implied, `s` (source) is
 * left out when it equals `u` (canonical URL), empty notes and tags are left out, and the
 * history is trimmed. Keys: i id, c created, m modified, r revision, h history, q quote
 * [exact, prefix, suffix], p positions [[start, end]], n note, t tags, v verdict, vl verdict label,
 * g passage id, f fingerprint, x losing edits.
 */
export const compactLiveRecordSchema = z.object({
  i: z.uuid(),
  c: isoDateTimeSchema,
  m: isoDateTimeSchema,
  r: revisionSchema,
  h: z.array(revisionSchema).max(64).optional(),
  u: httpUrlSchema,
  s: httpUrlSchema.optional(),
  f: z.string().regex(/^[0-9a-f]{16}$/).optional(),
  q: z.tuple([z.string().min(1), z.string(), z.string()]),
  p: z.array(z.tuple([z.number().int().min(0), z.number().int().min(0)])).max(8).optional(),
  n: z.string().optional(),
  t: annotationBodySchema.shape.tags.optional(),
  v: verdictSchema.optional(),
  vl: z.string().optional(),
  g: passageIdSchema.optional(),
  x: z.array(losingEditSchema).max(20).optional(),
});
export type CompactLiveRecord = z.infer<typeof compactLiveRecordSchema>;

/**
 * A deletion: just enough to delete the record on a replica that has it. The body is not
 * mirrored (nobody reads a deleted body); losing edits are, since they are a reader's words.
 */
export const compactTombstoneSchema = z.object({
  i: z.uuid(),
  d: z.literal(1),
  m: isoDateTimeSchema,
  r: revisionSchema,
  h: z.array(revisionSchema).max(64).optional(),
  x: z.array(losingEditSchema).max(20).optional(),
});
export type CompactTombstone = z.infer<typeof compactTombstoneSchema>;

/** A mirrored record, live or deleted. */
export const compactRecordSchema = z.union([compactTombstoneSchema, compactLiveRecordSchema]);
export type CompactRecord = z.infer<typeof compactRecordSchema>;

/** One shard part once inflated: the format and its records (sorted by id). */
export const shardPayloadSchema = z.object({ v: z.literal(STORAGE_SYNC_FORMAT), r: z.array(compactRecordSchema) });
export type ShardPayload = z.infer<typeof shardPayloadSchema>;

const count = z.number().int().min(0);

/** The engine's place in the annotation change log, and how far it has shrunk its budget after quota errors. */
export const storageSyncCursorSchema = z.object({
  seq: count,
  /** 1 = the normal budget; lowered after a quota rejection, raised again after successes. */
  budgetFactor: z.number().min(0.1).max(1),
});
export type StorageSyncCursor = z.infer<typeof storageSyncCursorSchema>;


/** What the options page shows: the capacity meter and "N annotations are kept on this device only". */
export const storageSyncStatusSchema = z.object({
  /** storage.sync's total quota in bytes (102,400 in Chrome and Firefox). */
  quotaBytes: count,
  /** Bytes in use in storage.sync after the last round, this mirror's and any other keys'. */
  bytesUsed: count,
  /** Items (keys) in use in storage.sync after the last round. */
  items: count,
  /** Live annotations in the mirror. */
  mirrored: count,
  /** Live annotations kept on this device only (the oldest, beyond the budget, or too large for one item). */
  localOnly: count,
  lastSyncedAt: isoDateTimeSchema.optional(),
  /** The last failure, cleared by the next clean round; `keys` names unreadable shards. */
  error: z.object({ code: z.enum(['quotaExceeded', 'storageFailed', 'invalidJson']), message: z.string(), keys: z.array(z.string()).optional() }).optional(),
});
export type StorageSyncStatus = z.infer<typeof storageSyncStatusSchema>;
