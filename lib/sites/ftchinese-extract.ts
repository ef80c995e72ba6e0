/**
 * Reading an FT Chinese story (sites.md §2): Chinese, English, bilingual (left/right columns) and
 * audio pages whose body is a JSON transcript.
 */
import type { Lang } from '../schema';
import { collectBlocks, dataBlock, matchesAny, type Block } from './blocks';
import { chinaTimeToIso, firstText, toIso } from './metadata';
import type { PageExtract } from './site-adapter';

const NOISE = '.print-only, .o-ads, #in-story-recommend, .in-story-recommend, #story_main_mpu, .clearfloat, .subscribe-lock-container, #subscribe-now-container, .pic figcaption';

/** `/story/001083039/ce` → the story's canonical URL and its variant. */
function canonicalOf(url: URL): { canonicalUrl: string; variant: 'zh' | 'en' | 'ce' } {
  const match = /^\/(story|premium|interactive|content)\/([0-9a-zA-Z-]+)(?:\/(ce|en))?\/?$/.exec(url.pathname);
  if (!match) return { canonicalUrl: `${url.origin}${url.pathname}`, variant: 'zh' };
  const [, type, id, variant] = match;
  const suffix = variant ? `/${variant}` : '';
  return { canonicalUrl: `https://www.ftchinese.com/${type}/${id!.toLowerCase()}${suffix}`, variant: (variant as 'en' | 'ce' | undefined) ?? 'zh' };
}

export function extractFtChinese(doc: Document, url: URL): PageExtract {
  const { canonicalUrl, variant } = canonicalOf(url);
  // big5.ftchinese.com converts the whole page, boilerplate included, to traditional script.
  const chinese: Lang = url.hostname.startsWith('big5.') ? 'zh-Hant' : 'zh-Hans';
  const container = doc.querySelector('#story-body-container');
  const author = doc.querySelector('.story-byline .story-author');
  const authorNames = author ? [...author.querySelectorAll('a')].map((a) => a.textContent?.trim() ?? '').filter(Boolean) : [];
  const description = author?.firstChild?.nodeType === 3 ? author.firstChild.textContent?.trim() : undefined;
  const time = doc.querySelector('.story-byline .story-time');
  const seconds = time?.getAttribute('data-time') ?? time?.getAttribute('pub-date');
  return {
    status: doc.querySelector('#subscribe-now-container, .subscribe-lock-container') ? 'partial' : 'ok',
    canonicalUrl,
    byline: authorNames.length > 0 ? authorNames.join(', ') : firstText(doc, ['.story-byline .story-author']),
    publishedAt: (seconds && /^\d+$/.test(seconds) ? toIso(Number(seconds) * 1000) : undefined) ?? toIso(time?.getAttribute('data-publish-time') ?? undefined) ?? chinaTimeToIso(time?.textContent ?? undefined),
    sourceLines: description ? [description] : [],
    blocks: [...standfirstBlocks(doc, variant, chinese), ...(container ? bodyBlocks(doc, container, variant, chinese) : [])],
    langHint: variant === 'en' ? 'en' : variant === 'zh' ? chinese : undefined,
  };
}

/** The standfirst states the column's claim in one line; bilingual pages give `English<br>中文`. */
function standfirstBlocks(doc: Document, variant: string, chinese: Lang): Block[] {
  const lead = doc.querySelector('.story-lead');
  if (!lead) return [];
  if (variant !== 'ce') return collectBlocks(lead, () => false);
  return collectBlocks(lead, () => false, 1).map((block, index) => ({ ...block, lang: index === 0 ? ('en' as const) : chinese }));
}

function bodyBlocks(doc: Document, container: Element, variant: string, chinese: Lang): Block[] {
  const transcript = transcriptBlocks(doc.querySelector('textarea#audio-json-text')?.textContent ?? container.textContent ?? '');
  if (transcript) return transcript;
  const skip = (element: Element) => matchesAny(element, NOISE);
  if (variant === 'ce' || container.querySelector('.leftp')) {
    return [...container.querySelectorAll('.leftp, .rightp')].flatMap((column) =>
      collectBlocks(column, skip).map((block) => ({ ...block, lang: column.classList.contains('leftp') ? ('en' as const) : chinese })),
    );
  }
  return collectBlocks(container, skip);
}

/**
 * The paragraphs of an audio page's transcript, `{"text":[[{"start":3.29,"text":"…"},…],…]}`: one
 * inner array per paragraph, one object per sentence; `undefined` when the text is not one.
 */
export function transcriptBlocks(raw: string): Block[] | undefined {
  const text = raw.trim();
  if (!text.startsWith('{') || !text.includes('"start"')) return undefined;
  try {
    const parsed = JSON.parse(text) as { text?: unknown };
    if (!Array.isArray(parsed.text)) return undefined;
    return parsed.text
      .map((paragraph) => (Array.isArray(paragraph) ? paragraph : []).map((sentence) => stripTags(String((sentence as { text?: unknown })?.text ?? ''))).join(' '))
      .filter((paragraph) => paragraph.trim())
      .map((paragraph) => dataBlock(paragraph));
  } catch {
    return undefined;
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/**
 * Transcript sentences may carry `<strong>` and similar inline fragments: formatting, not text.
 * Only inline formatting tags are removed, so text that merely looks like markup survives.
 */
function stripTags(text: string): string {
  return text.replace(/<\/?(strong|b|i|em|u|span|a|br|sup|sub)\b[^>]*>/gi, '').replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_m, name: string) => ENTITIES[name] ?? '');
}
