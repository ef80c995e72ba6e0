import type { BundleArticle, CorpusBundle } from '../lib/schema';
import { passagesOfText } from '../lib/claims/article-passages';

/** A valid bundle article whose passages are the sentences of `text`. */
export function bundleArticle(overrides: Partial<BundleArticle> & { text: string }): BundleArticle {
  const lang = overrides.lang ?? 'en';
  return {
    url: 'https://www.ft.com/content/00000000-0000-4000-8000-000000000001',
    canonicalUrl: overrides.url ?? 'https://www.ft.com/content/00000000-0000-4000-8000-000000000001',
    outletId: 'ft',
    title: 'A headline',
    lang,
    sourceLines: [],
    publishedAt: '2026-01-05T08:00:00.000Z',
    passages: passagesOfText(overrides.text, lang),
    ...overrides,
  };
}

/** A valid bundle of `count` English articles with distinct URLs and two sentences each. */
export function bundleOf(count: number): CorpusBundle {
  const articles = Array.from({ length: count }, (_, i) => {
    const url = `https://www.globaltimes.cn/page/202601/${1_000_000 + i}.shtml`;
    return bundleArticle({ url, canonicalUrl: url, outletId: 'globaltimes', text: `Claim number ${i} is stated here. It has a second sentence.` });
  });
  return { format: 'claimtrail-corpus', version: 1, exportedAt: '2026-01-06T00:00:00.000Z', articles };
}
