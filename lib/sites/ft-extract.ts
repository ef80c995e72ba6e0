/** Reading an FT article page (sites.md §1): body blocks, barrier detection, metadata. */
import { collectBlocks, matchesAny } from './blocks';
import { firstText, jsonLdOfType, metaContent, toIso } from './metadata';
import type { PageExtract } from './site-adapter';

const BODY = ['article#article-body', '#article-body', 'article.js-article__content-body', '.n-content-body', 'div.article__content-body'];

// Pull quotes repeat a body sentence (it would count twice); the rest is promotion and page furniture.
const NOISE = [
  'aside', '.n-content-pullquote', '.n-content-recommended', '[data-component="recommended"]',
  '.article__content-sign-up', '.o-ads', '[data-o-component="o-ads"]', 'pg-slot', '.in-article-advert',
  '.js-article-ribbon', '.o-share', '.share-nav', '.n-myft-ui', '.flourish-disclaimer', 'figure',
].join(',');

const BARRIER = '#barrier-page, [data-component="barrier"], .n-ui-barrier, [data-component="unlockBanner"], a#charge-button';

/** The FT content UUID of a URL, lower-cased, or `undefined`. */
export function ftContentId(url: URL): string | undefined {
  return /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i.exec(url.pathname)?.[1]?.toLowerCase();
}

export function extractFt(doc: Document, url: URL): PageExtract {
  const id = ftContentId(url);
  const canonicalUrl = id ? `https://www.ft.com/content/${id}` : `${url.origin}${url.pathname}`;
  const jsonLd = jsonLdOfType(doc, ['NewsArticle', 'LiveBlogPosting', 'Article']);
  const body = BODY.map((selector) => doc.querySelector(selector)).find((element) => element !== null);
  const barrier = doc.querySelector(BARRIER) !== null || doc.title.trim() === 'Subscribe to read';
  const meta = {
    canonicalUrl,
    byline: ftByline(doc, jsonLd),
    publishedAt: toIso(doc.querySelector('time.article-info__timestamp[datetime], time[data-o-component="o-date"][datetime]')?.getAttribute('datetime') ?? (jsonLd?.['datePublished'] as string | undefined) ?? metaContent(doc, 'meta[property="article:published_time"]')),
    sourceLines: [],
    langHint: 'en' as const,
  };
  if (!body) return { ...meta, status: barrier ? 'paywalled' : 'ok', blocks: [] };
  // The standfirst is the column's claim in one line, so it is read with the body.
  const standfirst = doc.querySelector('.o-topper__standfirst');
  const lead = standfirst ? collectBlocks(standfirst, () => false) : [];
  return { ...meta, status: 'ok', blocks: [...lead, ...collectBlocks(body, (element) => matchesAny(element, NOISE))] };
}

function ftByline(doc: Document, jsonLd: Record<string, unknown> | undefined): string | undefined {
  const names = [...doc.querySelectorAll('a.o3-editorial-typography-byline-author, a[data-trackable="author"], a.n-content-tag--author')]
    .map((a) => a.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .filter(Boolean);
  if (names.length > 0) return [...new Set(names)].join(', ');
  const authors = [jsonLd?.['author']].flat().map((a) => (a as { name?: unknown } | undefined)?.name).filter((n): n is string => typeof n === 'string');
  if (authors.length > 0) return authors.join(', ');
  // "Name in City": the place is not part of the name (Zotero's FT translator strips it too).
  return firstText(doc, ['.article-info__byline'])?.replace(/\s+in\s+[A-Z].*$/, '') ?? metaContent(doc, 'meta[property="article:author"]');
}
