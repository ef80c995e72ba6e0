/**
 * Reading a Huanqiu article (sites.md §4). The visible article is drawn by script from hidden
 * textareas; their text is the data: the body is escaped HTML inside textarea.article-content,
 * parsed here into an inert document (never into the page).
 */
import { collectBlocks, dataBlock } from './blocks';
import { parseInert } from './inert-html';
import { toIso } from './metadata';
import type { PageExtract } from './site-adapter';

const field = (doc: Document, name: string): string => doc.querySelector(`textarea.article-${name}`)?.textContent?.trim() ?? '';

export function extractHuanqiu(doc: Document, url: URL): PageExtract {
  const aid = /\/(?:article|gallery)\/([0-9A-Za-z]+)/.exec(url.pathname)?.[1] ?? field(doc, 'aid');
  const content = parseInert(doc, field(doc, 'content'));
  const source = parseInert(doc, field(doc, 'source-name')).textContent?.trim();
  const author = field(doc, 'author').replace(/^作者[:：]\s*/, '');
  const editor = field(doc, 'editor-name');
  const time = field(doc, 'time');
  // Blocks from the inert copy map to nodes the reader never sees; only their text is kept.
  const blocks = collectBlocks(content, () => false).map((block) => dataBlock(block.text, block.kind));
  // Reports open with their reporters in brackets, 【环球时报记者 某某】: a byline, not a claim.
  const lead = /^【([^】]{2,60})】\s*/.exec(blocks[0]?.text ?? '');
  if (lead && blocks[0]) blocks[0] = dataBlock(blocks[0].text.slice(lead[0].length), blocks[0].kind);
  return {
    status: 'ok',
    canonicalUrl: `https://www.huanqiu.com/article/${aid}`,
    byline: author && author !== '[]' ? author : undefined,
    publishedAt: /^\d{13}$/.test(time) ? toIso(Number(time)) : undefined,
    sourceLines: [lead?.[1] ?? '', source ? `来源：${source}` : '', editor ? `责编：${editor.replace(/^责编[:：]\s*/, '')}` : ''].filter(Boolean),
    blocks,
  };
}
