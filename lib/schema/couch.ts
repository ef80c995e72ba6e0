/**
 * CouchDB sync shapes (part of the one schema module: lib/schema.ts re-exports everything here):
 * the reader's server settings, the engine's own state rows, and every server answer the client
 * parses. Answers are parsed loosely (unknown fields pass) because CouchDB and pouchdb-server add
 * different extras; only the fields the client reads are checked.
 */
import { z } from 'zod';
import { httpUrlSchema, isoDateTimeSchema } from './primitives';

/** CouchDB's rule for database names (lower case, starting with a letter). */
const databaseNameSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_$()+/-]*$/, 'a CouchDB database name such as "team-desk" (lower case, starts with a letter)')
  .max(238);

/** The reader's CouchDB server: where, which database, whose credentials. */
export const couchConfigSchema = z.object({
  // Credentials go in the Authorization header: a URL with user:password@ is refused by fetch().
  serverUrl: httpUrlSchema.refine((url) => !/^https?:\/\/[^/]*@/i.test(url), 'a server URL without user:password@ (enter them separately)'),
  database: databaseNameSchema,
  username: z.string().min(1).max(256),
  password: z.string().max(1024),
  /**
   * Also share the tracked corpus through this database: each article as a document `article:<id>`
   * (lib/sync/couch/corpus-share.ts). Needs a passage indexer in the replicator's deps. A local
   * deletion is never sent: a reader's removal leaves the desk's copy in place.
   */
  shareCorpus: z.boolean(),
});
export type CouchConfig = z.infer<typeof couchConfigSchema>;

/** A CouchDB update sequence: an integer on pouchdb-server, an opaque string on CouchDB 2+. Never do arithmetic on it. */
export const couchSeqSchema = z.union([z.string().max(4096), z.number().int().min(0)]);
export type CouchSeq = z.infer<typeof couchSeqSchema>;

/** State row `couch:device`: this device's id, drawn once, part of every replication id. */
export const couchDeviceRowSchema = z.object({ deviceId: z.string().min(8).max(64) });

/** State row `couch:push:<replication id>`: the local change-log seq the server has everything up to. */
export const couchPushCursorSchema = z.object({ seq: z.number().int().min(0) });

/** State row `couch:pull:<replication id>`: the server seq the local database has everything up to. */
export const couchPullCursorSchema = z.object({ since: couchSeqSchema });

/**
 * State row `couch:pending:<replication id>:<annotation id>`: a record the server does not have as
 * a leaf yet (a merge made during a pull) and the server leaves it supersedes, to close with tombstones.
 */
export const couchPendingRowSchema = z.object({ close: z.array(z.string().max(80)).max(64) });

/**
 * State row `couch:articleRev:<replication id>:<article id>`: the article document as this device
 * last saw it on the server (written by its push, or read by its pull): revision and `addedAt`.
 */
export const couchArticleRevRowSchema = z.object({ rev: z.string().min(3).max(80), addedAt: isoDateTimeSchema });
export type CouchArticleRevRow = z.infer<typeof couchArticleRevRowSchema>;

/** State row `couch:schedule`: when the background should try next, and how the last attempt went. */
export const couchScheduleSchema = z.object({
  failures: z.number().int().min(0),
  nextAttemptAt: isoDateTimeSchema.optional(),
  lastSyncedAt: isoDateTimeSchema.optional(),
  lastError: z.object({ kind: z.string(), message: z.string() }).optional(),
});
export type CouchSchedule = z.infer<typeof couchScheduleSchema>;

/** The checkpoint document `_local/<replication id>` on the server (never replicated). */
export const couchServerCheckpointSchema = z.looseObject({
  _rev: z.string().optional(),
  pushSeq: z.number().int().min(0).optional(),
  pullSince: couchSeqSchema.optional(),
});
export type CouchServerCheckpoint = z.infer<typeof couchServerCheckpointSchema>;

/** `PUT /<db>/<id>` (e.g. a `_local` checkpoint): the revision written. */
export const couchDocWrittenSchema = z.looseObject({ rev: z.string() });

/** An error body: `{"error":"unauthorized","reason":"Name or password is incorrect."}`. */
export const couchErrorBodySchema = z.looseObject({ error: z.string(), reason: z.string().optional() });

/** `GET /<db>`: database information (only its presence is used). */
export const couchDatabaseInfoSchema = z.looseObject({ db_name: z.string().optional() });

/** `GET /<db>/_changes?style=all_docs`: every leaf revision of each changed doc. */
export const couchChangesSchema = z.looseObject({
  results: z.array(
    z.looseObject({
      id: z.string(),
      seq: couchSeqSchema,
      changes: z.array(z.looseObject({ rev: z.string() })),
      deleted: z.boolean().optional(),
    }),
  ),
  last_seq: couchSeqSchema,
});
export type CouchChanges = z.infer<typeof couchChangesSchema>;

/** `POST /<db>/_revs_diff`: per document, the revisions the server is missing. */
export const couchRevsDiffSchema = z.record(z.string(), z.looseObject({ missing: z.array(z.string()).optional() }));

/** One row of `POST /<db>/_bulk_docs`; with `new_edits:false` only failures are listed. */
export const couchBulkDocsSchema = z.array(
  z.looseObject({ id: z.string().optional(), rev: z.string().optional(), error: z.string().optional(), reason: z.string().optional() }),
);

/**
 * `POST /<db>/_all_docs` with `keys` (and `include_docs=true`): one row per key, in order. A
 * missing document is `{key, error: 'not_found'}`; a deleted one has `value.deleted` and `doc: null`.
 */
export const couchAllDocsSchema = z.looseObject({
  rows: z.array(
    z.looseObject({
      key: z.string(),
      value: z.looseObject({ rev: z.string(), deleted: z.boolean().optional() }).optional(),
      doc: z.looseObject({}).nullable().optional(),
      error: z.string().optional(),
    }),
  ),
});
export type CouchAllDocs = z.infer<typeof couchAllDocsSchema>;

/** `_revisions`: a revision's ancestry, newest first: `{start: 3, ids: ['c', 'b', 'a']}` is 3-c, 2-b, 1-a. */
export const couchRevisionsSchema = z.object({ start: z.number().int().min(1), ids: z.array(z.string().min(1)).min(1) });
export type CouchRevisions = z.infer<typeof couchRevisionsSchema>;

/** The CouchDB fields of a document as the server sends it; the body is validated apart. */
export const couchDocSchema = z.looseObject({
  _id: z.string(),
  _rev: z.string(),
  _revisions: couchRevisionsSchema.optional(),
  _deleted: z.boolean().optional(),
});
export type CouchDoc = z.infer<typeof couchDocSchema>;

/**
 * `POST /<db>/_bulk_get?revs=true`: each requested revision as `{ok: doc}`, or an error.
 * pouchdb-server answers `{missing: rev}` or `{}` for an unknown one, CouchDB `{error: {...}}`.
 */
export const couchBulkGetSchema = z.looseObject({
  results: z.array(
    z.looseObject({
      id: z.string(),
      docs: z.array(z.looseObject({ ok: z.looseObject({}).optional(), error: z.unknown().optional(), missing: z.unknown().optional() })),
    }),
  ),
});
