/** Reading a NetEase article, desktop or mobile (sites.md §5). */
import { collectBlocks, matchesAny } from './blocks';
import { chinaTimeToIso, firstText, metaContent, toIso } from './metadata';
import type { PageExtract } from './site-adapter';

const BODY = ['div.post_body', 'section.article-body', 'div#endText', '.post_text', '.article-content'];
// Images, mobile "open the app" labels and paid-content walls sit inside the body itself.
const NOISE = 'p.f_center, figure, .s-tip, .js-open-app, .js-pay-wrap, .unfold-wrap, p.ep-source, div.ep-source, .post_statement';

/** The canonical desktop URL: declared by mobile pages, else rebuilt from the 16-character docid. */
function canonicalOf(doc: Document, url: URL): string {
  const declared = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  if (/^https?:\/\/www\.163\.com\/[a-z]+\/article\/[0-9A-Z]{16}\.html$/.test(declared)) return declared.replace(/^http:/, 'https:');
  const desktop = /^\/([a-z]+)\/article\/([0-9A-Z]{16})\.html$/.exec(url.pathname);
  if (url.hostname === 'www.163.com' && desktop) return `https://www.163.com${url.pathname}`;
  const docId = /([0-9A-Z]{16})\.html$/.exec(url.pathname)?.[1];
  const channel = /^\/([a-z]+)\/article\//.exec(url.pathname)?.[1] ?? 'dy';
  return docId ? `https://www.163.com/${channel}/article/${docId}.html` : `${url.origin}${url.pathname}`;
}

export function extractNetease(doc: Document, url: URL): PageExtract {
  const body = BODY.map((selector) => doc.querySelector(selector)).find((element) => element !== null);
  const info = firstText(doc, ['div.post_info']) ?? '';
  const source = /来源[:：]\s*(\S+)/.exec(info)?.[1];
  const editor = firstText(doc, ['footer.article-footer .s-info', 'div.post_author']);
  return {
    status: 'ok',
    canonicalUrl: canonicalOf(doc, url),
    byline: firstText(doc, ['.post_wemedia_name a', 'section.article-info .s-author address a', 'a.post_side_logo_name']) ?? metaContent(doc, 'meta[property="article:author"]'),
    publishedAt:
      chinaTimeToIso(doc.documentElement.getAttribute('data-publishtime') ?? undefined) ??
      toIso(metaContent(doc, 'meta[property="article:published_time"]')) ??
      chinaTimeToIso(info),
    sourceLines: [source ? `来源：${source}` : '', editor ?? ''].filter(Boolean),
    blocks: body ? collectBlocks(body, (element) => matchesAny(element, NOISE)) : [],
  };
}
