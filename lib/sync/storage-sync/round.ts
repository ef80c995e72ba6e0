/**
 * One sync round, read-merge-write: read the whole sync area, merge every part that changed into
 * the local database, plan the mirror from the local records, and write the shards that differ in
 * one `set()`. Whatever fails, local data is untouched and the cursor stays put, so the next round
 * does the same work again.
 */
import { annotationChangesSince } from '../../store/annotation-repository';
import type { ClaimTrailDb } from '../../store/db';
import type { StorageSyncCursor, StorageSyncStatus } from '../../schema/storage-sync';
import { itemBytes, SYNC_QUOTA, type Clock, type SyncArea } from './area';
import { budgetFor, regrow, shrink } from './budget';
import type { ShardCache } from './pack';
import { planMirror, type MirrorPlan } from './plan';
import { mergeRemoteRecords } from './pull';
import type { RateLimiter } from './rate-limit';
import { readRemote, type DecodeCache, type RemoteView } from './remote';
import { readCursor, readStorageSyncStatus, writeState } from './state';
import { decideWrites, type WriteSet } from './writes';

/** What a round needs, and what it keeps between rounds. */
export interface RoundContext {
  db: ClaimTrailDb;
  area: SyncArea;
  clock: Clock;
  limiter: RateLimiter;
  decodeCache: DecodeCache;
  shardCache: ShardCache;
  /** The stored value of each part as last merged (or written), so unchanged parts are not merged again. */
  merged: Map<string, unknown>;
  /** How many records the last plan took, where the next plan starts looking. */
  hint?: number;
  /** No writes before this time (ms), after a failure: rounds until then only pull. */
  backoffUntil: number;
  /** Values this device is writing, by key (undefined for a removal), so their own change events are recognised. */
  echoes: Map<string, unknown>;
}

type StatusError = NonNullable<StorageSyncStatus['error']>;

/** How a round ended: `blocked` means writes wait for the rate limit; `failed` carries what the browser said. */
export type RoundOutcome = { kind: 'done' } | { kind: 'blocked' } | { kind: 'failed'; error: StatusError; rate?: 'minute' | 'hour' };

/** Runs one round. */
export async function syncRound(ctx: RoundContext): Promise<RoundOutcome> {
  const view = readRemote(await ctx.area.get(null), ctx.decodeCache);
  const pulled = await mergeChanged(ctx, view);
  if ('error' in pulled) return fail(ctx, pulled.error);
  const { cursor, changes, annotations } = await readLocal(ctx.db);
  const plan = planMirror(annotations, ctx.clock(), budgetFor(view.others, cursor.budgetFactor), { cache: ctx.shardCache, hint: ctx.hint });
  ctx.hint = plan.selected;
  let writes = decideWrites(plan, view, changes.annotations.length ? 'all' : 'missing');
  if (writes.bytesAfter > SYNC_QUOTA.QUOTA_BYTES || writes.itemsAfter > SYNC_QUOTA.MAX_ITEMS) writes = decideWrites(plan, view, 'all');
  const next: StorageSyncCursor = { seq: changes.lastSeq, budgetFactor: cursor.budgetFactor };
  if (Object.keys(writes.set).length) {
    if (!mayWrite(ctx)) return { kind: 'blocked' };
    const failure = await write(ctx, writes.set);
    // Over quota: plan a smaller mirror next time. The cursor stays, so nothing is skipped.
    if (failure) return fail(ctx, failure.error, failure.rate, failure.error.code === 'quotaExceeded' ? { ...cursor, budgetFactor: shrink(cursor.budgetFactor) } : undefined);
    next.budgetFactor = regrow(cursor.budgetFactor);
  }
  const removed = writes.removable.length > 0 && mayWrite(ctx) && (await removeRetired(ctx, writes.removable));
  const moved = next.seq !== cursor.seq || next.budgetFactor !== cursor.budgetFactor;
  await writeState(ctx.db, await statusAfter(ctx, plan, writes, removed, readProblems(view, pulled.rejected)), moved ? next : undefined);
  return { kind: 'done' };
}

const mayWrite = (ctx: RoundContext) => ctx.clock() >= ctx.backoffUntil && ctx.limiter.canTake();

/** The cursor, the changes after it and every local record, read at one moment. */
async function readLocal(db: ClaimTrailDb) {
  return db.transaction('r', db.syncState, db.annotationChanges, db.annotations, async () => {
    const cursor = await readCursor(db);
    const changes = await annotationChangesSince(db, cursor.seq, 'storageSync');
    return { cursor, changes, annotations: await db.annotations.toArray() };
  });
}

/** Merges the parts whose stored value changed since they were last merged. */
async function mergeChanged(ctx: RoundContext, view: RemoteView): Promise<{ rejected: string[] } | { error: StatusError }> {
  for (const key of ctx.merged.keys()) if (!(key in view.items)) ctx.merged.delete(key);
  const fresh = [...view.records.keys()].filter((key) => ctx.merged.get(key) !== view.items[key]);
  if (!fresh.length) return { rejected: [] };
  const result = await mergeRemoteRecords(ctx.db, fresh.flatMap((key) => view.records.get(key)!));
  if (!result.ok) return { error: { code: 'storageFailed', message: result.error.message } };
  for (const key of fresh) ctx.merged.set(key, view.items[key]);
  return { rejected: result.value.rejected };
}

/** Writes `items` in one call; the failure as the status reports it, if any. */
async function write(ctx: RoundContext, items: Record<string, string>): Promise<{ error: StatusError; rate?: 'minute' | 'hour' } | undefined> {
  ctx.limiter.take();
  for (const [key, value] of Object.entries(items)) ctx.echoes.set(key, value);
  try {
    await ctx.area.set(items);
  } catch (error) {
    for (const key of Object.keys(items)) ctx.echoes.delete(key);
    const message = error instanceof Error ? error.message : String(error);
    if (/MAX_WRITE_OPERATIONS_PER_(MINUTE|HOUR)/.test(message)) return { error: { code: 'storageFailed', message }, rate: message.includes('MINUTE') ? 'minute' : 'hour' };
    return { error: { code: /QUOTA_BYTES|MAX_ITEMS/.test(message) ? 'quotaExceeded' : 'storageFailed', message } };
  }
  for (const [key, value] of Object.entries(items)) ctx.merged.set(key, value);
  return undefined;
}

/** Removes parts retired with "". A failure is left for a later round: a "" part holds nothing. */
async function removeRetired(ctx: RoundContext, keys: string[]): Promise<boolean> {
  ctx.limiter.take();
  for (const key of keys) ctx.echoes.set(key, undefined);
  return ctx.area.remove(keys).then(
    () => true,
    () => (keys.forEach((key) => ctx.echoes.delete(key)), false),
  );
}

function readProblems(view: RemoteView, rejected: string[]): StatusError | undefined {
  if (!view.corrupt.size && !rejected.length) return undefined;
  const parts = [...view.corrupt].map(([key, reason]) => `${key} could not be read (${reason.split('\n')[0]})`);
  const records = rejected.length ? [`${rejected.length} record(s) were invalid: ${rejected[0]!.split('\n')[0]}`] : [];
  return { code: 'invalidJson', message: `${[...parts, ...records].join('; ')}. Skipped; local annotations are unchanged.`, keys: [...view.corrupt.keys()] };
}

async function statusAfter(ctx: RoundContext, plan: MirrorPlan, writes: WriteSet, removed: boolean, error: StatusError | undefined): Promise<StorageSyncStatus> {
  const retired = removed ? writes.removable : [];
  // The browser's own count where the area offers one, else ours (the same formula).
  const bytesUsed = ctx.area.getBytesInUse ? await ctx.area.getBytesInUse(null) : writes.bytesAfter - retired.reduce((sum, key) => sum + itemBytes(key, ''), 0);
  const items = writes.itemsAfter - retired.length;
  return { quotaBytes: SYNC_QUOTA.QUOTA_BYTES, bytesUsed, items, mirrored: plan.mirrored, localOnly: plan.localOnly, lastSyncedAt: new Date(ctx.clock()).toISOString(), ...(error ? { error } : {}) };
}

/** Reports `error` on the last status (and stores `cursor`, if given); local data stays as it is. */
async function fail(ctx: RoundContext, error: StatusError, rate?: 'minute' | 'hour', cursor?: StorageSyncCursor): Promise<RoundOutcome> {
  const last = await readStorageSyncStatus(ctx.db);
  const base = last ?? { quotaBytes: SYNC_QUOTA.QUOTA_BYTES, bytesUsed: 0, items: 0, mirrored: 0, localOnly: await ctx.db.annotations.filter((a) => !a.deleted).count() };
  await writeState(ctx.db, { ...base, error }, cursor);
  return { kind: 'failed', error, ...(rate ? { rate } : {}) };
}
