/**
 * Plain text as the body of a page at a URL (`cli extract` on a .txt file, text copied from a
 * page): one paragraph per line, an FT Chinese audio transcript line expanded into its paragraphs,
 * then the same boilerplate rules and passages as a rendered page.
 */
import { assemble, textBlocks, type ExtractedArticle } from './extract-article';
import { lineRole } from './claims/boilerplate';
import { outletForHost } from './outlets';
import { fail, ok, type Result } from './result';
import { pickSite } from './sites';
import { transcriptBlocks } from './sites/ftchinese-extract';
import { toUrl } from './url';

/**
 * Reads `text` as the article at `url`. A short first line without a sentence end is the title
 * (copied pages start with it); otherwise the title is the first line cut short and the line
 * stays in the body.
 */
export function extractText(text: string, url: string | URL): Result<ExtractedArticle> {
  const parsed = toUrl(url);
  if (!parsed) return fail('extractionFailed', `Not a URL: ${String(url).slice(0, 200)}`);
  const site = pickSite(parsed);
  const first = text.split(/\r?\n/).find((line) => line.trim())?.trim() ?? '';
  const isTitle = first.length <= 150 && !/[.!?。！？"”']$/.test(first) && lineRole(first) === 'claim';
  const blocks = textBlocks(text, transcriptBlocks).slice(isTitle ? 1 : 0);
  const firstBody = blocks.find((block) => lineRole(block.text) === 'claim')?.text ?? first;
  const title = isTitle ? first.replace(/\s+[-|–]\s+(FT中文网|FT中文網|Global Times|环球网|网易)$/, '') : firstBody.slice(0, 120);
  const page = { status: 'ok' as const, canonicalUrl: `${parsed.origin}${parsed.pathname}`, sourceLines: [], blocks };
  return ok(assemble(site?.id ?? 'generic', page, title, site?.outletId ?? outletForHost(parsed.hostname)?.id ?? 'other', parsed));
}
