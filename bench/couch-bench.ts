/**
 * CouchDB sync throughput: one device pushes `count` annotations to a fresh database of the test
 * server (pouchdb-server in memory, or COUCH_URL), then a fresh device pulls them all, then both
 * sync again with nothing to do. Each device is fake-indexeddb in this Node process, so the
 * figures include its storage cost; notes/sync.md §3.6 has the bare-protocol rates for comparison.
 * `tsx bench/couch-bench.ts [count]` prints them.
 */
import { pathToFileURL } from 'node:url';
import { annotationToDoc } from '../lib/sync/couch/docs';
import { startCouchServer } from '../tests/couch-server';
import { makeAnnotations, seedAnnotations, testDevice, type TestDevice } from '../tests/couch-server/devices';

/** Throughput figures of one run. */
export interface CouchBenchFigures {
  server: string;
  docs: number;
  batchSize: number;
  /** Average size of a pushed document, JSON bytes. */
  docBytes: number;
  pushSeconds: number;
  pushDocsPerSecond: number;
  pullSeconds: number;
  pullDocsPerSecond: number;
  /** A sync of each device with nothing to do. */
  idleSyncSeconds: number;
}

async function timedSync(device: TestDevice, expect: { pushed?: number; pulled?: number }): Promise<number> {
  const start = performance.now();
  const result = await device.replicator.syncOnce();
  const seconds = (performance.now() - start) / 1000;
  if (!result.ok) throw new Error(`sync failed: ${result.error.message}`);
  for (const [key, value] of Object.entries(expect)) {
    if (result.value[key as 'pushed' | 'pulled'] !== value) throw new Error(`expected ${key} ${value}, got ${JSON.stringify(result.value)}`);
  }
  return seconds;
}

/** Pushes `count` annotations from one device and pulls them into a fresh one, `batchSize` documents a request. */
export async function runCouchBench(count = 10_000, batchSize = 200): Promise<CouchBenchFigures> {
  const server = await startCouchServer();
  try {
    const database = await server.createDatabase();
    const annotations = makeAnnotations(count);
    const a = testDevice(server, database, { batchSize });
    await seedAnnotations(a.db, annotations);
    const pushSeconds = await timedSync(a, { pushed: count });
    const b = testDevice(server, database, { batchSize });
    const pullSeconds = await timedSync(b, { pulled: count, pushed: 0 });
    const idleSyncSeconds = (await timedSync(a, { pushed: 0, pulled: 0 })) + (await timedSync(b, { pushed: 0, pulled: 0 }));
    const docBytes = Math.round(annotations.reduce((sum, x) => sum + JSON.stringify(annotationToDoc(x)).length, 0) / count);
    return {
      server: server.kind,
      docs: count,
      batchSize,
      docBytes,
      pushSeconds,
      pushDocsPerSecond: Math.round(count / pushSeconds),
      pullSeconds,
      pullDocsPerSecond: Math.round(count / pullSeconds),
      idleSyncSeconds,
    };
  } finally {
    await server.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const count = Number(process.argv[2] ?? 10_000);
  process.stdout.write(`${JSON.stringify(await runCouchBench(count), null, 2)}\n`);
}
