/**
 * Any other page the reader chooses to track: Mozilla's Readability (Firefox Reader View) finds the
 * article. Site rules always win where they exist (sites.md §7 lists what Readability gets wrong
 * on the five sites).
 */
import { Readability } from '@mozilla/readability';
import { collectBlocks, dataBlock } from './blocks';
import { parseInert } from './inert-html';
import { metaContent, toIso } from './metadata';
import type { PageExtract } from './site-adapter';

/** Han-script pages have short paragraphs; Readability's default 500-character floor rejects them. */
const HAN = /[\u3400-\u9fff]/g;

export interface GenericExtract extends PageExtract {
  title: string;
}

export function extractGeneric(doc: Document, url: URL): GenericExtract {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const base: GenericExtract = {
    status: 'ok',
    title: doc.title.trim(),
    canonicalUrl: canonicalUrlOf(canonical, url),
    publishedAt: toIso(metaContent(doc, 'meta[property="article:published_time"]')),
    sourceLines: [],
    blocks: [],
  };
  const sample = doc.body?.textContent?.slice(0, 5000) ?? '';
  const isHan = (sample.match(HAN)?.length ?? 0) > sample.length / 5;
  // Readability rewrites the document it reads: it gets a copy, never the reader's page.
  const parsed = new Readability(doc.cloneNode(true) as Document, { charThreshold: isHan ? 200 : 500 }).parse();
  if (!parsed?.content) return base;
  const content = parseInert(doc, parsed.content);
  return {
    ...base,
    title: parsed.title?.trim() || base.title,
    byline: parsed.byline?.trim() || undefined,
    publishedAt: toIso(parsed.publishedTime ?? undefined) ?? base.publishedAt,
    // Readability's output is a copy: its nodes are not the page's, so only the text is kept.
    blocks: collectBlocks(content, () => false).map((block) => dataBlock(block.text, block.kind)),
  };
}

function canonicalUrlOf(declared: string | null | undefined, url: URL): string {
  try {
    const canonical = new URL(declared ?? '', url);
    if (canonical.protocol === 'https:' || canonical.protocol === 'http:') return `${canonical.origin}${canonical.pathname}`;
  } catch {
    // An unparsable canonical link is ignored.
  }
  return `${url.origin}${url.pathname}`;
}
