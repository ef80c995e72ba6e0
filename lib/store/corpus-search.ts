/**
 * Finding tracked articles for the reader's corpus list: by outlet, language, publication date
 * and text (title or body, in any Chinese script), newest first.
 */
import type { Article, Lang, OutletId } from '../schema';
import { normalizeKey } from '../text/normalize';
import { toSimplified } from '../text/script';
import type { ClaimTrailDb } from './db';

export interface CorpusFilter {
  outletId?: OutletId;
  lang?: Lang;
  /** Calendar days `YYYY-MM-DD`, inclusive, compared with the publication date (else the date tracked). */
  from?: string;
  to?: string;
  /** Words to find in the title or text; case, width and Chinese script do not matter. */
  text?: string;
}

/** What the list shows of an article: everything but its text. */
export type ArticleSummary = Omit<Article, 'text' | 'sourceLines'>;

export interface CorpusPage {
  articles: ArticleSummary[];
  /** How many articles match the filter in all. */
  total: number;
}

/**
 * One page (`offset`, `limit`) of the articles matching `filter`, most recently published first.
 * Reads the corpus once; a filter on outlet reads only that outlet's articles.
 */
export async function searchArticles(db: ClaimTrailDb, filter: CorpusFilter, offset = 0, limit = 50): Promise<CorpusPage> {
  const words = filter.text ? toSimplified(normalizeKey(filter.text)).split(' ').filter(Boolean) : [];
  const source = filter.outletId ? db.articles.where('outletId').equals(filter.outletId) : db.articles.toCollection();
  const found: ArticleSummary[] = [];
  await source.each((article) => {
    if (filter.lang && article.lang !== filter.lang) return;
    const day = (article.publishedAt ?? article.addedAt).slice(0, 10);
    if ((filter.from && day < filter.from) || (filter.to && day > filter.to)) return;
    if (words.length && !containsAll(article, words)) return;
    const { text: _text, sourceLines: _lines, ...summary } = article;
    found.push(summary);
  });
  found.sort((a, b) => dateOf(b).localeCompare(dateOf(a)) || a.id.localeCompare(b.id));
  return { articles: found.slice(offset, offset + limit), total: found.length };
}

/**
 * Whether the article holds every word. Only traditional-script articles are converted, and only
 * when the plain text misses: opencc takes about 0.45 ms a kilobyte, too slow for the whole corpus.
 */
function containsAll(article: Article, words: readonly string[]): boolean {
  const plain = normalizeKey(`${article.title}\n${article.text}`);
  if (words.every((word) => plain.includes(word))) return true;
  if (article.lang !== 'zh-Hant' || !words.some((word) => HAN.test(word))) return false;
  const simplified = toSimplified(plain);
  return words.every((word) => simplified.includes(word));
}

const HAN = /\p{Script=Han}/u;

const dateOf = (article: ArticleSummary): string => article.publishedAt ?? article.addedAt;

