/**
 * Records as the mirror stores them: compact (short keys, implied fields dropped, history
 * trimmed), and a shard part as one string, deflate-raw compressed JSON in base64.
 *
 * Compression is fflate's synchronous deflate: the planner packs shards by trying sizes, which
 * would be a chain of promises with `CompressionStream`, and fflate runs the same in Node, in
 * extension pages and in an MV3 service worker. `btoa`/`atob` exist in all three as well.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { Annotation } from '../../schema';
import { shardPayloadSchema, STORAGE_SYNC_FORMAT, type CompactLiveRecord, type CompactRecord, type CompactTombstone } from '../../schema/storage-sync';
import { describeZodError } from '../../zod-errors';

/**
 * How many earlier revisions a mirrored record keeps. The merge rule tells an edit from a
 * conflict by the history: a replica more edits behind than this sees a plain edit as a conflict,
 * which loses nothing (its older note is kept as a losing edit) but shows it to the reader.
 */
export const MIRROR_HISTORY = 6;

/** `annotation` in the mirror's compact form (a deletion keeps only id, time, revisions and losing edits). */
export function compactRecord(annotation: Annotation): CompactRecord {
  const history = annotation.history?.length ? { h: annotation.history.slice(0, MIRROR_HISTORY) } : {};
  const conflicts = annotation.conflicts?.length ? { x: annotation.conflicts } : {};
  if (annotation.deleted) return { i: annotation.id, d: 1, m: annotation.modified, r: annotation.revision, ...history, ...conflicts };
  const { target, body } = annotation;
  const [quote, ...positions] = target.selector;
  return {
    i: annotation.id,
    c: annotation.created,
    m: annotation.modified,
    r: annotation.revision,
    ...history,
    u: target.canonicalUrl,
    ...(target.source !== target.canonicalUrl ? { s: target.source } : {}),
    ...(target.fingerprint ? { f: target.fingerprint } : {}),
    q: [quote.exact, quote.prefix, quote.suffix],
    ...(positions.length ? { p: positions.map((position): [number, number] => [position.start, position.end]) } : {}),
    ...(body.note ? { n: body.note } : {}),
    ...(body.tags.length ? { t: body.tags } : {}),
    ...(body.verdict ? { v: body.verdict } : {}),
    ...(body.verdictLabel ? { vl: body.verdictLabel } : {}),
    ...(annotation.passageId ? { g: annotation.passageId } : {}),
    ...conflicts,
  };
}

/** Whether a compact record is a deletion. */
export const isTombstone = (record: CompactRecord): record is CompactTombstone => 'd' in record;

/** A compact live record as a full annotation (still to be validated by the repository). */
export function expandLive(record: CompactLiveRecord): Annotation {
  const [exact, prefix, suffix] = record.q;
  return {
    id: record.i,
    type: 'Annotation',
    target: {
      source: record.s ?? record.u,
      canonicalUrl: record.u,
      selector: [{ type: 'TextQuoteSelector', exact, prefix, suffix }, ...(record.p ?? []).map(([start, end]) => ({ type: 'TextPositionSelector' as const, start, end }))],
      ...(record.f ? { fingerprint: record.f } : {}),
    },
    body: { note: record.n ?? '', tags: record.t ?? [], ...(record.v ? { verdict: record.v } : {}), ...(record.vl ? { verdictLabel: record.vl } : {}) },
    ...(record.g ? { passageId: record.g } : {}),
    created: record.c,
    modified: record.m,
    deleted: false,
    revision: record.r,
    ...(record.h ? { history: record.h } : {}),
    ...(record.x ? { conflicts: record.x } : {}),
  };
}

/**
 * A deletion applied to the replica's own copy `local`. The body is emptied rather than copied
 * from `local`: a concurrent edit on this replica then differs from the tombstone's body and is
 * kept as a losing edit, exactly as on the replica that deleted.
 */
export function expandTombstone(record: CompactTombstone, local: Annotation): Annotation {
  const { conflicts: _conflicts, history: _history, ...rest } = local;
  return { ...rest, body: { note: '', tags: [] }, deleted: true, modified: record.m, revision: record.r, ...(record.h ? { history: record.h } : {}), ...(record.x ? { conflicts: record.x } : {}) };
}

/** One shard part as stored: base64 of deflate-raw of the payload's JSON. */
export function encodePart(records: readonly CompactRecord[]): string {
  const json = JSON.stringify({ v: STORAGE_SYNC_FORMAT, r: records });
  return btoa(strFromU8(deflateSync(strToU8(json), { level: 9 }), true));
}

/** A stored part's records, or why it cannot be read. The empty string is a retired part: no records. */
export function decodePart(value: unknown): { ok: true; records: CompactRecord[] } | { ok: false; reason: string } {
  if (value === '') return { ok: true, records: [] };
  if (typeof value !== 'string') return { ok: false, reason: `a ${typeof value}, not a string` };
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(inflateSync(strToU8(atob(value), true))));
  } catch (error) {
    return { ok: false, reason: `not compressed JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = shardPayloadSchema.safeParse(json);
  return parsed.success ? { ok: true, records: parsed.data.r } : { ok: false, reason: describeZodError(parsed.error) };
}
