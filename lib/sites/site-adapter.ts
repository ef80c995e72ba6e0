import type { Lang, OutletId } from '../schema';
import type { Block } from './blocks';

/** The five sites ClaimTrail reads with site rules; other pages get no adapter and no work. */
export type SiteId = 'ft' | 'ftchinese' | 'globaltimes' | 'huanqiu' | 'netease';

/**
 * One site's rules, in the spirit of Hypothesis's annotator integrations: a cheap URL test first,
 * then a DOM signature, so pages that are not articles cost nothing beyond the URL check.
 */
export interface SiteAdapter {
  readonly id: SiteId;
  /** Outlet credited with the site's articles. */
  readonly outletId: OutletId;
  /** Domains (and their subdomains) the adapter serves. */
  readonly domains: readonly string[];
  /** Whether the URL is on one of the site's domains. */
  matches(url: URL): boolean;
  /** Whether the URL has the shape of an article URL of the site (no DOM needed). */
  isArticleUrl(url: URL): boolean;
  /** Whether the page is an article: article URL and the site's article DOM signature. */
  isArticle(url: URL, doc: Document): boolean;
  /** The article's headline as plain text (site markup first, then og:title, then <title>). */
  title(doc: Document): string;
  /** The article body as blocks, with its metadata; site rules only, no text-level clean-up yet. */
  extract(doc: Document, url: URL): PageExtract;
}

/** What a site's rules read from an article page. */
export interface PageExtract {
  /**
   * `paywalled`: the page shows a subscription barrier and no body (nothing is invented);
   * `partial`: only the free part of the body is on the page.
   */
  status: 'ok' | 'paywalled' | 'partial';
  canonicalUrl: string;
  byline?: string;
  /** ISO 8601 UTC. */
  publishedAt?: string;
  /** Where the text says it came from (source, original, translator, editor lines). */
  sourceLines: string[];
  blocks: Block[];
  /** The language the page declares by its URL or markup, when it reliably does. */
  langHint?: Lang;
}
