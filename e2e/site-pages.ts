/**
 * The pages the end-to-end tests serve: the demo's fictional articles and the five real seeds
 * (read from ../shared) rendered into each site's real page structure, a non-article page of
 * every site, and a page of an unrelated site.
 */
import { loadSampleArticles } from '../demo/articles';
import { renderNonArticlePage, renderPage } from '../fixtures/render-page';
import type { SamplePage } from '../fixtures/sample-page';
import { siteAdapters, type SiteId } from '../lib/sites';
import { seedPages } from '../tests/seeds';
import { CORPUS_BUNDLE_VERSION, type BundleArticle, type CorpusBundle } from '../lib/schema';

export const UNRELATED_URL = 'https://www.example.org/news/2026/01/battery-survey.html';
const unrelatedHtml = '<!doctype html><html lang="en"><head><title>An unrelated news site</title></head><body><article><h1>Battery survey</h1><p>Chinese batteries were 62 per cent of storage installed in Europe.</p></article></body></html>';

export const articles: SamplePage[] = loadSampleArticles();

/** The first demo article of a site. */
export function articleOf(site: SiteId): SamplePage {
  const page = articles.find((article) => article.site === site);
  if (!page) throw new Error(`no demo article for ${site}`);
  return page;
}

/** Every fixture page by URL. */
export function fixturePages(): Map<string, string> {
  const pages = new Map<string, string>(articles.map((page) => [page.url, renderPage(page)]));
  for (const site of siteAdapters) {
    const { url, html } = renderNonArticlePage(site.id);
    pages.set(url, html);
  }
  for (const seed of seedPages()) pages.set(seed.url, seed.html);
  pages.set(UNRELATED_URL, unrelatedHtml);
  return pages;
}

/** The non-article page of a site. */
export const nonArticleUrl = (site: SiteId): string => renderNonArticlePage(site).url;

export { seedArticle } from '../tests/seeds';

/** A corpus bundle of `articles`. */
export const bundleOfArticles = (articles: BundleArticle[]): CorpusBundle => ({ format: 'claimtrail-corpus', version: CORPUS_BUNDLE_VERSION, exportedAt: '2026-02-01T00:00:00.000Z', articles });
