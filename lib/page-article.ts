/**
 * A page the reader asks to track → the article stored for it: the claim blocks of the page text
 * (boilerplate dropped, source lines kept apart, teasers after an end-of-body marker cut), cut
 * into passages, as `extractArticle` stores an article read in Node.
 */
import { buildPassages } from './claims/article-passages';
import { sortBlocks } from './claims/boilerplate';
import { joinBlocks } from './page-text';
import type { BundleArticle, PageText } from './schema';
import { detectLang } from './text/script';

export function articleFromPage(page: PageText): BundleArticle {
  const blocks = page.blocks.map((block) => ({ text: page.text.slice(block.start, block.end), ...(block.lang ? { lang: block.lang } : {}) }));
  const sorted = sortBlocks(blocks, (block) => block.text);
  const { text, spans } = joinBlocks(sorted.claims);
  const lang = page.langHint ?? (text.trim() ? detectLang(text) : 'en');
  return {
    url: page.url,
    canonicalUrl: page.canonicalUrl,
    outletId: page.outletId,
    title: page.title.trim() || page.canonicalUrl.slice(0, 1000),
    ...(page.byline ? { byline: page.byline } : {}),
    ...(page.publishedAt ? { publishedAt: page.publishedAt } : {}),
    lang,
    sourceLines: [...page.sourceLines, ...sorted.sourceLines].slice(0, 50).map((line) => line.slice(0, 2000)),
    text,
    passages: buildPassages(text, spans, lang),
  };
}
