/**
 * NetEase (网易, www.163.com, m.163.com, 3g.163.com, c.m.163.com).
 *
 * Sample URLs:
 * - https://www.163.com/dy/article/K3B5T0RM0534A4SC.html (NetEase Hao self-media post)
 * - https://www.163.com/news/article/K3B5T0RM000189FH.html (editorial channel)
 * - https://m.163.com/news/article/K3B5T0RM000189FH.html (mobile)
 * - https://c.m.163.com/news/a/K3B5T0RM000189FH.html (mobile, from WeChat)
 * Fixtures: fixtures/skeletons/netease.ts (desktop, mobile).
 * Traps: a 2025 m.163.com capture has <html lang="en"> on a Chinese article (sites.md §0).
 */
import { defineSite } from './define-site';
import { siteDomains } from './hosts';
import { extractNetease } from './netease-extract';

const docId = '[0-9A-Z]{16}';

export const netease = defineSite({
  id: 'netease',
  outletId: 'netease',
  domains: siteDomains.netease,
  articleUrls: [
    new RegExp(`^www\\.163\\.com/[a-z]+/article/${docId}\\.html$`),
    new RegExp(`^[a-z]+\\.163\\.com/\\d{2}/\\d{4}/\\d{2}/${docId}\\.html$`),
    new RegExp(`^dy\\.163\\.com/v2/article/detail/${docId}\\.html$`),
    new RegExp(`^(m|3g)\\.163\\.com/([a-z]+/)?article/${docId}\\.html$`),
    new RegExp(`^c\\.m\\.163\\.com/news/a/${docId}\\.html$`),
  ],
  extract: extractNetease,
  titleSelectors: ['h1.post_title', 'h1.article-title'],
  hasArticleMarkup: (doc) =>
    doc.querySelector('div.post_body, section.article-body, div#endText, h1.post_title') !== null,
});
