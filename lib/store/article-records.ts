import { articleIdFor, passageIdFor } from '../ids';
import type { Article, BundleArticle, Passage } from '../schema';

/** An article and its passages as stored, ids derived from the canonical URL. */
export interface ArticleRecords {
  article: Article;
  passages: Passage[];
}

/**
 * Turns an article as it travels (in a bundle, or from the extractor) into stored records.
 * `now` is an ISO date-time used when the input has no `addedAt`.
 */
export function toArticleRecords(input: BundleArticle, origin: Article['origin'], now: string): ArticleRecords {
  const { passages, addedAt, ...fields } = input;
  const id = articleIdFor(input.canonicalUrl);
  return {
    article: { ...fields, id, origin, addedAt: addedAt ?? now },
    passages: passages.map((passage) => ({ ...passage, id: passageIdFor(id, passage.ordinal), articleId: id })),
  };
}
