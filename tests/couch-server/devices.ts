/**
 * Test helpers for the CouchDB replicator: "devices" (each its own fake-indexeddb database and
 * replicator) against a database of the test server, and a look at what the server holds.
 * Used by lib/sync/couch/*.test.ts and bench/couch-bench.ts.
 */
import type { Annotation } from '../../lib/schema/annotations';
import { withNewRevision } from '../../lib/sync/merge-annotation';
import { mergeIncomingAnnotations } from '../../lib/store/annotation-repository';
import type { ClaimTrailDb } from '../../lib/store/db';
import { createCouchReplicator, type CouchReplicator, type CouchReplicatorDeps } from '../../lib/sync/couch/replicator';
import type { CouchServer, CouchTestDatabase } from '../couch-server';
import { draftAnnotation, uuid } from '../annotations';
import { freshDb } from '../fake-db';

/** One simulated device: its database and its replicator. */
export interface TestDevice {
  db: ClaimTrailDb;
  replicator: CouchReplicator;
}

/** A device syncing with `database` on `server` (or through `serverUrl`, e.g. a proxy). */
export function testDevice(server: CouchServer, database: CouchTestDatabase, options: Partial<Omit<CouchReplicatorDeps, 'db' | 'config'>> & { serverUrl?: string; password?: string } = {}): TestDevice {
  const { serverUrl, password, ...deps } = options;
  const db = freshDb();
  const config = { serverUrl: serverUrl ?? server.url, database: database.name, username: database.username, password: password ?? database.password, shareCorpus: false };
  let tick = Date.parse('2026-03-01T09:00:00.000Z');
  return { db, replicator: createCouchReplicator({ db, config, fetch, clock: () => (tick += 1000), random: () => 0.5, ...deps }) };
}

/** A document as the server holds it: winning revision and open conflicts. */
export interface ServerDoc {
  rev: string;
  conflicts: string[];
  doc: Record<string, unknown>;
}

/** Every live document of `database` by `_id`, read as the admin. */
export async function serverDocs(server: CouchServer, database: string): Promise<Map<string, ServerDoc>> {
  const { status, json } = await server.admin('GET', `${database}/_all_docs?include_docs=true&conflicts=true`);
  if (status !== 200) throw new Error(`_all_docs answered ${status}`);
  const rows = (json as { rows: { id: string; value: { rev: string }; doc: Record<string, unknown> & { _conflicts?: string[] } }[] }).rows;
  return new Map(rows.map((row) => [row.id, { rev: row.value.rev, conflicts: row.doc._conflicts ?? [], doc: row.doc }]));
}

/** `count` new annotations with ids `uuid(first)`, `uuid(first + 1)`…, each with a note of about `noteChars` characters. */
export function makeAnnotations(count: number, first = 1, noteChars = 200): Annotation[] {
  return Array.from({ length: count }, (_, i) => {
    const draft = draftAnnotation(`https://www.ft.com/content/${uuid(first + i)}`, `claim number ${first + i}`, `note ${first + i} `.padEnd(noteChars, 'lorem ipsum '));
    const base: Annotation = { id: uuid(first + i), type: 'Annotation', ...draft, created: '2026-03-01T10:00:00.000Z', modified: '2026-03-01T10:00:00.000Z', deleted: false, revision: '0-0' };
    const { history: _history, ...annotation } = withNewRevision(base);
    return annotation;
  });
}

/** Stores `annotations` on a device in one transaction, logged as local changes (faster than one write each). */
export async function seedAnnotations(db: ClaimTrailDb, annotations: Annotation[]): Promise<void> {
  const result = await mergeIncomingAnnotations(db, annotations, 'local');
  if (!result.ok || result.value.rejected.length) throw new Error(`seeding failed: ${JSON.stringify(result)}`);
}

/** `value` as JSON with object keys sorted, so two records compare byte for byte whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

/** All annotations of a device, canonical JSON, sorted by id. */
export async function deviceSnapshot(db: ClaimTrailDb): Promise<string[]> {
  return (await db.annotations.orderBy('id').toArray()).map(canonicalJson);
}
