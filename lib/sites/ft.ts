/**
 * Financial Times (www.ft.com).
 *
 * Sample URLs:
 * - https://www.ft.com/content/9a1c2f6e-3b0d-4c8e-9f31-2d6b7a5e4c10 (article, opinion, Lex, Big Read)
 * - https://www.ft.com/cms/s/0/9a1c2f6e-3b0d-4c8e-9f31-2d6b7a5e4c10.html (legacy, redirects)
 * Fixtures: fixtures/skeletons/ft.ts (subscriber view, barrier page).
 * Traps: a paywall barrier page has the same /content/ URL and head as the article (sites.md §1).
 */
import { defineSite } from './define-site';
import { siteDomains } from './hosts';
import { extractFt } from './ft-extract';

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export const ft = defineSite({
  id: 'ft',
  outletId: 'ft',
  domains: siteDomains.ft,
  articleUrls: [
    new RegExp(`^(www\\.)?ft\\.com/content/${uuid}/?$`, 'i'),
    new RegExp(`^(www\\.)?ft\\.com/(intl/)?cms/s/\\d/${uuid}(,[^.]*)?\\.html$`, 'i'),
  ],
  extract: extractFt,
  titleSelectors: ['h1.o-topper__headline span.headline__text', 'h1.o-topper__headline'],
  hasArticleMarkup: (doc) =>
    doc.querySelector('h1.o-topper__headline, article#site-content, #article-body, #barrier-page') !==
      null || hasNewsArticleJsonLd(doc),
});

function hasNewsArticleJsonLd(doc: Document): boolean {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    // A cheap textual test: parsing every JSON-LD block of a page is not worth it for recognition.
    if (/"@type"\s*:\s*"(NewsArticle|LiveBlogPosting)"/.test(script.textContent ?? '')) return true;
  }
  return false;
}
