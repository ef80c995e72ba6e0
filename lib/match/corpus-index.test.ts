/**
 * The store-backed matcher: the seed articles stored in IndexedDB (fake-indexeddb), the NetEase
 * repost matched against them from the `*keys` index (cold) and from memory (warm); index
 * maintenance as articles come and go, from this context and from another one.
 */
import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/fake-db';
import { testIndexer } from '../../tests/indexer';
import { seededRandom } from '../../tests/random';
import { gold, SEED_URLS, seedText } from '../../tests/seeds';
import { extractText } from '../extract-text';
import { articleIdFor } from '../ids';
import type { BundleArticle, IndexStats } from '../schema';
import { toArticleRecords } from '../store/article-records';
import { deleteArticle, saveArticle } from '../store/corpus-repository';
import type { ClaimTrailDb } from '../store/db';
import { readIndexStats } from '../store/index-stats';
import { normalizeForMatch } from '../text/normalize';
import { CorpusIndex } from './corpus-index';
import { matchEntry } from './features';
import { loadGlossTable } from './load-gloss';
import { isCandidateKey } from './minhash';

const context = { gloss: loadGlossTable() };
const NOW = '2026-02-01T00:00:00.000Z';
const g = gold();
const URLS = SEED_URLS;

const seedArticle = (doc: string): BundleArticle => {
  const extracted = extractText(seedText(doc), URLS[doc]!);
  if (!extracted.ok) throw new Error(extracted.error.message);
  return extracted.value.article;
};
const seeds = Object.fromEntries(Object.keys(URLS).map((doc) => [doc, seedArticle(doc)]));

async function store(db: ClaimTrailDb, article: BundleArticle): Promise<void> {
  const saved = await saveArticle(db, toArticleRecords(article, 'tracked', NOW, testIndexer), testIndexer.version);
  if (!saved.ok) throw new Error(saved.error.message);
}

const entriesOf = (article: BundleArticle) => article.passages.map((p) => matchEntry(p.text, p.lang, context));

/** Statistics counted from the stored rows, to compare with the incrementally kept ones. */
async function recount(db: ClaimTrailDb): Promise<Pick<IndexStats, 'documents' | 'df'>> {
  const df: Record<string, number> = {};
  let documents = 0;
  await db.passages.each((row) => {
    documents += 1;
    for (const key of new Set(row.keys)) if (!isCandidateKey(key)) df[key] = (df[key] ?? 0) + 1;
  });
  return { documents, df };
}

describe('CorpusIndex on the seeds', () => {
  it('finds every gold translation of the NetEase repost in the Global Times report, cold and warm alike', async () => {
    const db = freshDb();
    for (const article of Object.values(seeds)) await store(db, article);
    const page = seeds['netease-repost']!;
    const options = { excludeArticleId: articleIdFor(page.canonicalUrl) };
    const index = new CorpusIndex(db);
    const first = await index.match(entriesOf(page), options);
    expect(first.source).toBe('store');
    await index.load();
    const second = await index.match(entriesOf(page), options);
    expect(second.source).toBe('memory');
    const [cold, warm] = [first.matches, second.matches];

    const pairs = g.pairs.filter((pair) => pair.label === 'same' && pair.b.doc === 'netease-repost' && pair.a.doc === 'gt-laugh-last');
    expect(pairs.length).toBe(21);
    for (const [path, results] of [['cold', cold], ['warm', warm]] as const) {
      for (const pair of pairs) {
        const ordinal = page.passages.findIndex((p) => normalizeForMatch(p.text).includes(normalizeForMatch(pair.b.text)));
        const best = results[ordinal]![0];
        expect(best?.label, `${path}: ${pair.b.text}`).toBe('same');
        expect(best?.url).toBe(URLS['gt-laugh-last']);
        expect(normalizeForMatch(best!.text)).toContain(normalizeForMatch(pair.a.text));
      }
    }
    // Both paths agree on every sentence the warm path calls the same claim.
    const bestSame = (lists: typeof warm) => lists.map((list) => (list[0]?.label === 'same' ? list[0].passageId : undefined));
    expect(bestSame(cold)).toEqual(bestSame(warm));
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
  it('keeps the stored statistics equal to a recount through saves, replacements and deletions', async () => {
    const db = freshDb();
    const random = seededRandom(11);
    const docs = Object.keys(seeds);
    const stored = new Set<string>();
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
      const stats = await readIndexStats(db, testIndexer.version);
      expect({ documents: stats.documents, df: stats.df }).toEqual(await recount(db));
    }
  });

  it('finds passages by key through the multiEntry index', async () => {
    const db = freshDb();
    await store(db, seeds['gt-laugh-last']!);
    const all = await db.passages.toArray();
    for (const key of ['@country:cn', '@outlet:ft', all[3]!.keys[0]!]) {
      const rows = await db.passages.where('keys').equals(key).toArray();
      expect(rows.length, key).toBeGreaterThan(0);
      expect(rows.map((row) => row.id).sort()).toEqual(all.filter((row) => row.keys.includes(key)).map((row) => row.id).sort());
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
    expect(background.ready).toBe(true);
  });
});
