import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { bundleArticle } from '../../tests/bundles';
import { testIndexer } from '../../tests/indexer';
import { articleIdFor, passageIdFor } from '../ids';
import { ClaimTrailDb } from '../store/db';
import { readIndexStats } from '../store/index-stats';
import { CorpusIndex } from './corpus-index';
import { matchEntry } from './features';
import { loadGlossTable } from './load-gloss';
import { reindexIfStale } from './reindex';

const context = { gloss: loadGlossTable() };
const url = 'https://www.globaltimes.cn/page/202601/1346190.shtml';

describe('reindexIfStale', () => {
  it('indexes the passages of a database written before passages carried features', async () => {
    const factory = { indexedDB: new IDBFactory(), IDBKeyRange };
    // A version-1 database, as an earlier release left it.
    const old = new Dexie('claimtrail', factory);
    old.version(1).stores({ articles: 'id, &canonicalUrl, outletId, lang, publishedAt, addedAt', passages: 'id, articleId', annotations: 'id, target.canonicalUrl, modified' });
    const { passages, addedAt: _addedAt, ...article } = bundleArticle({ url, canonicalUrl: url, outletId: 'globaltimes', text: 'Chinese companies supplied 62 per cent of the grid batteries installed in Europe last year.' });
    const id = articleIdFor(url);
    await old.table('articles').put({ ...article, id, origin: 'import', addedAt: '2026-01-01T00:00:00.000Z' });
    await old.table('passages').bulkPut(passages.map((p) => ({ ...p, id: passageIdFor(id, p.ordinal), articleId: id })));
    old.close();

    const db = new ClaimTrailDb(factory);
    expect((await readIndexStats(db, testIndexer.version)).version).toBe(0);
    expect(await reindexIfStale(db, testIndexer)).toBe(1);
    expect(await readIndexStats(db, testIndexer.version)).toEqual({ id: 'keys', version: testIndexer.version });
    const [passage] = await db.passages.toArray();
    expect(passage!.features.numbers).toEqual(['62%']);
    expect(passage!.bands.length).toBe(4);
    expect(await reindexIfStale(db, testIndexer)).toBe(0);

    const index = new CorpusIndex(db);
    await index.load();
    const page = matchEntry('中国企业去年供应了欧洲新增储能电池的62%。', 'zh-Hans', context);
    const { matches } = await index.match([page]);
    expect(matches[0]![0]).toMatchObject({ articleId: id, label: 'same' });
  });
});
