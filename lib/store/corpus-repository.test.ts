import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/fake-db';
import { testIndexer } from '../../tests/indexer';
import { bundleArticle } from '../../tests/bundles';
import { toArticleRecords } from './article-records';
import { corpusStats, deleteArticle, findByCanonicalUrl, getArticle, listArticles, saveArticle } from './corpus-repository';

const NOW = '2026-02-01T10:00:00.000Z';
const article = (url: string, text = 'First claim. Second claim.') =>
  toArticleRecords(bundleArticle({ url, canonicalUrl: url, text }), 'tracked', NOW, testIndexer);

describe('corpus repository', () => {
  it('stores an article with its passages and reads them back in order', async () => {
    const db = freshDb();
    const records = article('https://www.ft.com/content/00000000-0000-4000-8000-00000000000a');
    expect(await saveArticle(db, records, testIndexer.version)).toEqual({ ok: true, value: { replaced: false } });
    const stored = await getArticle(db, records.article.id);
    expect(stored?.article.title).toBe('A headline');
    expect(stored?.passages.map((p) => p.text)).toEqual(['First claim.', 'Second claim.']);
    expect(await corpusStats(db)).toEqual({ articles: 1, passages: 2, annotations: 0 });
  });

  it('replaces an article whole when it is saved again, dropping passages it no longer has', async () => {
    const db = freshDb();
    const url = 'https://www.ft.com/content/00000000-0000-4000-8000-00000000000b';
    await saveArticle(db, article(url, 'One. Two. Three.'), testIndexer.version);
    expect(await saveArticle(db, article(url, 'Only one now.'), testIndexer.version)).toEqual({ ok: true, value: { replaced: true } });
    expect(await corpusStats(db)).toMatchObject({ articles: 1, passages: 1 });
    expect((await findByCanonicalUrl(db, url))?.id).toBe(article(url).article.id);
  });

  it('refuses an invalid record with its field path and writes nothing', async () => {
    const db = freshDb();
    const records = article('https://www.ft.com/content/00000000-0000-4000-8000-00000000000c');
    const broken = { ...records, passages: records.passages.map((p, i) => (i === 1 ? { ...p, end: -3 } : p)) };
    const result = await saveArticle(db, broken, testIndexer.version);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/^passages\[1\]: end:/);
    expect(await corpusStats(db)).toMatchObject({ articles: 0, passages: 0 });
  });

  it('deletes an article together with its passages', async () => {
    const db = freshDb();
    const keep = article('https://www.ft.com/content/00000000-0000-4000-8000-00000000000d');
    const drop = article('https://www.ft.com/content/00000000-0000-4000-8000-00000000000e');
    await saveArticle(db, keep, testIndexer.version);
    await saveArticle(db, drop, testIndexer.version);
    expect(await deleteArticle(db, drop.article.id, testIndexer.version)).toEqual({ ok: true, value: { deleted: true } });
    expect(await deleteArticle(db, drop.article.id, testIndexer.version)).toEqual({ ok: true, value: { deleted: false } });
    expect(await corpusStats(db)).toMatchObject({ articles: 1, passages: 2 });
    expect(await getArticle(db, keep.article.id)).toBeDefined();
  });

  it('lists most recent first, by outlet, in pages', async () => {
    const db = freshDb();
    for (const [i, url] of ['https://www.ft.com/content/00000000-0000-4000-8000-000000000010', 'https://www.globaltimes.cn/page/202601/1234567.shtml', 'https://www.ft.com/content/00000000-0000-4000-8000-000000000011'].entries()) {
      const records = toArticleRecords(bundleArticle({ url, canonicalUrl: url, text: 'A claim.', outletId: url.includes('ft.com') ? 'ft' : 'globaltimes', addedAt: `2026-02-0${i + 1}T00:00:00.000Z` }), 'tracked', NOW, testIndexer);
      await saveArticle(db, records, testIndexer.version);
    }
    expect((await listArticles(db)).map((a) => a.addedAt.slice(0, 10))).toEqual(['2026-02-03', '2026-02-02', '2026-02-01']);
    expect((await listArticles(db, { outletId: 'ft' })).length).toBe(2);
    expect((await listArticles(db, { limit: 1, offset: 1 })).map((a) => a.outletId)).toEqual(['globaltimes']);
  });
});
