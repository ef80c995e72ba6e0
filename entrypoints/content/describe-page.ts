import type { PageReport } from '../../lib/schema';
import type { SiteAdapter } from '../../lib/sites';

/**
 * What the content script reports of its page. The title comes from og:title, else the document
 * title; it is text, never markup.
 */
export function describePage(site: SiteAdapter, url: URL, doc: Document): PageReport {
  const href = url.href;
  if (!site.isArticle(url, doc)) return { kind: 'notArticle', url: href, outletId: site.outletId };
  const ogTitle = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  const title = (ogTitle || doc.title).trim().slice(0, 1000);
  return { kind: 'article', url: href, outletId: site.outletId, title };
}
