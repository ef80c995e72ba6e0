import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/fake-db';
import { testIndexer } from '../../tests/indexer';
import { SEED_URLS, seedText } from '../../tests/seeds';
import { extractText } from '../extract-text';
import type { PageText } from '../schema';
import { toArticleRecords } from '../store/article-records';
import { saveArticle } from '../store/corpus-repository';
import { CorpusIndex } from './corpus-index';
import { loadGlossTable } from './load-gloss';
import { matchPageText } from './page-matches';

const context = { gloss: loadGlossTable() };
const GT = 'https://www.globaltimes.cn/page/202601/1346190.shtml';
const NETEASE = 'https://www.163.com/dy/article/KK8V0G2J0556A7QL.html';

/** The NetEase repost as its content script sends it: the article text, its paragraphs as blocks. */
function repostPage() {
  const extracted = extractText(seedText('netease-repost'), NETEASE);
  if (!extracted.ok) throw new Error(extracted.error.message);
  const repost = extracted.value.article;
  const blocks: PageText['blocks'] = [];
  for (let start = 0; start < repost.text.length; ) {
    const next = repost.text.indexOf('\n\n', start);
    const end = next === -1 ? repost.text.length : next;
    blocks.push({ start, end });
    start = end + 2;
  }
  const page: PageText = { url: NETEASE, canonicalUrl: NETEASE, outletId: 'netease', title: '英媒', sourceLines: [], text: repost.text, blocks };
  return { page, repost };
}

describe('matchPageText', () => {
  it('cuts the page text into passages with spans into it and matches them, attributions kept', async () => {
    const db = freshDb();
    const gt = extractText(seedText('gt-laugh-last'), GT);
    if (!gt.ok) throw new Error(gt.error.message);
    await saveArticle(db, toArticleRecords(gt.value.article, 'tracked', '2026-02-01T00:00:00.000Z', testIndexer), testIndexer.version);

    const { page, repost } = repostPage();
    const { text } = page;
    const answer = await matchPageText(page, new CorpusIndex(db), context);

    expect(answer.lang).toBe('zh-Hant');
    expect(answer.passages.length).toBe(repost.passages.length);
    for (const passage of answer.passages) expect(passage.end).toBeLessThanOrEqual(text.length);
    const matched = answer.passages.filter((p) => p.matches[0]?.label === 'same');
    expect(matched.length).toBeGreaterThanOrEqual(21);
    expect(matched.every((p) => p.matches[0]!.url === GT)).toBe(true);
    expect(answer.passages.filter((p) => p.attribution?.outletId === 'ft').length).toBeGreaterThanOrEqual(12);
    // Loosely related sentences are not shown beside one that states the claim.
    for (const passage of answer.passages) {
      const best = passage.matches[0]?.score ?? 0;
      expect(passage.matches.every((m) => m.label === 'same' || m.score >= 0.75 * best)).toBe(true);
    }
  });
});

describe('the attribution check', () => {
  it('finds what the NetEase repost attributes to the FT partly or not at all in the tracked FT column, and says when no FT article is tracked', async () => {
    const { page } = repostPage();

    const empty = await matchPageText(page, new CorpusIndex(freshDb()), context);
    const attributed = empty.passages.filter((p) => p.attribution?.outletId === 'ft');
    expect(attributed.length).toBeGreaterThanOrEqual(12);
    expect(attributed.every((p) => p.attributionCheck?.verdict === 'noArticles')).toBe(true);

    // The FT column as FT Chinese runs it: FT Chinese counts as the FT.
    const db = freshDb();
    const column = extractText(seedText('ftchinese-wrong-race'), SEED_URLS['ftchinese-wrong-race']!);
    if (!column.ok) throw new Error(column.error.message);
    await saveArticle(db, toArticleRecords(column.value.article, 'tracked', '2026-02-01T00:00:00.000Z', testIndexer), testIndexer.version);
    const answer = await matchPageText(page, new CorpusIndex(db), context);
    const checks = answer.passages.flatMap((p) => (p.attributionCheck ? [{ text: p.text, check: p.attributionCheck }] : []));
    const openModels = checks.find(({ text: sentence }) => sentence.includes('開源模型'));
    expect(openModels?.check).toMatchObject({ verdict: 'partly', outletId: 'ft', match: { outletId: 'ftchinese' } });
    const power = checks.find(({ text: sentence }) => sentence.includes('發電能力') || sentence.includes('電能力'));
    expect(power?.check).toEqual({ verdict: 'notFound', outletId: 'ft', articles: 1 });
    // The page's script gets the display names of the outlets its matches come from.
    expect(answer.outletNames).toEqual({ ftchinese: { en: 'FT Chinese', zh: 'FT中文网' } });
  });
});
