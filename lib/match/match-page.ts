/**
 * A page's passages against a tracked corpus: what the background answers for `matchPassages`,
 * and `cli match` prints. Each page passage gets its labelled matches, best first, with the
 * corpus article they belong to and the reasons.
 */
import type { BundleArticle, BundlePassage } from '../schema';
import { matchEntry, type FeatureContext } from './features';
import { MemoryIndex } from './memory-index';
import { matchReasons, type MatchScore } from './score';

/** A match in a corpus read from bundles and page files (`cli match`), not from the store. */
export interface BundleMatch extends MatchScore {
  url: string;
  outletId: string;
  publishedAt?: string;
  text: string;
}

export interface MatchedPassage {
  ordinal: number;
  text: string;
  lang: BundlePassage['lang'];
  matches: BundleMatch[];
}

/** The corpus articles' passages in one index, keyed `<article index>:<ordinal>`. */
export function indexArticles(articles: readonly BundleArticle[], context: FeatureContext): MemoryIndex {
  const index = new MemoryIndex();
  articles.forEach((article, i) => {
    for (const passage of article.passages) index.add({ id: `${i}:${passage.ordinal}`, ...matchEntry(passage.text, passage.lang, context) });
  });
  return index;
}

/**
 * Matches every passage of `page` against the indexed `articles`, keeping labelled matches only
 * (at most `top` per passage). The page's own article, if tracked, is never its own match.
 */
export function matchPage(page: BundleArticle, articles: readonly BundleArticle[], index: MemoryIndex, context: FeatureContext, top = 5): MatchedPassage[] {
  return page.passages.map((passage) => {
    const { features, keys } = matchEntry(passage.text, passage.lang, context);
    const matches = index
      .search({ features, keys })
      .filter(({ label }) => label !== 'none')
      .map(({ id, slot, group, score, label }) => {
        const [articleIndex, ordinal] = [Number(group), Number(id.slice(group.length + 1))];
        const article = articles[articleIndex]!;
        const text = article.passages.find((p) => p.ordinal === ordinal)?.text ?? '';
        return { slot, score, label, article, text };
      })
      .filter(({ article }) => article.canonicalUrl !== page.canonicalUrl)
      .slice(0, top)
      .map(({ slot, score, label, article, text }) => ({
        score,
        label,
        reasons: matchReasons(features, index.features(slot)),
        url: article.url,
        outletId: article.outletId,
        ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
        text,
      }));
    return { ordinal: passage.ordinal, text: passage.text, lang: passage.lang, matches };
  });
}
