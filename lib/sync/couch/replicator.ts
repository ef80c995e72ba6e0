/**
 * ClaimTrail's CouchDB replicator: push/pull of the reader's annotations between Dexie (the source
 * of truth) and one CouchDB database, over the replication protocol (notes/sync.md §2). It runs in
 * the background context, where a host permission for the server spares the server any CORS setup.
 *
 * `syncOnce` pulls, pushes, and pulls again while the push sent something (that second pull sees
 * a conflict created by another device pushing at the same moment, and brings back the merge), at
 * most `maxRounds` times. With `shareCorpus` on, the tracked articles follow (corpus-share.ts). It
 * never throws; a failure leaves local data as it was and schedules the next attempt with backoff.
 */
import { couchConfigSchema, type CouchConfig, type CouchSchedule } from '../../schema/couch';
import type { PassageIndexer } from '../../store/article-records';
import type { ClaimTrailDb } from '../../store/db';
import { describeZodError } from '../../zod-errors';
import { defaultBackoff, isSyncDue, readSchedule, recordSyncOutcome, type BackoffOptions } from './backoff';
import { shareCorpus } from './corpus-share';
import { forgetCorpusState } from './corpus-state';
import { couchFail, createCouchHttp, type CouchResult } from './http';
import { pull } from './pull';
import { push } from './push';
import { openSession, saveServerCheckpoint, type CouchSession } from './session';

/** What a replicator needs; everything from outside lib/ is injected. */
export interface CouchReplicatorDeps {
  db: ClaimTrailDb;
  config: CouchConfig;
  fetch: typeof fetch;
  /** Milliseconds since the epoch. */
  clock: () => number;
  /** A number in [0, 1), for backoff jitter (default Math.random). */
  random?: () => number;
  /** A fresh device id, drawn once per database (default crypto.randomUUID). */
  randomId?: () => string;
  /** Documents per request (default 200). */
  batchSize?: number;
  /** Milliseconds before a request counts as unreachable (default 30 s). */
  timeoutMs?: number;
  /** Pull/push rounds per `syncOnce` (default 3). */
  maxRounds?: number;
  backoff?: BackoffOptions;
  /** Indexes the passages of articles pulled from the server; required when `config.shareCorpus` is on. */
  indexer?: PassageIndexer;
}

/** What one successful `syncOnce` did. */
export interface CouchSyncStatus {
  /** Annotation revisions the server lacked and accepted. */
  pushed: number;
  /** Local records written from the server. */
  pulled: number;
  /** Documents whose versions had diverged and were merged (losing edits kept in `conflicts`). */
  conflicts: number;
  /** Article documents written on the server (0 unless `shareCorpus`). */
  articlesPushed: number;
  /** Articles stored from the server (0 unless `shareCorpus`). */
  articlesPulled: number;
  /** Server documents (and, when sharing the corpus, damaged local articles) skipped as invalid, with their field paths. */
  rejected: string[];
  /** ISO time the sync finished. */
  lastSyncedAt: string;
}

/** A replicator for one database. */
export interface CouchReplicator {
  /** One full sync; a second call while one runs gets the running one's answer. */
  syncOnce(): Promise<CouchResult<CouchSyncStatus>>;
  /** Whether the backoff schedule allows an attempt now (for the background's alarm). */
  isDue(): Promise<boolean>;
  /** The stored schedule: failures in a row, next attempt, last success, last error. */
  schedule(): Promise<CouchSchedule>;
}

/** Creates a replicator; nothing is sent until `syncOnce`. */
export function createCouchReplicator(deps: CouchReplicatorDeps): CouchReplicator {
  const random = deps.random ?? Math.random;
  let running: Promise<CouchResult<CouchSyncStatus>> | undefined;
  const syncOnce = async (): Promise<CouchResult<CouchSyncStatus>> => {
    const result = await guarded(() => syncRounds(deps));
    await recordSyncOutcome(deps.db, result, deps.clock(), random, deps.backoff ?? defaultBackoff).catch(() => undefined);
    return result;
  };
  return {
    syncOnce: () => (running ??= syncOnce().finally(() => (running = undefined))),
    isDue: () => isSyncDue(deps.db, deps.clock()),
    schedule: () => readSchedule(deps.db),
  };
}

async function syncRounds(deps: CouchReplicatorDeps): Promise<CouchResult<CouchSyncStatus>> {
  const config = couchConfigSchema.safeParse(deps.config);
  if (!config.success) return couchFail('invalidConfig', `The CouchDB settings are not valid: ${describeZodError(config.error)}`);
  if (config.data.shareCorpus && !deps.indexer) return couchFail('invalidConfig', 'Sharing the corpus needs a passage indexer for the articles it pulls, and none was given; nothing was synced.');
  const http = createCouchHttp(config.data, deps.fetch, deps.timeoutMs);
  const randomId = deps.randomId ?? (() => globalThis.crypto.randomUUID());
  const session = await openSession(deps.db, http, config.data, { batchSize: deps.batchSize ?? 200, randomId });
  if (!session.ok) return session;
  // A server without this device's checkpoint (recreated, or never reached) holds none of what the
  // corpus rows say it does; forgotten here, before a failure later in the sync could save the checkpoint.
  if (!session.value.checkpoint) await forgetCorpusState(deps.db, session.value.repId);
  const status = { pushed: 0, pulled: 0, conflicts: 0, articlesPushed: 0, articlesPulled: 0, rejected: [] as string[] };
  for (let round = 0; round < (deps.maxRounds ?? 3); round++) {
    const pulled = await pullAndCheckpoint(session.value);
    if (!pulled.ok) return pulled;
    status.pulled += pulled.value.pulled;
    status.conflicts += pulled.value.conflicts;
    status.rejected.push(...pulled.value.rejected);
    const pushed = await push(session.value);
    if (!pushed.ok) return pushed;
    status.pushed += pushed.value.pushed;
    if (!pushed.value.pushed) break;
  }
  if (config.data.shareCorpus && deps.indexer) {
    const shared = await shareCorpus({ session: session.value, indexer: deps.indexer, now: new Date(deps.clock()).toISOString() });
    if (!shared.ok) return shared;
    status.articlesPushed = shared.value.pushed;
    status.articlesPulled = shared.value.pulled;
    status.rejected.push(...shared.value.rejected);
  }
  return { ok: true, value: { ...status, lastSyncedAt: new Date(deps.clock()).toISOString() } };
}

async function pullAndCheckpoint(session: CouchSession) {
  const pulled = await pull(session);
  if (!pulled.ok || pulled.value.since === undefined || pulled.value.since === session.checkpoint?.pullSince) return pulled;
  const saved = await saveServerCheckpoint(session, { pullSince: pulled.value.since });
  return saved.ok ? pulled : saved;
}

/** Turns anything thrown (IndexedDB failing outside a guarded transaction) into a `storage` error. */
async function guarded<T>(run: () => Promise<CouchResult<T>>): Promise<CouchResult<T>> {
  try {
    return await run();
  } catch (error) {
    return couchFail('storage', `Sync stopped on a local storage error; local data is as it was: ${error instanceof Error ? error.message : String(error)}`);
  }
}
