/**
 * A page → an article with its passages: the site's rules (or Readability for other pages) find
 * the body, boilerplate and source lines are set apart, and the text is cut into passages that
 * map back to the page's text nodes.
 */
import { buildPassages } from './claims/article-passages';
import { sortBlocks } from './claims/boilerplate';
import { joinBlocks } from './page-text';
import { outletForHost } from './outlets';
import { fail, ok, type Result } from './result';
import type { BundleArticle } from './schema';
import type { Block } from './sites/blocks';
import { extractGeneric } from './sites/generic';
import { pickSite, type SiteId } from './sites';
import type { PageExtract } from './sites/site-adapter';
import { TextMap } from './sites/text-map';
import { stripDebris } from './text/debris';
import { detectLang } from './text/script';
import { toUrl } from './url';

export interface ExtractedArticle {
  /** Which rules read the page: a site adapter, or `generic` (Readability). */
  site: SiteId | 'generic';
  status: PageExtract['status'];
  article: BundleArticle;
  /** Offsets in `article.text` → the page's text nodes (empty where text came from data blocks). */
  textMap: TextMap;
}

/** Extracts the article of `doc` at `url`. Never throws: odd pages give an `extractionFailed` result. */
export function extractArticle(doc: Document, url: string | URL): Result<ExtractedArticle> {
  const parsed = toUrl(url);
  if (!parsed) return fail('extractionFailed', `Not a URL: ${String(url).slice(0, 200)}`);
  try {
    const site = pickSite(parsed);
    if (site && site.isArticle(parsed, doc)) {
      return ok(assemble(site.id, site.extract(doc, parsed), site.title(doc), site.outletId, parsed));
    }
    const generic = extractGeneric(doc, parsed);
    return ok(assemble('generic', generic, generic.title, outletForHost(parsed.hostname)?.id ?? 'other', parsed));
  } catch (error) {
    return fail('extractionFailed', `Could not read this page: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Joins the body blocks into the article text (blank line between blocks) and cuts passages. */
export function assemble(site: SiteId | 'generic', page: PageExtract, title: string, outletId: string, url: URL): ExtractedArticle {
  const sorted = sortBlocks(page.blocks, (block) => block.text);
  const sourceLines = [...page.sourceLines, ...sorted.sourceLines];
  const { text, spans, textMap } = joinBlocks(sorted.claims);
  const lang = page.langHint ?? (text ? detectLang(text) : 'en');
  return {
    site,
    status: page.status,
    textMap,
    article: {
      url: url.href,
      canonicalUrl: page.canonicalUrl,
      outletId,
      title: (stripDebris(title) || page.canonicalUrl).slice(0, 1000),
      ...(page.byline ? { byline: page.byline.slice(0, 500) } : {}),
      ...(page.publishedAt ? { publishedAt: page.publishedAt } : {}),
      lang,
      sourceLines: sourceLines.slice(0, 50).map((line) => line.slice(0, 2000)),
      text,
      passages: buildPassages(text, spans, lang),
    },
  };
}

/** Blocks of a plain-text page: one per line (copied page text has one paragraph per line). */
export function textBlocks(text: string, expand: (line: string) => Block[] | undefined): Block[] {
  return text.split(/\r?\n/).flatMap((line) => expand(line) ?? (line.trim() ? [{ text: line.replace(/\s+/g, ' ').trim(), kind: 'paragraph' as const, map: new TextMap() }] : []));
}
