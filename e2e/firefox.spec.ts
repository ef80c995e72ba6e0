import { join } from 'node:path';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bundleOf } from '../tests/bundles';
import { artifactFile, SCREENSHOTS } from './artifacts';
import { FIREFOX_EXTENSION_UUID, launchFirefox } from './browsers';
import { highlightedQuotesInPage, tabStateInPage } from './extension-probe';
import { firstHighlightPoint } from './page-probe';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { SEED_URLS } from '../tests/seeds';
import { articleOf, bundleOfArticles, fixturePages, nonArticleUrl, seedArticle, UNRELATED_URL } from './site-pages';

let server: FixtureServer;
let browser: Browser;

beforeAll(async () => {
  server = await startFixtureServer(fixturePages());
});
afterAll(() => server.close());
beforeEach(async () => {
  browser = await launchFirefox(server);
});
afterEach(() => browser.close());

/**
 * Opens one of the extension's pages. Firefox's BiDi sends no load event for moz-extension://
 * documents, so the navigation is left to time out and the page is then polled (TESTING.md).
 */
async function extensionPage(path: string, ready: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`moz-extension://${FIREFOX_EXTENSION_UUID}/${path}`, { timeout: 1000 }).catch(() => undefined);
  await until(() => page.evaluate((selector) => document.querySelector(selector) !== null, ready));
  return page;
}

/** Re-checks a condition of the page until it holds; a condition poll, not a fixed sleep. */
async function until(condition: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition().catch(() => false))) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('Firefox: recognising articles', () => {
  it('recognises FT, Global Times and NetEase articles: content script → background → extension page', async () => {
    const sites = ['ft', 'globaltimes', 'netease'] as const;
    for (const site of sites) await (await browser.newPage()).goto(articleOf(site).url);
    const probe = await extensionPage('popup.html', '#app > main');
    for (const site of sites) {
      const article = articleOf(site);
      const state = await probe.evaluate(tabStateInPage, { url: article.url, timeoutMs: 15_000 });
      expect(state).toMatchObject({ kind: 'article', url: article.url, outletId: site, title: article.title });
    }
  });

  it('does nothing on non-article pages of the sites, nor on unrelated sites', async () => {
    const home = await browser.newPage();
    await home.goto(nonArticleUrl('globaltimes'));
    const probe = await extensionPage('popup.html', '#app > main');
    expect(await probe.evaluate(tabStateInPage, { url: nonArticleUrl('globaltimes'), timeoutMs: 15_000 })).toEqual({ kind: 'notArticle', url: nonArticleUrl('globaltimes'), outletId: 'globaltimes' });
    await home.goto(UNRELATED_URL);
    expect(await probe.evaluate(tabStateInPage, { timeoutMs: 15_000 })).toEqual({ kind: 'unsupported' });
  });
});

describe('Firefox: inside the page', () => {
  it('highlights the NetEase repost’s matched sentences and opens a highlight’s card on hover', async () => {
    const options = await extensionPage('options.html', '[data-testid="import-file"]');
    const input = (await options.$('[data-testid="import-file"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(artifactFile('seeds-firefox.json', JSON.stringify(bundleOfArticles([seedArticle('gt-laugh-last')]))));
    await until(() => options.evaluate(() => document.querySelector('[data-testid="import-report"]') !== null), 60_000);

    const repost = SEED_URLS['netease-repost']!;
    const reading = await browser.newPage();
    await reading.goto(repost);
    const state = await options.evaluate(tabStateInPage, { url: repost, timeoutMs: 60_000, until: 'painted' as const });
    if (state.kind !== 'article' || !state.matches) throw new Error(`no matches: ${JSON.stringify(state)}`);
    expect(state.matches.same).toBeGreaterThanOrEqual(21);
    expect(state.matches.highlights).toBe(state.matches.same + state.matches.supports);
    // Painted in ClaimTrail's closed overlay: nothing in the page's CSS.highlights registry.
    const painted = await reading.evaluate(() => ({ registry: CSS.highlights.size, marks: document.querySelectorAll('mark').length }));
    expect(painted).toEqual({ registry: 0, marks: 0 });

    const point = await reading.evaluate(firstHighlightPoint, await options.evaluate(highlightedQuotesInPage, repost));
    await reading.mouse.move(point.x, point.y);
    await until(() => reading.evaluate(() => getComputedStyle(document.querySelector('claimtrail-card')!).display === 'block'));
    await reading.screenshot({ path: join(SCREENSHOTS, 'firefox-hover-card.png') });
    await reading.keyboard.press('Escape');
    await until(() => reading.evaluate(() => getComputedStyle(document.querySelector('claimtrail-card')!).display === 'none'));
  });
});

describe('Firefox: extension pages', () => {
  it('imports a bundle in the options page; the side panel page counts it and shows the reader’s article', async () => {
    const article = articleOf('ft');
    await (await browser.newPage()).goto(article.url);
    const options = await extensionPage('options.html', '[data-testid="import-file"]');
    const input = (await options.$('[data-testid="import-file"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(artifactFile('bundle-4.json', JSON.stringify(bundleOf(4))));
    await until(() => options.evaluate(() => document.querySelector('[data-testid="import-report"]') !== null));
    expect(await options.evaluate(() => document.querySelector('[data-testid="import-report"]')?.textContent)).toBe('Imported 4 new and 0 updated articles, 8 sentences and 0 annotations.');
    const panel = await extensionPage('sidepanel.html', '[data-testid="article-count"]');
    await until(() => panel.evaluate(() => document.querySelector('[data-testid="article-count"]')?.textContent === '4'));
    await until(() => panel.evaluate(() => document.querySelector('[data-testid="tab-status"]')?.getAttribute('data-kind') === 'article'));
    expect(await panel.evaluate(() => document.querySelector('[data-testid="tab-status"]')?.textContent)).toContain(article.title);
    await panel.screenshot({ path: join(SCREENSHOTS, 'firefox-sidepanel.png') });
  });
});
