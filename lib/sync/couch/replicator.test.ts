/**
 * The replicator against a real CouchDB-protocol server: pouchdb-server started by the harness,
 * or, with COUCH_URL set, a real CouchDB (the conformance run: this same suite, unchanged).
 * Every test has its own database and member user; devices are fake-indexeddb databases.
 * Conformance run: `COUCH_URL=http://admin:secret@127.0.0.1:5984 npx vitest run lib/sync/couch`.
 */
import { describe, expect, it } from 'vitest';
import { draftAnnotation, uuid } from '../../../tests/annotations';
import { deviceSnapshot, serverDocs, testDevice, type TestDevice } from '../../../tests/couch-server/devices';
import { SERVER_TEST_OPTIONS, useCouchServer } from '../../../tests/couch-server/vitest';
import { annotationsForPage, createAnnotation, deleteAnnotation, editAnnotation } from '../../store/annotation-repository';
import { docIdFor } from './docs';

const server = useCouchServer();

const NOTE_URL = 'https://www.163.com/dy/article/K1234567890ABCDE.html';

async function synced(device: TestDevice) {
  const result = await device.replicator.syncOnce();
  if (!result.ok) throw new Error(`sync failed: ${result.error.kind}: ${result.error.message}`);
  return result.value;
}

async function twoDevices() {
  const database = await server.createDatabase();
  return { database, a: testDevice(server, database), b: testDevice(server, database) };
}

/** Two devices that both have annotation `n`, then edit it offline, each its own way. */
async function divergedEdits(n: number, onA: { note: string; at: string }, onB: { note: string; at: string; tags?: string[] }) {
  const devices = await twoDevices();
  await createAnnotation(devices.a.db, draftAnnotation(), uuid(n), '2026-03-01T10:00:00.000Z');
  await synced(devices.a);
  await synced(devices.b);
  await editAnnotation(devices.a.db, uuid(n), { note: onA.note, tags: ['ai'] }, onA.at);
  await editAnnotation(devices.b.db, uuid(n), { note: onB.note, tags: onB.tags ?? ['ai'] }, onB.at);
  return devices;
}

describe(`CouchDB replicator against ${process.env.COUCH_URL ? 'CouchDB (COUCH_URL)' : 'pouchdb-server'}`, SERVER_TEST_OPTIONS, () => {
  it('carries an annotation made on one device to another, revision and all', async () => {
    const { database, a, b } = await twoDevices();
    const made = await createAnnotation(a.db, draftAnnotation(), uuid(1), '2026-03-01T10:00:00.000Z');
    expect(made.ok).toBe(true);
    expect(await synced(a)).toMatchObject({ pushed: 1, pulled: 0, conflicts: 0, rejected: [] });
    expect(await synced(b)).toMatchObject({ pushed: 0, pulled: 1, conflicts: 0 });
    expect(await deviceSnapshot(b.db)).toEqual(await deviceSnapshot(a.db));
    const onServer = (await serverDocs(server, database.name)).get(docIdFor(uuid(1)));
    expect(onServer?.rev).toBe(made.ok && made.value.revision);
    // Nothing left to do on either side: no echo, no ping-pong.
    expect(await synced(a)).toMatchObject({ pushed: 0, pulled: 0 });
    expect(await synced(b)).toMatchObject({ pushed: 0, pulled: 0 });
  });

  it('merges the same annotation edited offline on two devices, identically on both, losing nothing', async () => {
    const { database, a, b } = await divergedEdits(2, { note: 'edited on A', at: '2026-03-01T11:00:00.000Z' }, { note: 'edited on B, later', at: '2026-03-01T11:05:00.000Z', tags: ['ai', 'ft'] });
    await synced(a);
    expect(await synced(b)).toMatchObject({ conflicts: 1 });
    await synced(a);
    expect(await deviceSnapshot(a.db)).toEqual(await deviceSnapshot(b.db));
    const record = await a.db.annotations.get(uuid(2));
    expect(record?.body.note).toBe('edited on B, later');
    expect(record?.conflicts?.map((c) => c.body.note)).toEqual(['edited on A']);
    const onServer = (await serverDocs(server, database.name)).get(docIdFor(uuid(2)));
    expect(onServer).toMatchObject({ rev: record?.revision, conflicts: [] });
    expect(await synced(b)).toMatchObject({ pushed: 0, pulled: 0 });
    expect(await synced(a)).toMatchObject({ pushed: 0, pulled: 0 });
  });

  it('converges when two devices push conflicting edits at the same moment (the pull after the push merges)', async () => {
    const { database, a, b } = await divergedEdits(9, { note: 'A at the same time', at: '2026-03-01T11:00:00.000Z' }, { note: 'B at the same time', at: '2026-03-01T11:00:00.000Z' });
    const both = [a.replicator.syncOnce(), b.replicator.syncOnce()];
    // A second call while a sync runs joins it instead of starting another.
    expect(a.replicator.syncOnce()).toBe(both[0]);
    expect((await Promise.all(both)).every((r) => r.ok)).toBe(true);
    for (const device of [a, b, a]) await synced(device);
    expect(await deviceSnapshot(a.db)).toEqual(await deviceSnapshot(b.db));
    const record = await a.db.annotations.get(uuid(9));
    expect([record?.body.note, ...(record?.conflicts ?? []).map((c) => c.body.note)].sort()).toEqual(['A at the same time', 'B at the same time']);
    expect((await serverDocs(server, database.name)).get(docIdFor(uuid(9)))).toMatchObject({ rev: record?.revision, conflicts: [] });
  });

  it('propagates a deletion as a CouchDB deletion that keeps the record for the merge', async () => {
    const { database, a, b } = await twoDevices();
    await createAnnotation(a.db, draftAnnotation(), uuid(3), '2026-03-01T10:00:00.000Z');
    await createAnnotation(a.db, draftAnnotation(NOTE_URL, 'another sentence'), uuid(4), '2026-03-01T10:00:00.000Z');
    await synced(a);
    await synced(b);
    await deleteAnnotation(a.db, uuid(3), '2026-03-01T12:00:00.000Z');
    await synced(a);
    await synced(b);
    expect((await b.db.annotations.get(uuid(3)))?.deleted).toBe(true);
    expect((await annotationsForPage(b.db, { canonicalUrl: NOTE_URL })).map((x) => x.id)).toEqual([uuid(4)]);
    expect(await deviceSnapshot(b.db)).toEqual(await deviceSnapshot(a.db));
    expect([...(await serverDocs(server, database.name)).keys()]).toEqual([docIdFor(uuid(4))]);
  });

  it('resolves a conflicting branch written straight to the server, and closes it there', async () => {
    const { database, a, b } = await twoDevices();
    const made = await createAnnotation(a.db, draftAnnotation(), uuid(5), '2026-03-01T10:00:00.000Z');
    await editAnnotation(a.db, uuid(5), { note: 'second thoughts', tags: [] }, '2026-03-01T10:30:00.000Z');
    await synced(a);
    const first = made.ok ? made.value : undefined;
    // Another replica's edit of revision 1, with no `history` field: its ancestry is only in _revisions.
    const { id: _id, revision: _revision, ...fields } = first!;
    const injected = { ...fields, _id: docIdFor(uuid(5)), _rev: '2-ffffffffffffffff', _revisions: { start: 2, ids: ['ffffffffffffffff', first!.revision.slice(2)] }, body: { note: 'from another replica', tags: ['x'] }, modified: '2026-03-01T11:00:00.000Z' };
    expect((await server.admin('POST', `${database.name}/_bulk_docs`, { docs: [injected], new_edits: false })).status).toBe(201);
    expect((await serverDocs(server, database.name)).get(docIdFor(uuid(5)))?.conflicts).toHaveLength(1);
    expect(await synced(a)).toMatchObject({ conflicts: 1 });
    await synced(b);
    const record = await b.db.annotations.get(uuid(5));
    expect(record?.body.note).toBe('from another replica');
    expect(record?.conflicts?.map((c) => c.body.note)).toEqual(['second thoughts']);
    expect(await deviceSnapshot(a.db)).toEqual(await deviceSnapshot(b.db));
    expect((await serverDocs(server, database.name)).get(docIdFor(uuid(5)))).toMatchObject({ rev: record?.revision, conflicts: [] });
  });

  it('reports an invalid document on the server, skips it, and pulls the rest', async () => {
    const { database, a, b } = await twoDevices();
    await createAnnotation(a.db, draftAnnotation(), uuid(6), '2026-03-01T10:00:00.000Z');
    await synced(a);
    const broken = { _id: docIdFor(uuid(7)), _rev: '1-abcdef', _revisions: { start: 1, ids: ['abcdef'] }, type: 'Annotation', body: { note: 42 } };
    expect((await server.admin('POST', `${database.name}/_bulk_docs`, { docs: [broken], new_edits: false })).status).toBe(201);
    const status = await synced(b);
    expect(status.pulled).toBe(1);
    expect(status.rejected).toHaveLength(1);
    expect(status.rejected[0]).toMatch(new RegExp(`^annotation:${uuid(7)} 1-abcdef: .*body\\.note`));
    expect(await b.db.annotations.count()).toBe(1);
  });

  it('refuses wrong credentials with a clear error, touching no local data, and backs off', async () => {
    const database = await server.createDatabase();
    const device = testDevice(server, database, { password: 'not-the-password' });
    await createAnnotation(device.db, draftAnnotation(), uuid(8), '2026-03-01T10:00:00.000Z');
    const before = { annotations: await deviceSnapshot(device.db), log: await device.db.annotationChanges.toArray() };
    const result = await device.replicator.syncOnce();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ kind: 'unauthorized', code: 'forbiddenMessage' });
    expect(!result.ok && result.error.message).toContain(`CouchDB rejected the credentials for ${database.username}`);
    expect({ annotations: await deviceSnapshot(device.db), log: await device.db.annotationChanges.toArray() }).toEqual(before);
    expect(await device.replicator.schedule()).toMatchObject({ failures: 1, lastError: { kind: 'unauthorized' } });
    expect(await device.replicator.isDue()).toBe(false);
  });

  it('says which database does not exist', async () => {
    const database = await server.createDatabase();
    const device = testDevice(server, { ...database, name: `${database.name}-missing` });
    const result = await device.replicator.syncOnce();
    expect(!result.ok && result.error.kind).toEqual(server.kind === 'couchdb' ? expect.stringMatching(/^(notFound|unauthorized)$/) : 'notFound');
  });
});
