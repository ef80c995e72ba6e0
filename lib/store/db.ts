import { Dexie, type Table } from 'dexie';
import type { Annotation, Article, Passage } from '../schema';

/** Where IndexedDB comes from: the browser's globals, or fake-indexeddb in Node. */
export interface IndexedDbFactory {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

/** The database name used by the extension. */
export const DEFAULT_DB_NAME = 'claimtrail';

/**
 * ClaimTrail's IndexedDB database. Schema versions only ever get added: Dexie upgrades a reader's
 * existing database step by step. Only fields queried with `where()` are indexed; article bodies
 * never are (an index on large strings would multiply the footprint).
 */
export class ClaimTrailDb extends Dexie {
  articles!: Table<Article, string>;
  passages!: Table<Passage, string>;
  annotations!: Table<Annotation, string>;

  constructor(factory: IndexedDbFactory, name: string = DEFAULT_DB_NAME) {
    super(name, { indexedDB: factory.indexedDB, IDBKeyRange: factory.IDBKeyRange });
    this.version(1).stores({
      articles: 'id, &canonicalUrl, outletId, lang, publishedAt, addedAt',
      passages: 'id, articleId',
      annotations: 'id, target.canonicalUrl, modified',
    });
  }
}
