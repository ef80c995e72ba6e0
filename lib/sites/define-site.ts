import type { OutletId } from '../schema';
import { isOnDomain } from '../url';
import type { PageExtract, SiteAdapter, SiteId } from './site-adapter';

/** What a site declares; `defineSite` turns it into a `SiteAdapter`. */
export interface SiteRules {
  id: SiteId;
  outletId: OutletId;
  domains: readonly string[];
  /** Article URL shapes, tested against `host + pathname` (lower-case host, no query or hash). */
  articleUrls: readonly RegExp[];
  /** The article DOM signature; only called once the URL already looks like an article. */
  hasArticleMarkup(doc: Document): boolean;
  /** Where the headline is, in priority order (sites.md "Title" rows). */
  titleSelectors: readonly string[];
  /** Reads the body and metadata of a page already known to be an article. */
  extract(doc: Document, url: URL): PageExtract;
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
    matches,
    isArticleUrl,
    isArticle: (url, doc) => isArticleUrl(url) && rules.hasArticleMarkup(doc),
    title: (doc) => headline(doc, rules.titleSelectors),
    extract: rules.extract,
  };
}

function headline(doc: Document, selectors: readonly string[]): string {
  for (const selector of selectors) {
    const element = doc.querySelector(selector);
    const text = element ? textWithBreaks(element) : '';
    if (text) return text;
  }
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
  return og || doc.title.trim();
}

/**
 * Text of an element with `<br>` kept as a separator: FT Chinese bilingual headlines are
 * `English<br>中文`, which plain textContent would run together; the site's own <title> joins
 * them with " | ", and so do we. A textarea's text is its value (Huanqiu's data block).
 */
function textWithBreaks(element: Element): string {
  const parts: string[] = [];
  let current = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeName === 'BR') {
        parts.push(current);
        current = '';
      } else if (child.nodeType === 3) current += child.textContent ?? '';
      else walk(child);
    }
  };
  walk(element);
  parts.push(current);
  return parts
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' | ');
}
