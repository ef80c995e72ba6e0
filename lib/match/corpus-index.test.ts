/**
 * The store-backed matcher: the seed articles stored in IndexedDB (fake-indexeddb), the NetEase
 * repost matched against them with the index rebuilt from the stored passages and restored from
 * its snapshot; index maintenance as articles come and go, from this context and from another;
 * snapshots that cannot be trusted are never served.
 */
import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/fake-db';
import { bundleOf } from '../../tests/bundles';
import { testIndexer } from '../../tests/indexer';
import { seededRandom } from '../../tests/random';
import { gold, SEED_URLS, seedArticle } from '../../tests/seeds';
import { articleIdFor } from '../ids';
import type { BundleArticle, CorpusBundle } from '../schema';
import { importBundle, type WrittenCorpus } from '../store/bundle-import';
import { CHANGE_LOG_LIMIT } from '../store/index-stats';
import { toArticleRecords } from '../store/article-records';
import { deleteArticle, saveArticle } from '../store/corpus-repository';
import type { ClaimTrailDb } from '../store/db';
import { readSnapshot, writeSnapshot } from '../store/snapshot-store';
import { normalizeForMatch } from '../text/normalize';
import { CorpusIndex, snapshotAfterImport } from './corpus-index';
import { matchEntry } from './features';
import { loadGlossTable } from './load-gloss';

const context = { gloss: loadGlossTable() };
const NOW = '2026-02-01T00:00:00.000Z';
const g = gold();
const URLS = SEED_URLS;

const seeds = Object.fromEntries(Object.keys(URLS).map((doc) => [doc, seedArticle(doc)]));

async function store(db: ClaimTrailDb, article: BundleArticle): Promise<void> {
  const saved = await saveArticle(db, toArticleRecords(article, 'tracked', NOW, testIndexer), testIndexer.version);
  if (!saved.ok) throw new Error(saved.error.message);
}

const entriesOf = (article: BundleArticle) => article.passages.map((p) => matchEntry(p.text, p.lang, context));

describe('CorpusIndex on the seeds', () => {
  it('finds every gold translation of the NetEase repost in the Global Times report, rebuilt and restored alike', async () => {
    const db = freshDb();
    for (const article of Object.values(seeds)) await store(db, article);
    const page = seeds['netease-repost']!;
    const options = { excludeArticleId: articleIdFor(page.canonicalUrl) };
    const index = new CorpusIndex(db);
    const first = await index.match(entriesOf(page), options);
    expect(first.source).toBe('rebuilt');
    expect(index.dirty).toBe(true);
    await index.saveSnapshot();
    expect(index.dirty).toBe(false);
    // A service-worker start: a new index object over the same database.
    const restarted = new CorpusIndex(db);
    const second = await restarted.match(entriesOf(page), options);
    expect(second.source).toBe('snapshot');
    expect(restarted.loadReport).toMatchObject({ source: 'snapshot', passages: (await db.passages.count()) });
    const [cold, warm] = [first.matches, second.matches];

    const pairs = g.pairs.filter((pair) => pair.label === 'same' && pair.b.doc === 'netease-repost' && pair.a.doc === 'gt-laugh-last');
    expect(pairs.length).toBe(21);
    for (const [path, results] of [['rebuilt', cold], ['restored', warm]] as const) {
      for (const pair of pairs) {
        const ordinal = page.passages.findIndex((p) => normalizeForMatch(p.text).includes(normalizeForMatch(pair.b.text)));
        const best = results[ordinal]![0];
        expect(best?.label, `${path}: ${pair.b.text}`).toBe('same');
        expect(best?.url).toBe(URLS['gt-laugh-last']);
        expect(normalizeForMatch(best!.text)).toContain(normalizeForMatch(pair.a.text));
      }
    }
    // Both give the very same answer.
    expect(warm).toEqual(cold);
    // The page never matches itself.
    expect(warm.flat().some((match) => match.articleId === options.excludeArticleId)).toBe(false);
  });

  it('says what a match is: outlet, title, language, date, the tracked sentence and the shared evidence', async () => {
    const db = freshDb();
    await store(db, seeds['gt-laugh-last']!);
    const index = new CorpusIndex(db);
    await index.load();
    const all = (await index.match(entriesOf(seeds['netease-repost']!))).matches.flat();
    const match = all.find((m) => m.reasons.numbers.length > 0) ?? all[0]!;
    expect(match).toMatchObject({ outletId: 'globaltimes', lang: 'en', url: URLS['gt-laugh-last'], label: 'same' });
    expect(match.title.length).toBeGreaterThan(0);
    expect(match.score).toBeGreaterThan(0.45);
    expect(match.reasons.terms.length + match.reasons.entities.length).toBeGreaterThan(0);
  });
});

describe('index maintenance', () => {
  it('answers after random saves, replacements and deletions as an index built afresh does', async () => {
    const db = freshDb();
    const random = seededRandom(11);
    const docs = Object.keys(seeds);
    const stored = new Set<string>();
    const live = new CorpusIndex(db);
    const page = entriesOf(seeds['netease-repost']!);
    for (let step = 0; step < 14; step++) {
      const doc = docs[Math.floor(random() * docs.length)]!;
      if (stored.has(doc) && random() < 0.5) {
        await deleteArticle(db, articleIdFor(seeds[doc]!.canonicalUrl), testIndexer.version);
        stored.delete(doc);
      } else {
        // Saved again with a paragraph fewer now and then: a replacement that drops passages.
        const article = seeds[doc]!;
        const trimmed = stored.has(doc) ? { ...article, passages: article.passages.slice(1) } : article;
        await store(db, trimmed);
        stored.add(doc);
      }
      if (step % 3 === 2) await live.saveSnapshot();
      const fresh = new CorpusIndex(db);
      expect((await live.match(page)).matches).toEqual((await fresh.match(page)).matches);
    }
  });

  it('catches up with writes made by another context, through the change log', async () => {
    const db = freshDb();
    await store(db, seeds['aggregator-race']!);
    const background = new CorpusIndex(db);
    await background.load();
    const page = entriesOf(seeds['netease-repost']!);
    expect((await background.match(page)).matches.flat().filter((m) => m.outletId === 'globaltimes')).toEqual([]);

    // The options page imports the Global Times report; the background's index learns of it.
    await store(db, seeds['gt-laugh-last']!);
    const afterAdd = (await background.match(page)).matches.flat();
    expect(afterAdd.filter((m) => m.outletId === 'globaltimes' && m.label === 'same').length).toBeGreaterThanOrEqual(21);

    await deleteArticle(db, articleIdFor(URLS['gt-laugh-last']!), testIndexer.version);
    expect((await background.match(page)).matches.flat().filter((m) => m.outletId === 'globaltimes')).toEqual([]);
  });
});

describe('the index snapshot', () => {
  async function snapshotted(): Promise<{ db: ClaimTrailDb; expected: Awaited<ReturnType<CorpusIndex['match']>>['matches'] }> {
    const db = freshDb();
    await store(db, seeds['gt-laugh-last']!);
    const index = new CorpusIndex(db);
    const expected = (await index.match(entriesOf(seeds['netease-repost']!))).matches;
    await index.saveSnapshot();
    return { db, expected };
  }

  it('is caught up from the change log: articles saved and deleted after it was written', async () => {
    const { db } = await snapshotted();
    await store(db, seeds['ftchinese-wrong-race']!);
    await deleteArticle(db, articleIdFor(URLS['gt-laugh-last']!), testIndexer.version);
    const restored = new CorpusIndex(db);
    const matches = (await restored.match(entriesOf(seeds['netease-repost']!))).matches.flat();
    expect(restored.loadReport?.source).toBe('snapshot');
    expect(matches.some((m) => m.outletId === 'globaltimes')).toBe(false);
    expect(matches.some((m) => m.url === URLS['ftchinese-wrong-race'])).toBe(true);
    expect((await new CorpusIndex(db).match(entriesOf(seeds['netease-repost']!))).matches).toEqual((await restored.match(entriesOf(seeds['netease-repost']!))).matches);
  });

  it('is rebuilt, never served, when a byte of it is damaged, a chunk is missing or its feature version is another', async () => {
    type Stored = NonNullable<Awaited<ReturnType<typeof readSnapshot>>>;
    const cases: { name: string; problem: RegExp; damage: (snapshot: Stored) => Stored }[] = [
      { name: 'a flipped byte', problem: /checksum/, damage: ({ head, chunks }) => ({ head, chunks: chunks.map((chunk, i) => (i === 0 ? chunk.map((byte, j) => (j === chunk.length - 9 ? byte ^ 0xff : byte)) : chunk)) }) },
      { name: 'a chunk cut short', problem: /bytes/, damage: ({ head, chunks }) => ({ head, chunks: chunks.map((chunk) => chunk.slice(0, chunk.length - 8)) }) },
      { name: 'another feature version', problem: /feature version/, damage: ({ head, chunks }) => ({ head: { ...head, featuresVersion: head.featuresVersion + 1 }, chunks }) },
      { name: 'a position past the change log', problem: /ahead/, damage: ({ head, chunks }) => ({ head: { ...head, seq: head.seq + 5 }, chunks }) },
    ];
    for (const { name, problem, damage } of cases) {
      const { db, expected } = await snapshotted();
      const stored = (await readSnapshot(db))!;
      const damaged = damage(stored);
      await writeSnapshot(db, damaged.head, damaged.chunks);
      const index = new CorpusIndex(db);
      const { matches, source } = await index.match(entriesOf(seeds['netease-repost']!));
      expect(source, name).toBe('rebuilt');
      expect(index.loadReport?.snapshotProblem, name).toMatch(problem);
      expect(matches, name).toEqual(expected);
    }
  });

  it('is rebuilt when the changes since it are no longer in the log', async () => {
    const { db } = await snapshotted();
    await store(db, seeds['ftchinese-wrong-race']!);
    const head = (await readSnapshot(db))!.head;
    await db.corpusChanges.where('seq').belowOrEqual(head.seq + 1).delete();
    await store(db, seeds['aggregator-race']!);
    const index = new CorpusIndex(db);
    const matches = (await index.match(entriesOf(seeds['netease-repost']!))).matches.flat();
    expect(index.loadReport).toMatchObject({ source: 'rebuilt', snapshotProblem: expect.stringMatching(/no longer logged/) });
    expect(matches.some((m) => m.url === URLS['ftchinese-wrong-race'])).toBe(true);
  });
});

describe('the snapshot after an import', () => {
  const importing = async (db: ClaimTrailDb, bundle: CorpusBundle): Promise<WrittenCorpus> => {
    let written: WrittenCorpus | undefined;
    const imported = await importBundle(db, bundle, { now: NOW, indexer: testIndexer, onCommitted: (corpus) => (written = corpus) });
    if (!imported.ok || !written) throw new Error('import failed');
    return written;
  };
  const seedBundle = (docs: string[]): CorpusBundle => ({ format: 'claimtrail-corpus', version: 1, exportedAt: NOW, articles: docs.map((doc) => seeds[doc]!) });

  it('is written from the imported records, and loads to the same answers as a rebuild', async () => {
    const db = freshDb();
    await store(db, seeds['aggregator-race']!);
    const before = new CorpusIndex(db);
    await before.load();
    await before.saveSnapshot();
    const written = await importing(db, seedBundle(['gt-laugh-last', 'ftchinese-wrong-race']));
    expect(await snapshotAfterImport(db, written)).toEqual({ ok: true, value: { written: true } });
    expect((await readSnapshot(db))!.head.seq).toBe(written.seq);
    const restored = new CorpusIndex(db);
    const page = entriesOf(seeds['netease-repost']!);
    const answer = await restored.match(page);
    expect(restored.loadReport?.source).toBe('snapshot');
    await db.indexSnapshot.clear();
    expect(answer.matches).toEqual((await new CorpusIndex(db).match(page)).matches);
  });

  it('covers an import larger than the change log keeps, without reading it back', async () => {
    const db = freshDb();
    const bundle = bundleOf(CHANGE_LOG_LIMIT + 40);
    const written = await importing(db, bundle);
    expect(await db.corpusChanges.count()).toBe(CHANGE_LOG_LIMIT);
    await snapshotAfterImport(db, written);
    const restored = new CorpusIndex(db);
    const query = matchEntry('Claim number 7 is stated here.', 'en', context);
    const { matches } = await restored.match([query]);
    expect(restored.loadReport?.source).toBe('snapshot');
    expect(restored.loadReport?.passages).toBe(await db.passages.count());
    expect(matches[0]![0]).toMatchObject({ articleId: articleIdFor(bundle.articles[7]!.canonicalUrl), label: 'same' });
  });

  it('never replaces a snapshot further along the change log', async () => {
    const db = freshDb();
    const stale = new CorpusIndex(db);
    await stale.load();
    await store(db, seeds['gt-laugh-last']!);
    const current = new CorpusIndex(db);
    await current.load();
    await current.saveSnapshot();
    const seq = (await readSnapshot(db))!.head.seq;
    expect(seq).toBe(1);
    // `stale` loaded before the write and has not caught up: its snapshot would be older.
    expect(await stale.saveSnapshot()).toEqual({ ok: true, value: { written: false } });
    expect((await readSnapshot(db))!.head.seq).toBe(seq);
  });
});
