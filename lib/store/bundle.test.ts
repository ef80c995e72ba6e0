import { describe, expect, it, vi } from 'vitest';
import { bundleOf } from '../../tests/bundles';
import { freshDb } from '../../tests/fake-db';
import { testIndexer } from '../../tests/indexer';
import { exportBundle } from './bundle-export';
import { importBundle } from './bundle-import';
import { parseBundle } from './bundle-parse';
import { corpusStats } from './corpus-repository';

const NOW = '2026-02-01T10:00:00.000Z';

const parsedOrThrow = (text: string) => {
  const result = parseBundle(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('parseBundle', () => {
  it('accepts a valid bundle', () => {
    expect(parsedOrThrow(JSON.stringify(bundleOf(3))).articles).toHaveLength(3);
  });

  it('names the field paths of every problem', () => {
    const bundle = bundleOf(2) as unknown as { articles: Record<string, unknown>[] };
    bundle.articles[1]!['title'] = '';
    (bundle.articles[1]!['passages'] as Record<string, unknown>[])[0]!['end'] = 10_000;
    bundle.articles[0]!['lang'] = 'fr';
    const result = parseBundle(JSON.stringify(bundle));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalidBundle');
    expect(result.error.message).toContain('articles[0].lang:');
    expect(result.error.message).toContain('articles[1].title:');
    expect(result.error.message).toContain('articles[1].passages[0].end: past the end of the article text');
  });

  it('says when the file is not JSON, or a version it cannot read', () => {
    expect(parseBundle('{"format": "claimtrail-corpus", ')).toMatchObject({ ok: false, error: { code: 'invalidJson' } });
    const future = { ...bundleOf(1), version: 7 };
    expect(parseBundle(JSON.stringify(future))).toMatchObject({ ok: false, error: { code: 'unsupportedVersion', message: expect.stringContaining('version 7') } });
    expect(parseBundle('[]')).toMatchObject({ ok: false, error: { code: 'invalidBundle', message: expect.stringContaining('(root)') } });
  });

  it('refuses two articles with one canonical URL, which would overwrite each other', () => {
    const bundle = bundleOf(3);
    bundle.articles[2] = { ...bundle.articles[2]!, canonicalUrl: bundle.articles[0]!.canonicalUrl };
    expect(parseBundle(JSON.stringify(bundle))).toMatchObject({ ok: false, error: { message: expect.stringContaining('articles[2].canonicalUrl: same canonical URL as articles[0]') } });
  });

  it('refuses repeated passage ordinals within an article', () => {
    const bundle = bundleOf(1);
    bundle.articles[0]!.passages[1]!.ordinal = 0;
    expect(parseBundle(JSON.stringify(bundle))).toMatchObject({ ok: false, error: { message: expect.stringContaining('articles[0].passages[1].ordinal: ordinal 0 is used twice') } });
  });
});

describe('importBundle', () => {
  it('writes every article and passage, reporting progress up to the total', async () => {
    const db = freshDb();
    const onProgress = vi.fn();
    const result = await importBundle(db, bundleOf(600), { now: NOW, onProgress, indexer: testIndexer });
    expect(result).toEqual({ ok: true, value: { articlesAdded: 600, articlesReplaced: 0, passages: 1200, annotations: 0 } });
    expect(onProgress.mock.calls).toEqual([[250, 600], [500, 600], [600, 600]]);
    expect(await corpusStats(db)).toEqual({ articles: 600, passages: 1200, annotations: 0 });
  });

  it('replaces articles already tracked instead of duplicating them', async () => {
    const db = freshDb();
    await importBundle(db, bundleOf(5), { now: NOW, indexer: testIndexer });
    const again = await importBundle(db, bundleOf(8), { now: NOW, indexer: testIndexer });
    expect(again).toMatchObject({ ok: true, value: { articlesAdded: 3, articlesReplaced: 5 } });
    expect(await corpusStats(db)).toMatchObject({ articles: 8, passages: 16 });
  });

  it('writes nothing when storage fails half-way (quota exceeded)', async () => {
    const db = freshDb();
    await importBundle(db, bundleOf(2), { now: NOW, indexer: testIndexer });
    let writes = 0;
    db.passages.hook('creating', () => {
      writes += 1;
      // The 700th passage hits a full disk, well after earlier chunks were written.
      if (writes === 700) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const result = await importBundle(db, bundleOf(600), { now: NOW, indexer: testIndexer });
    expect(result).toMatchObject({ ok: false, error: { code: 'quotaExceeded', message: expect.stringContaining('Nothing was written') } });
    expect(await corpusStats(db)).toMatchObject({ articles: 2, passages: 4 });
  });

  it('round-trips through export: the exported bundle re-imports to the same corpus', async () => {
    const source = freshDb();
    const original = bundleOf(4);
    await importBundle(source, original, { now: NOW, indexer: testIndexer });
    const exported = await exportBundle(source, NOW);
    const reparsed = parsedOrThrow(JSON.stringify(exported));
    expect(reparsed.articles.map((a) => a.canonicalUrl).sort()).toEqual(original.articles.map((a) => a.canonicalUrl).sort());
    const first = original.articles[0]!;
    expect(reparsed.articles.find((a) => a.canonicalUrl === first.canonicalUrl)).toEqual({ ...first, addedAt: NOW });
    const target = freshDb();
    await importBundle(target, reparsed, { now: NOW, indexer: testIndexer });
    expect(await corpusStats(target)).toEqual(await corpusStats(source));
  });
});
