import { articleIdFor, passageIdFor } from '../ids';
import type { Article, BundleArticle, Lang, Passage, PassageFeatures } from '../schema';

/** An article and its passages as stored, ids derived from the canonical URL. */
export interface ArticleRecords {
  article: Article;
  passages: Passage[];
}

/**
 * Computes what the matcher stores with a passage (lib/match's `indexFields` bound to the gloss
 * table): the store is handed one, so it never loads the dictionary itself. `version` is the
 * feature code's (`FEATURES_VERSION`); the index statistics record it.
 */
export interface PassageIndexer {
  version: number;
  fields(text: string, lang: Lang): { features: PassageFeatures; bands: string[] };
}

/**
 * Turns an article as it travels (in a bundle, or from the extractor) into stored records, its
 * passages indexed by `indexer`. `now` is an ISO date-time used when the input has no `addedAt`.
 */
export function toArticleRecords(input: BundleArticle, origin: Article['origin'], now: string, indexer: PassageIndexer): ArticleRecords {
  const { passages, addedAt, ...fields } = input;
  const id = articleIdFor(input.canonicalUrl);
  return {
    article: { ...fields, id, origin, addedAt: addedAt ?? now },
    passages: passages.map((passage) => ({ ...passage, ...indexer.fields(passage.text, passage.lang), id: passageIdFor(id, passage.ordinal), articleId: id })),
  };
}
