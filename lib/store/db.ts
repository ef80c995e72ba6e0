import { Dexie, type Table } from 'dexie';
import { isBandKey } from '../match/minhash';
import type { Annotation, AnnotationChange, Article, CorpusChange, IndexStats, Passage } from '../schema';

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
  indexStats!: Table<IndexStats, string>;
  corpusChanges!: Table<CorpusChange, number>;
  annotationChanges!: Table<AnnotationChange, number>;
  /** The match index's snapshot (lib/match/index-snapshot.ts): a head row and its chunks. */
  indexSnapshot!: Table<{ id: string; value: unknown }, string>;
  /** Sync engines' own state (cursors, checkpoints, server revisions), one row per key; see lib/sync. */
  syncState!: Table<{ id: string; value: unknown }, string>;

  constructor(factory: IndexedDbFactory, name: string = DEFAULT_DB_NAME) {
    super(name, { indexedDB: factory.indexedDB, IDBKeyRange: factory.IDBKeyRange });
    this.version(1).stores({
      articles: 'id, &canonicalUrl, outletId, lang, publishedAt, addedAt',
      passages: 'id, articleId',
      annotations: 'id, target.canonicalUrl, modified',
    });
    // Version 2: passages carry match features and keys (`*keys`, multiEntry); statistics and a
    // change log keep every context's index in step. Passages of version 1 get empty features
    // and statistics of version 0, which marks them all for re-indexing.
    this.version(2)
      .stores({ passages: 'id, articleId, *keys', indexStats: 'id', corpusChanges: '++seq' })
      .upgrade(async (tx) => {
        const count = await tx.table('passages').count();
        await tx.table('passages').toCollection().modify((passage: Partial<Passage>) => {
          passage.features ??= { slots: [], numbers: [], entities: [], bigrams: [] };
        });
        await tx.table('indexStats').put({ id: 'keys', version: 0, documents: count, df: {} });
      });
    // Version 3: annotations are found by content fingerprint too (the same article at another
    // address), and every annotation write is logged for the sync engines.
    this.version(3).stores({
      annotations: 'id, target.canonicalUrl, target.fingerprint, modified',
      annotationChanges: '++seq, annotationId',
      syncState: 'id',
    });
    // Version 4: the index is served from memory and persisted as a snapshot, so the `*keys`
    // multiEntry index (most of the database's bytes) and the per-key statistics go. A passage
    // keeps its features and its MinHash bands, from which every key follows.
    this.version(4)
      .stores({ passages: 'id, articleId', indexSnapshot: 'id' })
      .upgrade(async (tx) => {
        await tx.table('passages').toCollection().modify((passage: Passage & { keys?: string[] }) => {
          passage.bands = (passage.keys ?? []).filter(isBandKey);
          delete passage.keys;
        });
        const stats = (await tx.table('indexStats').get('keys')) as { version?: number } | undefined;
        if (stats) await tx.table('indexStats').put({ id: 'keys', version: stats.version ?? 0 } satisfies IndexStats);
      });
  }
}
