/**
 * Huanqiu (环球网, *.huanqiu.com), the Chinese sibling of Global Times.
 *
 * Sample URLs:
 * - https://world.huanqiu.com/article/4KcT0fPq2Zm
 * - https://china.huanqiu.com/article/9CaKrnJlFjy
 * Fixtures: fixtures/skeletons/huanqiu.ts.
 * Traps: the visible article is rendered by script from hidden textareas; the server HTML holds the
 * body as escaped HTML in textarea.article-content (sites.md §4).
 */
import { defineSite } from './define-site';
import { siteDomains } from './hosts';
import { extractHuanqiu } from './huanqiu-extract';

export const huanqiu = defineSite({
  id: 'huanqiu',
  outletId: 'huanqiu',
  domains: siteDomains.huanqiu,
  articleUrls: [/^([a-z0-9-]+\.)?huanqiu\.com\/(article|gallery)\/[0-9A-Za-z]{8,16}\/?$/],
  extract: extractHuanqiu,
  titleSelectors: ['textarea.article-title'],
  hasArticleMarkup: (doc) => doc.querySelector('textarea.article-content') !== null,
});
