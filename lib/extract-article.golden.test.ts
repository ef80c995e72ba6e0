// @vitest-environment happy-dom
/**
 * Golden tests: the five real seed articles, rendered into their sites' page skeletons at test
 * time, extracted as the content script would, and checked against ../shared/eval/seeds-gold.json.
 */
import { describe, expect, it } from 'vitest';
import { gold, seedPages, seedText } from '../tests/seeds';
import { extractArticle, type ExtractedArticle } from './extract-article';
import { extractText } from './extract-text';
import { normalizeForMatch } from './text/normalize';

const g = gold();
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function extracted(): Map<string, ExtractedArticle> {
  const result = new Map<string, ExtractedArticle>();
  for (const page of seedPages()) {
    const article = extractArticle(parse(page.html), page.url);
    if (!article.ok) throw new Error(`${page.doc}: ${article.error.message}`);
    result.set(page.doc, article.value);
  }
  return result;
}

function fromText(): Map<string, ExtractedArticle> {
  const result = new Map<string, ExtractedArticle>();
  for (const page of seedPages()) {
    const article = extractText(seedText(page.doc), page.url);
    if (!article.ok) throw new Error(`${page.doc}: ${article.error.message}`);
    result.set(page.doc, article.value);
  }
  return result;
}

const goldSentences = () => {
  const all = [...g.pairs.flatMap((pair) => [pair.a, pair.b]), ...g.attributedClaims];
  const seen = new Set<string>();
  return all.filter((s) => !seen.has(`${s.doc}\n${s.text}`) && seen.add(`${s.doc}\n${s.text}`));
};

/** The passage that holds the gold sentence (equal to it, or containing it), compared normalised. */
function passageFor(article: ExtractedArticle, sentence: string) {
  const key = normalizeForMatch(sentence);
  return article.article.passages.find((p) => normalizeForMatch(p.text).includes(key));
}

describe.each([
  ['rendered pages', extracted],
  ['copied page text', fromText],
])('seeds as %s', (_label, load) => {
  const articles = load();

  it('finds every sentence of every gold pair as a passage, in the right language', () => {
    const missing = goldSentences().filter((s) => {
      const passage = passageFor(articles.get(s.doc)!, s.text);
      return !passage || passage.lang !== g.documents[s.doc]!.lang;
    });
    expect(missing.map((s) => `${s.doc}: ${s.text.slice(0, 80)}`)).toEqual([]);
  });

  it('keeps every boilerplate line of the gold file out of the passages', () => {
    for (const [doc, lines] of Object.entries(g.boilerplate)) {
      const passages = articles.get(doc)!.article.passages.map((p) => normalizeForMatch(p.text));
      for (const line of lines) {
        const key = normalizeForMatch(line);
        if (key) expect(passages.filter((p) => p.includes(key) || (p.length > 0 && key.includes(p))), `${doc}: ${line}`).toEqual([]);
      }
    }
  });

  it('attributes the 12 Global Times sentences and their NetEase counterparts to the FT, and nothing else', () => {
    const attributed = new Set(g.attributedClaims.map((c) => `${c.doc}\n${c.text}`));
    for (const pair of g.pairs) {
      if (attributed.has(`${pair.a.doc}\n${pair.a.text}`) && pair.b.doc === 'netease-repost') attributed.add(`${pair.b.doc}\n${pair.b.text}`);
    }
    expect(g.attributedClaims.filter((c) => c.doc === 'gt-laugh-last')).toHaveLength(12);
    for (const doc of ['gt-laugh-last', 'netease-repost']) {
      const expected = [...attributed].filter((key) => key.startsWith(`${doc}\n`)).map((key) => normalizeForMatch(key.split('\n')[1]!));
      const article = articles.get(doc)!;
      for (const passage of article.article.passages) {
        const key = normalizeForMatch(passage.text);
        const shouldBe = expected.some((e) => key.includes(e) || e.includes(key));
        expect(passage.attribution?.outletId, `${doc}: ${passage.text.slice(0, 80)}`).toBe(shouldBe ? 'ft' : undefined);
      }
      expect(article.article.passages.filter((p) => p.attribution).length).toBe(expected.length);
    }
  });

  it('keeps the source lines of the repost as metadata', () => {
    expect(articles.get('gt-laugh-last')!.article.sourceLines).toEqual(expect.arrayContaining(['Source: Global Times', 'Original: toutiao.com/article/7597223126115697158/', 'Statement: This article represents the views of the author.']));
  });
});
