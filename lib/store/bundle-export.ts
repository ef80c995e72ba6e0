import { CORPUS_BUNDLE_VERSION, type BundleArticle, type CorpusBundle, type Passage } from '../schema';
import type { ClaimTrailDb } from './db';

/**
 * The whole corpus as a bundle that `parseBundle` + `importBundle` read back unchanged (ids are
 * derived again from canonical URLs, and match features rebuilt by the importer, so they are left
 * out). Read in one transaction, so an export
 * taken during an import is never a mix of before and after.
 */
export async function exportBundle(db: ClaimTrailDb, now: string): Promise<CorpusBundle> {
  return db.transaction('r', db.articles, db.passages, db.annotations, async () => {
    const passagesByArticle = new Map<string, Passage[]>();
    await db.passages.each((passage) => {
      const list = passagesByArticle.get(passage.articleId) ?? [];
      list.push(passage);
      passagesByArticle.set(passage.articleId, list);
    });
    const articles: BundleArticle[] = [];
    await db.articles.orderBy('addedAt').each((article) => {
      const { id, origin: _origin, ...fields } = article;
      const passages = (passagesByArticle.get(id) ?? [])
        .sort((a, b) => a.ordinal - b.ordinal)
        .map(({ id: _id, articleId: _articleId, features: _features, bands: _bands, ...rest }) => rest);
      articles.push({ ...fields, passages });
    });
    const annotations = await db.annotations.toArray();
    return { format: 'claimtrail-corpus', version: CORPUS_BUNDLE_VERSION, exportedAt: now, articles, annotations };
  });
}
