// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hostilePage } from '../../fixtures/hostile-pages';
import { sampleUrls } from './sample-urls';
import { renderNonArticlePage, renderPage, variantsOf } from '../../fixtures/render-page';
import { loadSampleArticles } from '../../demo/articles';
import { pickSite, siteAdapters } from './index';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('article recognition on page skeletons (fixtures/skeletons)', () => {
  const cases = siteAdapters.flatMap((site) => variantsOf(site.id).map((variant) => [site.id, variant] as const));

  it.each(cases)('%s %s page is recognised as an article', (siteId, variant) => {
    const page = hostilePage(siteId, variant);
    const url = new URL(page.url);
    const site = pickSite(url);
    expect(site?.id).toBe(siteId);
    expect(site?.isArticle(url, parse(renderPage(page)))).toBe(true);
  });

  it.each(siteAdapters.map((site) => site.id))('%s non-article page is not an article', (siteId) => {
    const { url, html } = renderNonArticlePage(siteId);
    const site = pickSite(url);
    expect(site?.id).toBe(siteId);
    expect(site?.isArticle(new URL(url), parse(html))).toBe(false);
  });

  it('needs the article markup, not just an article-shaped URL', () => {
    for (const site of siteAdapters) {
      const url = new URL(sampleUrls[site.id][0]!);
      expect(site.isArticle(url, parse('<html><body><p>Page not found</p></body></html>'))).toBe(false);
    }
  });

  it('recognises every demo article on its own site', () => {
    for (const page of loadSampleArticles()) {
      const url = new URL(page.url);
      expect(pickSite(url)?.id).toBe(page.site);
      expect(pickSite(url)?.isArticle(url, parse(renderPage(page)))).toBe(true);
    }
  });
});

describe('headline', () => {
  it.each(siteAdapters.flatMap((site) => variantsOf(site.id).map((variant) => [site.id, variant] as const)))('%s %s: the headline as text, hostile characters included', (siteId, variant) => {
    const page = hostilePage(siteId, variant);
    const title = pickSite(page.url)!.title(parse(renderPage(page)));
    expect(title).toBe(variant === 'ce' ? `${page.title} | ${page.translatedTitle}` : page.title);
  });
});
