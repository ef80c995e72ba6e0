/** The sync test harness itself, and a small run of the sync benchmark so it cannot rot unnoticed. */
import { describe, expect, it } from 'vitest';
import { runCouchBench } from '../bench/couch-bench';
import { SERVER_TEST_OPTIONS, useCouchServer } from './couch-server/vitest';

const server = useCouchServer();

describe('CouchDB test server', SERVER_TEST_OPTIONS, () => {
  it('makes databases only their member (and the admin) can read', async () => {
    const database = await server.createDatabase();
    const as = (user: string, password: string) => fetch(new URL(database.name, server.url), { headers: { Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` } });
    expect((await as(database.username, database.password)).status).toBe(200);
    expect((await as(database.username, 'wrong')).status).toBe(401);
    expect((await fetch(new URL(database.name, server.url))).status).toBe(401);
    expect((await server.admin('GET', database.name)).status).toBe(200);
  });

  it('has a proxy that refuses, or cuts the answer after the server did the work', async () => {
    const database = await server.createDatabase();
    const proxy = await server.startProxy();
    try {
      const put = (id: string) => fetch(new URL(`${database.name}/${id}`, proxy.url), { method: 'PUT', headers: { Authorization: `Basic ${Buffer.from(`${database.username}:${database.password}`).toString('base64')}`, 'Content-Type': 'application/json' }, body: '{}' });
      expect((await put('passes')).status).toBe(201);
      proxy.down();
      await expect(put('refused')).rejects.toThrow();
      proxy.fault({ match: () => true, mode: 'cutAnswer' });
      await expect(put('cut')).rejects.toThrow();
      proxy.fault(undefined);
      expect(proxy.failed()).toBe(2);
      const ids = ((await server.admin('GET', `${database.name}/_all_docs`)).json as { rows: { id: string }[] }).rows.map((row) => row.id);
      expect(ids).toEqual(['cut', 'passes']);
    } finally {
      await proxy.close();
    }
  });

  it('runs the sync benchmark (a small one)', async () => {
    const figures = await runCouchBench(300, 100);
    expect(figures).toMatchObject({ docs: 300, batchSize: 100 });
    expect(figures.pushDocsPerSecond).toBeGreaterThan(0);
    expect(figures.pullDocsPerSecond).toBeGreaterThan(0);
  });
});
