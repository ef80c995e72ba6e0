/**
 * The replicator when the network fails: a proxy in front of the test server refuses requests, or
 * lets the server store a batch and then cuts the connection before the answer (the client cannot
 * tell whether the batch landed). Local data must stay intact, the next sync must finish the job,
 * and the server must end with exactly the expected documents: no duplicates, no losses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CouchProxy } from '../../../tests/couch-server';
import { SERVER_TEST_OPTIONS, useCouchServer } from '../../../tests/couch-server/vitest';
import { deviceSnapshot, makeAnnotations, seedAnnotations, serverDocs, testDevice } from '../../../tests/couch-server/devices';
import { docIdFor } from './docs';
import { stateIds } from './state';

const server = useCouchServer();
let proxy: CouchProxy;
beforeAll(async () => {
  proxy = await server.startProxy();
});
afterAll(async () => {
  await proxy?.close();
});

describe('CouchDB replicator when the server goes away', SERVER_TEST_OPTIONS, () => {
  it('stops with `unreachable` when the connection drops in the middle of a push, then resumes without duplicates or losses', async () => {
    const database = await server.createDatabase();
    const a = testDevice(server, database, { serverUrl: proxy.url, batchSize: 100 });
    const annotations = makeAnnotations(1000, 100);
    await seedAnnotations(a.db, annotations);
    const before = await deviceSnapshot(a.db);
    let bulkDocs = 0;
    // The 4th batch reaches the server and is stored, but its answer never comes back.
    proxy.fault({ match: ({ path }) => path.includes('_bulk_docs') && ++bulkDocs === 4, mode: 'cutAnswer' });
    const cut = await a.replicator.syncOnce();
    proxy.fault(undefined);
    expect(proxy.failed()).toBeGreaterThan(0);
    expect(!cut.ok && cut.error).toMatchObject({ kind: 'unreachable', code: 'unreachable' });
    expect(await deviceSnapshot(a.db)).toEqual(before);
    expect(await a.db.syncState.where('id').startsWith(stateIds.push('')).count()).toBe(0);
    expect((await a.replicator.schedule()).failures).toBe(1);
    expect((await serverDocs(server, database.name)).size).toBe(400);

    const resumed = await a.replicator.syncOnce();
    expect(resumed.ok && resumed.value).toMatchObject({ pushed: 600, pulled: 0, conflicts: 0 });
    expect((await a.replicator.schedule()).failures).toBe(0);
    const docs = await serverDocs(server, database.name);
    expect([...docs.keys()].sort()).toEqual(annotations.map((x) => docIdFor(x.id)).sort());
    for (const annotation of annotations) expect(docs.get(docIdFor(annotation.id))).toMatchObject({ rev: annotation.revision, conflicts: [] });

    const b = testDevice(server, database);
    expect(await b.replicator.syncOnce()).toMatchObject({ ok: true, value: { pulled: 1000, pushed: 0 } });
    expect(await deviceSnapshot(b.db)).toEqual(before);
  });

  it('keeps local changes queued while the server refuses connections, and sends them once it is back', async () => {
    const database = await server.createDatabase();
    const a = testDevice(server, database, { serverUrl: proxy.url });
    await seedAnnotations(a.db, makeAnnotations(3, 2000));
    proxy.down();
    const refused = await a.replicator.syncOnce();
    proxy.fault(undefined);
    expect(!refused.ok && refused.error.kind).toBe('unreachable');
    expect(!refused.ok && refused.error.message).toContain('Local changes are kept');
    expect(await a.replicator.isDue()).toBe(false);
    expect(await a.replicator.syncOnce()).toMatchObject({ ok: true, value: { pushed: 3 } });
    expect((await serverDocs(server, database.name)).size).toBe(3);
  });

  it('sends everything again when the server lost the database (its checkpoint is gone)', async () => {
    const database = await server.createDatabase();
    const a = testDevice(server, database);
    await seedAnnotations(a.db, makeAnnotations(5, 3000));
    expect(await a.replicator.syncOnce()).toMatchObject({ ok: true, value: { pushed: 5 } });
    const security = (await server.admin('GET', `${database.name}/_security`)).json;
    expect((await server.admin('DELETE', database.name)).status).toBe(200);
    expect((await server.admin('PUT', database.name)).status).toBe(201);
    expect((await server.admin('PUT', `${database.name}/_security`, security)).status).toBe(200);
    expect(await a.replicator.syncOnce()).toMatchObject({ ok: true, value: { pushed: 5, pulled: 0 } });
    expect((await serverDocs(server, database.name)).size).toBe(5);
  });
});
