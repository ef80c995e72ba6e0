/**
 * FT Chinese (FT中文网, www.ftchinese.com and mirrors such as big5.ftchinese.com).
 *
 * Sample URLs:
 * - https://www.ftchinese.com/story/001083039 (Chinese; big5. host serves traditional script)
 * - https://www.ftchinese.com/story/001083039/ce (bilingual left/right columns)
 * - https://www.ftchinese.com/interactive/188185/en (audio page, JSON transcript body)
 * - https://www.ftchinese.com/content/9a1c2f6e-3b0d-4c8e-9f31-2d6b7a5e4c10 (AI translation of an ft.com article)
 * Fixtures: fixtures/skeletons/ftchinese.ts.
 * Traps: <html> carries no lang and Content-Language is always zh-CN, even on /en pages (sites.md §0).
 */
import { defineSite } from './define-site';
import { extractFtChinese } from './ftchinese-extract';
import { siteDomains } from './hosts';

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const variant = '(/(ce|en))?/?$';

export const ftchinese = defineSite({
  id: 'ftchinese',
  outletId: 'ftchinese',
  domains: siteDomains.ftchinese,
  articleUrls: [
    new RegExp(`^[^/]+/(story|premium)/\\d{9}${variant}`),
    new RegExp(`^[^/]+/interactive/\\d{4,7}${variant}`),
    new RegExp(`^[^/]+/content/${uuid}${variant}`, 'i'),
  ],
  extract: extractFtChinese,
  titleSelectors: ['h1.story-headline'],
  hasArticleMarkup: (doc) =>
    doc.querySelector('.story-container') !== null &&
    doc.querySelector('h1.story-headline, #story-body-container') !== null,
});
