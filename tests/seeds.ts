/**
 * The five real seed articles and their gold file, read from ../shared at test time (never copied
 * into the repository), and rendered into the matching site skeletons, as a browser would see them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtml } from '../fixtures/html';
import { renderPage } from '../fixtures/render-page';
import type { SamplePage } from '../fixtures/sample-page';
import { extractText } from '../lib/extract-text';
import type { BundleArticle, Lang } from '../lib/schema';

export const SHARED = join(import.meta.dirname, '..', '..', 'shared');

export interface GoldSentence {
  doc: string;
  text: string;
}
export interface Gold {
  documents: Record<string, { file: string; lang: Lang }>;
  pairs: { a: GoldSentence; b: GoldSentence; label: 'same' | 'supports' | 'related' | 'none' }[];
  boilerplate: Record<string, string[]>;
  attributedClaims: (GoldSentence & { attributedTo: string })[];
}

export const gold = (): Gold => JSON.parse(readFileSync(join(SHARED, 'eval', 'seeds-gold.json'), 'utf8')) as Gold;

/** Where each seed was published: the URL tests read and match it at. */
export const SEED_URLS: Readonly<Record<string, string>> = {
  'gt-laugh-last': 'https://www.globaltimes.cn/page/202601/1346190.shtml',
  'netease-repost': 'https://www.163.com/dy/article/KK8V0G2J0556A7QL.html',
  'ftchinese-wrong-race': 'https://www.ftchinese.com/interactive/231456/en',
  'gt-lack-of-core': 'https://www.globaltimes.cn/page/202307/1294012.shtml',
  'aggregator-race': 'https://news.example-aggregator.com/2024/12/26/race-for-ai-supremacy',
};

/** When each seed was published, as its page shows it. */
export const SEED_DATES: Readonly<Record<string, string>> = {
  'gt-laugh-last': '2026-01-21T12:00:00+08:00',
  'gt-lack-of-core': '2023-07-09T10:00:00+08:00',
  'netease-repost': '2026-01-22T09:30:00+08:00',
  'ftchinese-wrong-race': '2025-12-19T08:00:00+08:00',
};

/** The raw text of a seed document. */
export const seedText = (doc: string): string => readFileSync(join(SHARED, gold().documents[doc]!.file), 'utf8');

const lines = (text: string) => text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);

/** Where each seed is served, and how it is laid out. */
export interface SeedPage {
  doc: string;
  url: string;
  lang: Lang;
  html: string;
}

/** The FT Chinese seed is copied page text; its body is the audio transcript JSON on one line. */
function transcriptParagraphs(text: string): string[] {
  const json = lines(text).find((line) => line.startsWith('{"text"'));
  if (!json) throw new Error('no transcript in the FT Chinese seed');
  return (JSON.parse(json) as { text: { text: string }[][] }).text.map((paragraph) => paragraph.map((s) => s.text.trim()).join(' '));
}

function samplePageFor(doc: string, text: string): SamplePage | { url: string; html: string } {
  const all = lines(text);
  switch (doc) {
    case 'gt-laugh-last':
      return { site: 'globaltimes', variant: 'desktop', url: 'https://www.globaltimes.cn/page/202601/1346190.shtml', lang: 'en', title: 'FT says China will laugh last in AI race', publishedAt: SEED_DATES['gt-laugh-last']!, paragraphs: all };
    case 'gt-lack-of-core':
      return { site: 'globaltimes', variant: 'desktop', url: 'https://www.globaltimes.cn/page/202307/1294012.shtml', lang: 'en', title: all[0]!, publishedAt: SEED_DATES['gt-lack-of-core']!, paragraphs: all.slice(1) };
    case 'netease-repost':
      return { site: 'netease', variant: 'desktop', url: 'https://www.163.com/dy/article/KK8V0G2J0556A7QL.html', lang: 'zh-Hant', title: '英媒：中國人會笑到最後', publishedAt: SEED_DATES['netease-repost']!, paragraphs: all };
    case 'ftchinese-wrong-race': {
      const title = all[0]!.replace(/ - FT中文网$/, '');
      // The copied page shows the headline again above the standfirst.
      const standfirst = all[all.lastIndexOf(title) + 1];
      return { site: 'ftchinese', variant: 'audio', url: 'https://www.ftchinese.com/interactive/231456/en', lang: 'en', title, standfirst, publishedAt: SEED_DATES['ftchinese-wrong-race']!, paragraphs: transcriptParagraphs(text) };
    }
    default:
      // No site rules for an aggregator: a plain article page, read by the generic adapter.
      return { url: 'https://news.example-aggregator.com/2024/12/26/race-for-ai-supremacy', html: `<!doctype html><html><head><title>${escapeHtml(all[0]!)}</title></head><body><nav><a href="/">Home</a></nav><article><h1>${escapeHtml(all[0]!)}</h1>${all.slice(1).map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</article><footer>© Aggregator</footer></body></html>` };
  }
}

/** Every seed rendered into its skeleton. */
export function seedPages(): SeedPage[] {
  const g = gold();
  return Object.entries(g.documents).map(([doc, meta]) => {
    const page = samplePageFor(doc, seedText(doc));
    return { doc, url: page.url, lang: meta.lang, html: 'site' in page ? renderPage(page) : page.html };
  });
}

/** A seed article as tracked: read from its copied page text, dated as its page is. */
export function seedArticle(doc: string): BundleArticle {
  const extracted = extractText(seedText(doc), SEED_URLS[doc]!);
  if (!extracted.ok) throw new Error(extracted.error.message);
  const date = SEED_DATES[doc];
  return { ...extracted.value.article, ...(date ? { publishedAt: new Date(date).toISOString() } : {}) };
}
