/**
 * Tracked articles as CouchDB documents, and back (the shared corpus, see corpus-share.ts).
 *
 * - Ids: `_id` is `article:<article id>`, beside the annotations' `annotation:<uuid>`; each engine
 *   reads only its own prefix, so neither ever mistakes the other's documents for its own.
 * - Body: what a corpus bundle carries (bundleArticleSchema: no ids, no origin, passages without
 *   match features or keys, which every device computes again with its own indexer) plus
 *   `addedAt`, which decides between two snapshots of one article.
 */
import { articleIdFor } from '../../ids';
import { bundleArticleSchema, type BundleArticle, type CouchDoc } from '../../schema';
import type { ArticleRecords } from '../../store/article-records';
import { describeZodError } from '../../zod-errors';

const PREFIX = 'article:';

/** The CouchDB `_id` of article `articleId`. */
export const articleDocId = (articleId: string): string => `${PREFIX}${articleId}`;

/** The article id in a CouchDB `_id`, or `undefined` for a document that is not an article. */
export const articleIdOfDoc = (docId: string): string | undefined => (docId.startsWith(PREFIX) ? docId.slice(PREFIX.length) : undefined);

/** An article as it travels, with the `addedAt` a shared copy always carries. */
export type SharedArticle = BundleArticle & { addedAt: string };

/** An article document as pushed: `_rev` is the revision it replaces (none for a new document). */
export type ArticleDoc = SharedArticle & { _id: string; _rev?: string };

/**
 * The document body (without `_rev`) for stored records, or the problems as text when they do not
 * make a valid bundle article (the store validates every write, so that means a damaged record).
 * Parsing with the bundle schema is what drops the local-only fields.
 */
export function articleToDoc(records: ArticleRecords): { ok: true; doc: ArticleDoc } | { ok: false; message: string } {
  const passages = [...records.passages].sort((a, b) => a.ordinal - b.ordinal);
  const parsed = bundleArticleSchema.safeParse({ ...records.article, passages });
  if (!parsed.success) return { ok: false, message: `${articleDocId(records.article.id)}: ${oneLine(describeZodError(parsed.error))}` };
  return { ok: true, doc: { _id: articleDocId(records.article.id), ...parsed.data, addedAt: records.article.addedAt } };
}

/** What a fetched article document is to the client. */
export type ArticleDocReading = { kind: 'article'; articleId: string; article: SharedArticle } | { kind: 'invalid'; message: string };

/**
 * The article a fetched document holds, or why it is unusable (described with its field paths): it
 * must be a valid bundle article with an `addedAt`, filed under the id of its own canonical URL.
 */
export function docToArticle(doc: CouchDoc): ArticleDocReading {
  const { _id, _rev, _revisions: _ancestry, _deleted: _gone, ...body } = doc;
  const where = `${_id} ${_rev}`;
  const parsed = bundleArticleSchema.safeParse(body);
  if (!parsed.success) return { kind: 'invalid', message: `${where}: ${oneLine(describeZodError(parsed.error))}` };
  const { addedAt } = parsed.data;
  if (addedAt === undefined) return { kind: 'invalid', message: `${where}: addedAt: required on a shared article` };
  const articleId = articleIdFor(parsed.data.canonicalUrl);
  // Filed under another id, it would be stored under this one and pushed back as a second copy.
  if (articleIdOfDoc(_id) !== articleId) return { kind: 'invalid', message: `${where}: canonicalUrl: belongs to ${articleDocId(articleId)}` };
  return { kind: 'article', articleId, article: { ...parsed.data, addedAt } };
}

/**
 * Whether snapshot time `a` is strictly later than `b` (ISO date-times, compared as instants since
 * offsets may differ). Equal times mean the same snapshot, copied: neither replaces the other.
 */
export function isNewer(a: string, b: string): boolean {
  return Date.parse(a) > Date.parse(b);
}

const oneLine = (text: string): string => text.replaceAll('\n', '; ');
