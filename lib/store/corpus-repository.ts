/**
 * The tracked corpus: articles with their passages, always written and deleted together in one
 * Dexie transaction so a reader never sees an article without its passages or the reverse.
 */
import { ok, fail, type Result } from '../result';
import { articleSchema, passageSchema, type Article, type CorpusStats, type OutletId } from '../schema';
import { describeZodError } from '../zod-errors';
import type { ArticleRecords } from './article-records';
import type { ClaimTrailDb } from './db';
import { recordIndexChange } from './index-stats';
import { guardStorage } from './storage-errors';

/**
 * Stores an article and its passages, replacing any earlier copy (same canonical URL) whole, and
 * logs it for the match index (features of `indexVersion`). Validates everything first; an
 * invalid record or a storage failure writes nothing.
 */
export async function saveArticle(db: ClaimTrailDb, records: ArticleRecords, indexVersion: number): Promise<Result<{ replaced: boolean }>> {
  const invalid = validateRecords(records);
  if (invalid) return fail('invalidBundle', invalid);
  return guardStorage(() =>
    db.transaction('rw', [db.articles, db.passages, db.indexStats, db.corpusChanges], async () => {
      const replaced = (await db.articles.get(records.article.id)) !== undefined;
      await db.passages.where('articleId').equals(records.article.id).delete();
      await db.articles.put(records.article);
      await db.passages.bulkPut(records.passages);
      await recordIndexChange(db, [records.article.id], indexVersion);
      return ok({ replaced });
    }),
  );
}

/** Checks records against the schema; returns the problems as text, or `undefined` when valid. */
export function validateRecords(records: ArticleRecords): string | undefined {
  const article = articleSchema.safeParse(records.article);
  if (!article.success) return describeZodError(article.error);
  for (const [index, passage] of records.passages.entries()) {
    const parsed = passageSchema.safeParse(passage);
    if (!parsed.success) return `passages[${index}]: ${describeZodError(parsed.error)}`;
    if (passage.articleId !== records.article.id) return `passages[${index}].articleId: belongs to another article`;
  }
  return undefined;
}

/** An article with its passages in reading order, or `undefined` when it is not tracked. */
export async function getArticle(db: ClaimTrailDb, id: string): Promise<ArticleRecords | undefined> {
  return db.transaction('r', db.articles, db.passages, async () => {
    const article = await db.articles.get(id);
    if (!article) return undefined;
    const passages = await db.passages.where('articleId').equals(id).sortBy('ordinal');
    return { article, passages };
  });
}

/** The tracked article with this canonical URL, if any. */
export async function findByCanonicalUrl(db: ClaimTrailDb, canonicalUrl: string): Promise<Article | undefined> {
  return db.articles.where('canonicalUrl').equals(canonicalUrl).first();
}

export interface ListQuery {
  outletId?: OutletId;
  /** Page size; defaults to 50. */
  limit?: number;
  offset?: number;
}

/** Tracked articles, most recently added first. */
export async function listArticles(db: ClaimTrailDb, query: ListQuery = {}): Promise<Article[]> {
  const { outletId, limit = 50, offset = 0 } = query;
  const ordered = db.articles.orderBy('addedAt').reverse();
  const filtered = outletId ? ordered.filter((article) => article.outletId === outletId) : ordered;
  return filtered.offset(offset).limit(limit).toArray();
}

/** Deletes an article and its passages together. */
export async function deleteArticle(db: ClaimTrailDb, id: string, indexVersion: number): Promise<Result<{ deleted: boolean }>> {
  return guardStorage(() =>
    db.transaction('rw', [db.articles, db.passages, db.indexStats, db.corpusChanges], async () => {
      const existed = (await db.articles.get(id)) !== undefined;
      await db.passages.where('articleId').equals(id).delete();
      await db.articles.delete(id);
      if (existed) await recordIndexChange(db, [id], indexVersion);
      return ok({ deleted: existed });
    }),
  );
}

/** How much the corpus holds. */
export async function corpusStats(db: ClaimTrailDb): Promise<CorpusStats> {
  return db.transaction('r', db.articles, db.passages, db.annotations, async () => ({
    articles: await db.articles.count(),
    passages: await db.passages.count(),
    annotations: await db.annotations.filter((annotation) => !annotation.deleted).count(),
  }));
}
