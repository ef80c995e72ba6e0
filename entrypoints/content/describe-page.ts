import type { PageReport } from '../../lib/schema';
import type { SiteAdapter } from '../../lib/sites';

/** What the content script reports of its page: text only, never markup. */
export function describePage(site: SiteAdapter, url: URL, doc: Document): PageReport {
  const href = url.href;
  if (!site.isArticle(url, doc)) return { kind: 'notArticle', url: href, outletId: site.outletId };
  return { kind: 'article', url: href, outletId: site.outletId, title: site.title(doc).slice(0, 1000) };
}
