// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { freshDb } from '../tests/fake-db';
import { testIndexer } from '../tests/indexer';
import { seedPages, SEED_URLS, seedText } from '../tests/seeds';
import { extractText } from './extract-text';
import { passageRanges } from './highlight-ranges';
import { CorpusIndex } from './match/corpus-index';
import { loadGlossTable } from './match/load-gloss';
import { matchPageText } from './match/page-matches';
import { pageTextOf } from './page-text';
import { pickSite } from './sites';
import { TextMap } from './sites/text-map';
import { toArticleRecords } from './store/article-records';
import { saveArticle } from './store/corpus-repository';

const context = { gloss: loadGlossTable() };
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
// The emulator's live document: its ranges only work there.
const { document: live } = globalThis;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('passageRanges', () => {
  it('turns the matches of the NetEase repost into page ranges that hold exactly the matched sentences', async () => {
    const db = freshDb();
    const gt = extractText(seedText('gt-laugh-last'), SEED_URLS['gt-laugh-last']!);
    if (!gt.ok) throw new Error(gt.error.message);
    await saveArticle(db, toArticleRecords(gt.value.article, 'tracked', '2026-02-01T00:00:00.000Z', testIndexer), testIndexer.version);

    const seed = seedPages().find((page) => page.doc === 'netease-repost')!;
    live.body.replaceChildren(...parse(seed.html).body.childNodes);
    const url = new URL(seed.url);
    const site = pickSite(url)!;
    const { page, textMap } = pageTextOf(site.extract(live, url), { url: seed.url, outletId: site.outletId, title: site.title(live) });
    const answer = await matchPageText(page, new CorpusIndex(db), context);

    const ranges = passageRanges(answer, textMap, live);
    const matched = answer.passages.filter((p) => p.matches.length > 0);
    expect(ranges.length).toBe(matched.length);
    expect(ranges.filter((r) => r.kind === 'same').length).toBeGreaterThanOrEqual(21);
    for (const { ordinal, range } of ranges) {
      const passage = answer.passages.find((p) => p.ordinal === ordinal)!;
      expect(squash(range.toString())).toBe(squash(page.text.slice(passage.start, passage.end)));
    }
  });

  it('skips passages whose text nodes left the page since it was read', () => {
    live.body.replaceChildren(...parse('<article><p>One claim here.</p></article>').body.childNodes);
    const url = new URL(SEED_URLS['gt-laugh-last']!);
    const block = live.querySelector('p')!.firstChild as Text;
    const { page, textMap } = pageTextOf(
      { status: 'ok', canonicalUrl: url.href, sourceLines: [], blocks: [{ text: block.data, kind: 'paragraph', map: mapOf(block) }] },
      { url: url.href, outletId: 'globaltimes', title: 't' },
    );
    const answer = { canonicalUrl: url.href, lang: 'en' as const, source: 'snapshot' as const, tookMs: 1, passages: [{ ordinal: 0, text: page.text, start: 0, end: page.text.length, lang: 'en' as const, isClaim: true, matches: [sameMatch] }] };
    expect(passageRanges(answer, textMap, live)).toHaveLength(1);
    block.remove();
    expect(passageRanges(answer, textMap, live)).toHaveLength(0);
  });
});

function mapOf(node: Text): TextMap {
  const map = new TextMap();
  map.add(0, node, 0, node.data.length);
  return map;
}

const sameMatch = {
  passageId: 'a_0123456789abcdef:0',
  articleId: 'a_0123456789abcdef',
  url: 'https://www.ft.com/content/00000000-0000-4000-8000-000000000001',
  outletId: 'ft',
  title: 'A headline',
  lang: 'en' as const,
  text: 'One claim here.',
  label: 'same' as const,
  score: 0.9,
  reasons: { terms: ['claim'], numbers: [], entities: [] },
};
