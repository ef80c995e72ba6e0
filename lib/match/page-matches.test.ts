import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/fake-db';
import { testIndexer } from '../../tests/indexer';
import { seedText } from '../../tests/seeds';
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

describe('matchPageText', () => {
  it('cuts the page text into passages with spans into it and matches them, attributions kept', async () => {
    const db = freshDb();
    const gt = extractText(seedText('gt-laugh-last'), GT);
    if (!gt.ok) throw new Error(gt.error.message);
    await saveArticle(db, toArticleRecords(gt.value.article, 'tracked', '2026-02-01T00:00:00.000Z', testIndexer), testIndexer.version);

    const repost = extractText(seedText('netease-repost'), NETEASE);
    if (!repost.ok) throw new Error(repost.error.message);
    const { text } = repost.value.article;
    // The page's blocks, as the content script sends them: its paragraphs.
    const blocks: PageText['blocks'] = [];
    for (let start = 0; start < text.length; ) {
      const end = text.indexOf('\n\n', start) === -1 ? text.length : text.indexOf('\n\n', start);
      blocks.push({ start, end });
      start = end + 2;
    }
    const page: PageText = { url: NETEASE, canonicalUrl: NETEASE, outletId: 'netease', title: '英媒', sourceLines: [], text, blocks };
    const answer = await matchPageText(page, new CorpusIndex(db), context);

    expect(answer.lang).toBe('zh-Hant');
    expect(answer.passages.length).toBe(repost.value.article.passages.length);
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
