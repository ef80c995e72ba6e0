/** Reading a Global Times article (sites.md §3): `<br><br>`-separated body, byline, China-time date. */
import { collectBlocks, matchesAny } from './blocks';
import { firstText, globalTimesDateToIso } from './metadata';
import type { PageExtract } from './site-adapter';

const NOISE = 'div.picture, .author_card, .with_name_card, .author_share_right';

export function extractGlobalTimes(doc: Document, url: URL): PageExtract {
  const body = doc.querySelector('div.article_content div.article_right') ?? doc.querySelector('div.article_content');
  const byline = firstText(doc, ['div.author_share_left span.byline', 'span.byline'])?.replace(/^By\s+/i, '');
  return {
    status: 'ok',
    canonicalUrl: `https://www.globaltimes.cn${url.pathname}`,
    byline,
    publishedAt: globalTimesDateToIso(firstText(doc, ['div.author_share_left span.pub_time', 'span.pub_time'])),
    sourceLines: [],
    blocks: body ? collectBlocks(body, (element) => matchesAny(element, NOISE)) : [],
    langHint: 'en',
  };
}
