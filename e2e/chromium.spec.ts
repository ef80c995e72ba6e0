import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bundleOf } from '../tests/bundles';
import { launchChromium, type ChromiumSession } from './browsers';
import { highlightedQuotesInPage, tabStateInPage } from './extension-probe';
import { firstHighlightPoint } from './page-probe';
import { overlayBoxes, paintedCounts, shadowText } from './shadow-dom';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { artifactFile, composeSideBySide, SCREENSHOTS } from './artifacts';
import { SEED_URLS } from '../tests/seeds';
import { articleOf, fixturePages, nonArticleUrl, UNRELATED_URL } from './site-pages';

let server: FixtureServer;
let session: ChromiumSession;

beforeAll(async () => {
  server = await startFixtureServer(fixturePages());
});
afterAll(() => server.close());
beforeEach(async () => {
  session = await launchChromium(server);
});
afterEach(() => session.close());

const openPage = async (url: string): Promise<Page> => {
  const page = await session.context.newPage();
  await page.goto(url);
  return page;
};

const extensionPage = async (path: string): Promise<Page> => {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
};

describe('Chromium: recognising articles', () => {
  it('recognises FT, Global Times and NetEase articles: content script → background → extension page', async () => {
    const sites = ['ft', 'globaltimes', 'netease', 'ftchinese', 'huanqiu'] as const;
    for (const site of sites) await (await session.context.newPage()).goto(articleOf(site).url);
    const probe = await extensionPage('popup.html');
    for (const site of sites) {
      const article = articleOf(site);
      const state = await probe.evaluate(tabStateInPage, { url: article.url, timeoutMs: 15_000 });
      expect(state).toMatchObject({ kind: 'article', url: article.url, outletId: site, title: article.title });
    }
  });

  it('does nothing on non-article pages of the sites, nor on unrelated sites', async () => {
    const home = await session.context.newPage();
    await home.goto(nonArticleUrl('ft'));
    const probe = await extensionPage('popup.html');
    expect(await probe.evaluate(tabStateInPage, { url: nonArticleUrl('ft'), timeoutMs: 15_000 })).toEqual({ kind: 'notArticle', url: nonArticleUrl('ft'), outletId: 'ft' });
    await home.goto(UNRELATED_URL);
    expect(await probe.evaluate(tabStateInPage, { timeoutMs: 15_000 })).toEqual({ kind: 'unsupported' });
    expect(await home.title()).toBe('An unrelated news site');
  });
});

describe('Chromium: matching against the tracked corpus', () => {
  it('matches the NetEase repost, sentence by sentence, against the FT Chinese column and the Global Times report tracked from their pages', async () => {
    // The reader opens the FT column on FT Chinese and the Global Times report, and tracks both.
    for (const doc of ['ftchinese-wrong-race', 'gt-laugh-last']) {
      await openPage(SEED_URLS[doc]!);
      const popup = await extensionPage('popup.html');
      await popup.getByTestId('track').click();
      await popup.getByTestId('tracked').waitFor();
      await popup.close();
    }
    const options = await extensionPage('options.html');
    await options.locator('[data-testid="article-count"]', { hasText: /^2$/ }).waitFor();

    const repost = SEED_URLS['netease-repost']!;
    const reading = await openPage(repost);
    const state = await options.evaluate(tabStateInPage, { url: repost, timeoutMs: 30_000, until: 'painted' as const });
    expect(state).toMatchObject({ kind: 'article', outletId: 'netease' });
    if (state.kind !== 'article' || !state.matches) throw new Error(`no matches: ${JSON.stringify(state)}`);
    expect(state.matches.same).toBeGreaterThanOrEqual(21);
    expect(state.matches.passages).toBeGreaterThanOrEqual(state.matches.same + state.matches.supports);
    expect(state.matches.highlights).toBe(state.matches.same + state.matches.supports);

    // Painted in ClaimTrail's closed overlay, one box per line: the page's own text and nodes
    // untouched, and nothing in the page's CSS.highlights registry, which its scripts can read.
    const counts = paintedCounts(await overlayBoxes(reading));
    expect(counts['same']).toBe(state.matches.same);
    expect(counts['supports'] ?? 0).toBe(state.matches.supports);
    expect(await reading.evaluate(() => ({ registry: CSS.highlights.size, marks: document.querySelectorAll('mark').length }))).toEqual({ registry: 0, marks: 0 });
    await reading.screenshot({ path: join(SCREENSHOTS, 'chromium-highlights.png') });

    // Hovering a highlight opens its card, beside it, listing the Global Times sentence.
    const box = await reading.evaluate(firstHighlightPoint, await options.evaluate(highlightedQuotesInPage, repost));
    await reading.mouse.move(box.x, box.y);
    const card = reading.locator('claimtrail-card');
    await card.waitFor({ state: 'visible' });
    const cardText = await shadowText(reading, 'claimtrail-card');
    expect(cardText).toContain('Global Times');
    expect(cardText).toMatch(/In your tracked coverage: \d/);
    await reading.screenshot({ path: join(SCREENSHOTS, 'chromium-hover-card.png') });
    await reading.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });

    // From the keyboard: Tab reaches the highlights, Enter opens the card, Esc closes it.
    await reading.mouse.move(0, 0);
    let focused = '';
    for (let i = 0; i < 80 && focused !== 'CLAIMTRAIL-TARGETS'; i++) {
      await reading.keyboard.press('Tab');
      focused = await reading.evaluate(() => document.activeElement?.tagName ?? '');
    }
    expect(focused).toBe('CLAIMTRAIL-TARGETS');
    await reading.keyboard.press('Enter');
    await card.waitFor({ state: 'visible' });
    await reading.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    expect(await reading.evaluate(() => document.activeElement?.tagName)).toBe('CLAIMTRAIL-TARGETS');

    // The side panel: the claims with their trail, and the attribution check against the FT column.
    const panel = await extensionPage('sidepanel.html');
    await panel.getByTestId('provenance').waitFor();
    expect(await panel.getByTestId('claim').count()).toBeGreaterThanOrEqual(21);
    const verdicts = await panel.getByTestId('attribution').evaluateAll((items) => items.map((li) => [li.getAttribute('data-verdict'), li.querySelector('button')?.textContent ?? '']));
    expect(verdicts.find(([, text]) => text!.includes('開源模型'))?.[0]).toBe('partly');
    expect(verdicts.find(([, text]) => text!.includes('發電能力') || text!.includes('電能力'))?.[0]).toBe('notFound');
    await panel.setViewportSize({ width: 420, height: 1400 });
    await panel.screenshot({ path: join(SCREENSHOTS, 'chromium-sidepanel-provenance.png') });
    await composeSideBySide(session.context, [join(SCREENSHOTS, 'chromium-hover-card.png'), join(SCREENSHOTS, 'chromium-sidepanel-provenance.png')], join(SCREENSHOTS, 'chromium-overview.png'));
    // Clicking a claim scrolls the page to it and flashes it.
    await panel.getByTestId('claim').first().locator('button').click();
    await expect.poll(async () => (await overlayBoxes(reading)).some((painted) => painted.kind === 'flash'), { timeout: 10_000 }).toBe(true);
  });
});

describe('Chromium: tracking an article from the page', () => {
  it('tracks the article in the reader’s tab from the popup; the corpus counts it, and the page now matches it', async () => {
    const article = articleOf('globaltimes');
    await openPage(article.url);
    const popup = await extensionPage('popup.html');
    await popup.getByTestId('track').click();
    await popup.getByTestId('tracked').waitFor();
    await popup.locator('[data-testid="article-count"]', { hasText: /^1$/ }).waitFor();
    const tracked = await popup.evaluate(tabStateInPage, { url: article.url, timeoutMs: 15_000, until: 'matched' as const });
    expect(tracked).toMatchObject({ kind: 'article', matches: { tracked: true } });
    await popup.screenshot({ path: join(SCREENSHOTS, 'chromium-popup-tracked.png') });
  });
});

describe('Chromium: tracking automatically', () => {
  it('tracks every recognised article once the setting is on', async () => {
    const options = await extensionPage('options.html');
    await options.getByTestId('auto-track').check();
    await options.waitForFunction(async () => ((await chrome.storage.local.get('settings'))['settings'] as { autoTrack?: boolean } | undefined)?.autoTrack === true);
    const article = articleOf('netease');
    await openPage(article.url);
    const state = await options.evaluate(tabStateInPage, { url: article.url, timeoutMs: 15_000, until: 'matched' as const });
    expect(state).toMatchObject({ kind: 'article', matches: { tracked: true } });
    await options.locator('[data-testid="article-count"]', { hasText: /^1$/ }).waitFor();
  });
});

describe('Chromium: extension pages', () => {
  it('shows the reader’s tab in the side panel; a bundle imported in the options page, then searched and one article deleted, shows in its count, live', async () => {
    const article = articleOf('netease');
    const reading = await openPage(article.url);
    const panel = await extensionPage('sidepanel.html');
    await panel.locator('[data-testid="tab-status"][data-kind="article"]').waitFor();
    expect(await panel.getByTestId('tab-status').textContent()).toContain(article.title);
    expect(await panel.getByTestId('article-count').textContent()).toBe('0');

    const options = await extensionPage('options.html');
    await options.getByTestId('import-file').setInputFiles(artifactFile('bundle-7.json', JSON.stringify(bundleOf(7))));
    await options.getByTestId('import-report').waitFor();
    expect(await options.getByTestId('import-report').textContent()).toBe('Imported 7 new and 0 updated articles, 14 sentences and 0 annotations.');
    await options.screenshot({ path: join(SCREENSHOTS, 'chromium-options-import.png') });

    await panel.locator('[data-testid="article-count"]', { hasText: /^7$/ }).waitFor();
    await options.getByTestId('corpus-count').filter({ hasText: 'Showing 7 of 7 articles' }).waitFor();
    await options.getByTestId('corpus-search').fill('NUMBER 3');
    await options.getByTestId('corpus-count').filter({ hasText: 'Showing 1 of 1 articles' }).waitFor();
    await options.getByTestId('delete-article').click();
    await options.getByTestId('confirm-delete').click();
    await options.getByTestId('corpus-empty').waitFor();
    await panel.locator('[data-testid="article-count"]', { hasText: /^6$/ }).waitFor();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.screenshot({ path: join(SCREENSHOTS, 'chromium-sidepanel.png') });
    await reading.setViewportSize({ width: 1280, height: 900 });
    await reading.screenshot({ path: join(SCREENSHOTS, 'chromium-netease-page.png') });
    await composeSideBySide(session.context, [join(SCREENSHOTS, 'chromium-netease-page.png'), join(SCREENSHOTS, 'chromium-sidepanel.png')], join(SCREENSHOTS, 'chromium-demo-overview.png'));
  });

  it('rejects a corrupt bundle with the field path and imports nothing', async () => {
    const options = await extensionPage('options.html');
    const bad = bundleOf(3) as unknown as { articles: Record<string, unknown>[] };
    bad.articles[2]!['lang'] = 'fr';
    await options.getByTestId('import-file').setInputFiles(artifactFile('bad-bundle.json', JSON.stringify(bad)));
    await options.getByTestId('import-error').waitFor();
    expect(await options.getByTestId('import-error').textContent()).toContain('articles[2].lang');
    expect(await options.getByTestId('article-count').textContent()).toBe('0');
  });
});
