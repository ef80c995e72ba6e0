/**
 * Upgrading a database written by the previous release (schema version 3: passages with match
 * keys in a `*keys` multiEntry index, per-key statistics): every article, passage and annotation
 * survives, keys give way to MinHash bands, and the corpus matches as before.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { draftAnnotation, uuid } from '../../tests/annotations';
import { freshDb } from '../../tests/fake-db';
import { seedArticle } from '../../tests/seeds';
import { articleIdFor } from '../ids';
import { CorpusIndex } from '../match/corpus-index';
import { matchEntry } from '../match/features';
import { loadGlossTable } from '../match/load-gloss';
import { isBandKey, isCandidateKey } from '../match/minhash';
import type { Annotation, BundleArticle } from '../schema';
import { createAnnotation } from './annotation-repository';
import { toArticleRecords } from './article-records';
import { ClaimTrailDb } from './db';
import { testIndexer } from '../../tests/indexer';

const context = { gloss: loadGlossTable() };
const NOW = '2026-03-01T00:00:00.000Z';

/** The stores of release 3, as its `ClaimTrailDb` declared them. */
function releaseThree(factory: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }): Dexie {
  const db = new Dexie('claimtrail', factory);
  db.version(1).stores({ articles: 'id, &canonicalUrl, outletId, lang, publishedAt, addedAt', passages: 'id, articleId', annotations: 'id, target.canonicalUrl, modified' });
  db.version(2).stores({ passages: 'id, articleId, *keys', indexStats: 'id', corpusChanges: '++seq' });
  db.version(3).stores({ annotations: 'id, target.canonicalUrl, target.fingerprint, modified', annotationChanges: '++seq, annotationId', syncState: 'id' });
  return db;
}

/** An article's rows as release 3 wrote them: every passage with its features and keys. */
function releaseThreeRows(article: BundleArticle) {
  const { article: row, passages } = toArticleRecords(article, 'tracked', NOW, testIndexer);
  return { row, passages: passages.map(({ bands: _bands, ...passage }) => ({ ...passage, keys: matchEntry(passage.text, passage.lang, context).keys })) };
}

async function annotation(n: number): Promise<Annotation> {
  const created = await createAnnotation(freshDb(), draftAnnotation(`https://www.163.com/dy/article/K${n}234567890ABCDE.html`), uuid(n), NOW);
  if (!created.ok) throw new Error(created.error.message);
  return created.value;
}

describe('upgrading a release-3 database', () => {
  it('keeps every article, passage and annotation, and matches as before', async () => {
    const factory = { indexedDB: new IDBFactory(), IDBKeyRange };
    const old = releaseThree(factory);
    const articles = ['gt-laugh-last', 'ftchinese-wrong-race', 'aggregator-race'].map(seedArticle);
    const rows = articles.map(releaseThreeRows);
    const annotations = [await annotation(1), await annotation(2)];
    await old.table('articles').bulkPut(rows.map((r) => r.row));
    await old.table('passages').bulkPut(rows.flatMap((r) => r.passages));
    const df: Record<string, number> = {};
    for (const passage of rows.flatMap((r) => r.passages)) for (const key of new Set(passage.keys.filter((k) => !isCandidateKey(k)))) df[key] = (df[key] ?? 0) + 1;
    await old.table('indexStats').put({ id: 'keys', version: testIndexer.version, documents: rows.flatMap((r) => r.passages).length, df });
    await old.table('corpusChanges').bulkAdd(rows.map((r) => ({ articleId: r.row.id })));
    await old.table('annotations').bulkPut(annotations);
    old.close();

    const db = new ClaimTrailDb(factory);
    expect(await db.articles.toArray()).toEqual(rows.map((r) => r.row).sort((a, b) => a.id.localeCompare(b.id)));
    expect(await db.annotations.toArray()).toEqual(annotations);
    const passages = await db.passages.toArray();
    const oldById = new Map(rows.flatMap((r) => r.passages).map((p) => [p.id, p]));
    expect(passages.length).toBe(oldById.size);
    for (const passage of passages) {
      const { keys, ...before } = oldById.get(passage.id)!;
      expect(passage).toEqual({ ...before, bands: keys.filter(isBandKey) });
    }
    expect(await db.indexStats.get('keys')).toEqual({ id: 'keys', version: testIndexer.version });

    const repost = seedArticle('netease-repost');
    const { matches } = await new CorpusIndex(db).match(repost.passages.map((p) => matchEntry(p.text, p.lang, context)));
    const fromReport = matches.flat().filter((m) => m.articleId === articleIdFor(articles[0]!.canonicalUrl) && m.label === 'same');
    expect(fromReport.length).toBeGreaterThanOrEqual(21);
  });
});
