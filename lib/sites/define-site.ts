import type { OutletId } from '../schema';
import { isOnDomain } from '../url';
import type { SiteAdapter, SiteId } from './site-adapter';

/** What a site declares; `defineSite` turns it into a `SiteAdapter`. */
export interface SiteRules {
  id: SiteId;
  outletId: OutletId;
  domains: readonly string[];
  sampleUrls: readonly string[];
  /** Article URL shapes, tested against `host + pathname` (lower-case host, no query or hash). */
  articleUrls: readonly RegExp[];
  /** The article DOM signature; only called once the URL already looks like an article. */
  hasArticleMarkup(doc: Document): boolean;
}

/** Builds a `SiteAdapter` from declarative rules, so every site recognises pages the same way. */
export function defineSite(rules: SiteRules): SiteAdapter {
  const matches = (url: URL): boolean =>
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    rules.domains.some((domain) => isOnDomain(url.hostname, domain));
  const isArticleUrl = (url: URL): boolean => {
    if (!matches(url)) return false;
    const hostAndPath = `${url.hostname.toLowerCase()}${url.pathname}`;
    return rules.articleUrls.some((pattern) => pattern.test(hostAndPath));
  };
  return {
    id: rules.id,
    outletId: rules.outletId,
    domains: rules.domains,
    sampleUrls: rules.sampleUrls,
    matches,
    isArticleUrl,
    isArticle: (url, doc) => isArticleUrl(url) && rules.hasArticleMarkup(doc),
  };
}
