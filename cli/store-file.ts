/**
 * The CLI keeps its corpus in one JSON file, in the corpus bundle format, loaded into an
 * in-memory IndexedDB (fake-indexeddb) so the CLI runs the extension's own store code.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { ok, type Result } from '../lib/result';
import { exportBundle } from '../lib/store/bundle-export';
import { importBundle } from '../lib/store/bundle-import';
import { parseBundle } from '../lib/store/bundle-parse';
import { ClaimTrailDb } from '../lib/store/db';

export interface StoreFile {
  db: ClaimTrailDb;
  /** Writes the corpus back; the old file is replaced only once the new one is complete. */
  save(now: string): Promise<void>;
}

/** Opens the store at `path`; a missing file is an empty store, a corrupt one an error. */
export async function openStoreFile(path: string, now: string): Promise<Result<StoreFile>> {
  const db = new ClaimTrailDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  if (existsSync(path)) {
    const bundle = parseBundle(await readFile(path, 'utf8'));
    if (!bundle.ok) return { ok: false, error: { ...bundle.error, message: `The store ${path} is unreadable: ${bundle.error.message}` } };
    const { nodePassageIndexer } = await import('../lib/match/load-gloss');
    const loaded = await importBundle(db, bundle.value, { now, indexer: nodePassageIndexer() });
    if (!loaded.ok) return loaded;
  }
  return ok({
    db,
    save: async (savedAt) => {
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify(await exportBundle(db, savedAt)));
      await rename(temporary, path);
    },
  });
}
