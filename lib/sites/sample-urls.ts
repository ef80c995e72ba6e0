/**
 * Real article URLs of each site, kept out of the adapters (and so out of the content script):
 * the recognition tests check every adapter recognises them, and the conventions test that each
 * adapter's header documents them.
 */
import type { SiteId } from './site-adapter';

export const sampleUrls: Readonly<Record<SiteId, readonly string[]>> = {
  ft: [
    'https://www.ft.com/content/9a1c2f6e-3b0d-4c8e-9f31-2d6b7a5e4c10',
    'https://www.ft.com/cms/s/0/9a1c2f6e-3b0d-4c8e-9f31-2d6b7a5e4c10.html',
  ],
  ftchinese: [
    'https://www.ftchinese.com/story/001083039',
    'https://www.ftchinese.com/story/001083039/ce',
    'https://www.ftchinese.com/interactive/188185/en',
    'https://www.ftchinese.com/content/9a1c2f6e-3b0d-4c8e-9f31-2d6b7a5e4c10',
  ],
  globaltimes: [
    'https://www.globaltimes.cn/page/202501/1326543.shtml',
    'https://www.globaltimes.cn/content/1183456.shtml',
  ],
  huanqiu: [
    'https://world.huanqiu.com/article/4KcT0fPq2Zm',
    'https://china.huanqiu.com/article/9CaKrnJlFjy',
  ],
  netease: [
    'https://www.163.com/dy/article/K3B5T0RM0534A4SC.html',
    'https://www.163.com/news/article/K3B5T0RM000189FH.html',
    'https://m.163.com/news/article/K3B5T0RM000189FH.html',
    'https://c.m.163.com/news/a/K3B5T0RM000189FH.html',
  ],
};
