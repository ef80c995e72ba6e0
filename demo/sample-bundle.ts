/**
 * The demo's corpus bundle, built from the fictional sample articles: each article's text is its
 * paragraphs, and its passages are their sentences with offsets into that text.
 */
import type { SamplePage } from '../fixtures/sample-page';
import { pickSite } from '../lib/sites';
import { CORPUS_BUNDLE_VERSION, type BundleArticle, type CorpusBundle } from '../lib/schema';
import { passagesOfText } from '../lib/claims/article-passages';

/** One sample page as a bundle article. */
export function sampleBundleArticle(page: SamplePage): BundleArticle {
  const site = pickSite(page.url);
  if (!site) throw new Error(`${page.url} is not on a supported site`);
  const text = page.paragraphs.join('\n\n');
  const passages = passagesOfText(text, page.lang);
  return {
    url: page.url,
    canonicalUrl: page.url,
    outletId: site.outletId,
    title: page.title,
    byline: page.byline,
    publishedAt: new Date(page.publishedAt).toISOString(),
    lang: page.lang,
    sourceLines: page.sourceLines ?? [],
    text,
    passages,
  };
}

/** A bundle of the given sample pages. */
export function sampleBundle(pages: readonly SamplePage[], exportedAt: string): CorpusBundle {
  return { format: 'claimtrail-corpus', version: CORPUS_BUNDLE_VERSION, exportedAt, articles: pages.map(sampleBundleArticle) };
}
