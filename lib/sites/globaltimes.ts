/**
 * Global Times (www.globaltimes.cn, English).
 *
 * Sample URLs:
 * - https://www.globaltimes.cn/page/202501/1326543.shtml (2020 onwards: /page/YYYYMM/id.shtml)
 * - https://www.globaltimes.cn/content/1183456.shtml (until 2020)
 * Fixtures: fixtures/skeletons/globaltimes.ts.
 * Traps: the title is a div.article_title, not an h1; paragraphs are split by <br><br> (sites.md §3).
 */
import { defineSite } from './define-site';
import { siteDomains } from './hosts';
import { extractGlobalTimes } from './globaltimes-extract';

export const globaltimes = defineSite({
  id: 'globaltimes',
  outletId: 'globaltimes',
  domains: siteDomains.globaltimes,
  articleUrls: [
    /^(www\.)?globaltimes\.cn\/page\/\d{6}\/\d{5,8}\.shtml$/,
    /^(www\.)?globaltimes\.cn\/content\/\d{4,10}\.shtml$/,
  ],
  extract: extractGlobalTimes,
  titleSelectors: ['div.article_title'],
  hasArticleMarkup: (doc) =>
    doc.querySelector('div.article_title') !== null &&
    doc.querySelector('div.article_content, div.article_right') !== null,
});
