import { describe, expect, it } from 'vitest';
import { bundleArticle } from '../../tests/bundles';
import { freshDb } from '../../tests/fake-db';
import { testIndexer } from '../../tests/indexer';
import { toArticleRecords } from './article-records';
import { saveArticle } from './corpus-repository';
import { searchArticles } from './corpus-search';
import type { ClaimTrailDb } from './db';

const NOW = '2026-02-01T10:00:00.000Z';

async function corpus(): Promise<ClaimTrailDb> {
  const db = freshDb();
  const articles = [
    bundleArticle({ url: 'https://www.ft.com/content/00000000-0000-4000-8000-000000000001', title: 'The US may be running the wrong AI race', text: 'Chinese open models overtook US ones in adoption.', publishedAt: '2025-12-18T05:00:00.000Z' }),
    bundleArticle({ url: 'https://www.globaltimes.cn/page/202512/1351000.shtml', title: 'FT says China will laugh last', text: 'The FT said Chinese open models lead.', outletId: 'globaltimes', publishedAt: '2025-12-20T05:00:00.000Z' }),
    bundleArticle({ url: 'https://www.163.com/dy/article/KK8V0G2J0556A7QL.html', title: '英媒：中國人會笑到最後', text: '《金融時報》指出，中國的開源模型在表現上已經超過了美國。', lang: 'zh-Hant', outletId: 'netease', publishedAt: '2026-01-22T01:30:00.000Z' }),
  ];
  for (const article of articles) await saveArticle(db, toArticleRecords(article, 'tracked', NOW, testIndexer), testIndexer.version);
  return db;
}

describe('searchArticles', () => {
  it('lists everything newest first, without article text', async () => {
    const page = await searchArticles(await corpus(), {});
    expect(page.total).toBe(3);
    expect(page.articles.map((a) => a.outletId)).toEqual(['netease', 'globaltimes', 'ft']);
    expect(page.articles[0]).not.toHaveProperty('text');
  });

  it('filters by outlet, language and publication dates (inclusive)', async () => {
    const db = await corpus();
    expect((await searchArticles(db, { outletId: 'globaltimes' })).articles.map((a) => a.outletId)).toEqual(['globaltimes']);
    expect((await searchArticles(db, { lang: 'zh-Hant' })).total).toBe(1);
    expect((await searchArticles(db, { from: '2025-12-18', to: '2025-12-20' })).articles.map((a) => a.outletId)).toEqual(['globaltimes', 'ft']);
    expect((await searchArticles(db, { from: '2026-02-01' })).total).toBe(0);
  });

  it('finds words in title or text whatever their case, width or Chinese script', async () => {
    const db = await corpus();
    expect((await searchArticles(db, { text: 'OPEN models' })).total).toBe(3 - 1);
    expect((await searchArticles(db, { text: 'laugh last' })).articles.map((a) => a.outletId)).toEqual(['globaltimes']);
    expect((await searchArticles(db, { text: '开源模型' })).articles.map((a) => a.outletId)).toEqual(['netease']);
    expect((await searchArticles(db, { text: '開源 表現' })).total).toBe(1);
    expect((await searchArticles(db, { text: 'ＦＴ said' })).total).toBe(1);
    expect((await searchArticles(db, { text: 'nowhere' })).total).toBe(0);
  });

  it('pages through the results', async () => {
    const db = await corpus();
    const second = await searchArticles(db, {}, 1, 1);
    expect(second).toMatchObject({ total: 3, articles: [{ outletId: 'globaltimes' }] });
  });
});
