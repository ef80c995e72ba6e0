/**
 * A page's article as the content script sends it for matching: every body block the site's
 * rules found, joined into one text (a blank line between blocks) with a map back to the page's
 * text nodes. Light enough for the content script: no script tables, no sentence rules; the
 * background sorts the blocks and cuts passages (lib/match/page-matches.ts).
 */
import { MAX_ARTICLE_CHARS } from './limits';
import type { OutletId, PageText } from './schema';
import type { Block } from './sites/blocks';
import type { PageExtract } from './sites/site-adapter';
import { TextMap } from './sites/text-map';

export interface PageTextWithMap {
  page: PageText;
  /** Offsets in `page.text` → the page's text nodes. */
  textMap: TextMap;
}

/** What `joinBlocks` joins: a block's text, its declared language, and where its text came from. */
type Joinable = Pick<Block, 'text' | 'lang'> & { map?: TextMap };

/** Blocks joined into one text, a blank line between them, with their spans and a map to the page. */
export function joinBlocks(blocks: readonly Joinable[]): { text: string; spans: PageText['blocks']; textMap: TextMap } {
  const textMap = new TextMap();
  const spans: PageText['blocks'] = [];
  let text = '';
  for (const block of blocks) {
    const start = text.length === 0 ? 0 : text.length + 2;
    if (start + block.text.length > MAX_ARTICLE_CHARS) break;
    text += (text.length === 0 ? '' : '\n\n') + block.text;
    spans.push({ start, end: start + block.text.length, ...(block.lang ? { lang: block.lang } : {}) });
    if (block.map) textMap.merge(block.map.shifted(start));
  }
  return { text, spans, textMap };
}

export function pageTextOf(extract: PageExtract, meta: { url: string; outletId: OutletId; title: string }): PageTextWithMap {
  const { text, spans, textMap } = joinBlocks(extract.blocks);
  const page: PageText = {
    url: meta.url,
    canonicalUrl: extract.canonicalUrl,
    outletId: meta.outletId,
    title: meta.title.slice(0, 1000),
    ...(extract.byline ? { byline: extract.byline.slice(0, 500) } : {}),
    ...(extract.publishedAt ? { publishedAt: extract.publishedAt } : {}),
    ...(extract.langHint ? { langHint: extract.langHint } : {}),
    sourceLines: extract.sourceLines.slice(0, 50).map((line) => line.slice(0, 2000)),
    text,
    blocks: spans,
  };
  return { page, textMap };
}
