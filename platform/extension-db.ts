import { ClaimTrailDb } from '../lib/store/db';

let db: ClaimTrailDb | undefined;

/** The extension origin's database, opened once per context on first use. */
export function extensionDb(): ClaimTrailDb {
  db ??= new ClaimTrailDb({ indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
  return db;
}
