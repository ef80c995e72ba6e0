import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { ClaimTrailDb } from '../lib/store/db';

/** A fresh, empty database in memory (fake-indexeddb), isolated from every other test. */
export function freshDb(): ClaimTrailDb {
  return new ClaimTrailDb({ indexedDB: new IDBFactory(), IDBKeyRange });
}
