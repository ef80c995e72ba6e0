/**
 * `npm run bench:chromium`: the matcher in real Chromium with real IndexedDB, through the e2e
 * harness (the built extension, pages under the sites' real host names). A 10,000-article
 * synthetic corpus plus the Global Times and FT Chinese seeds is imported through the options
 * page; then the NetEase repost is opened: first after the import (the background has no index
 * yet: dictionary fetch, the index built from the stored passages, its snapshot written after
 * the answer), then warm, then after the service worker is stopped (the index loaded from its
 * snapshot). Times are the background's own (`tookMs`, page text to matches, including whatever
 * loading the page waited for), wall-clock times of the visit (from opening the page to the
 * painted answer), and the content script's (`paintedMs`, from document_idle to highlights painted).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifactFile } from '../e2e/artifacts';
import { launchChromium } from '../e2e/browsers';
import { highlightedQuotesInPage, tabStateInPage } from '../e2e/extension-probe';
import { cardOpenLatency, firstHighlightPoint } from '../e2e/page-probe';
import { startFixtureServer } from '../e2e/fixture-server';
import { bundleOfArticles, fixturePages, seedArticle } from '../e2e/site-pages';
import type { MatchSummary } from '../lib/schema';
import { SEED_URLS } from '../tests/seeds';
import { syntheticBundle } from './corpus-generator';
import { percentile } from './match-bench';

const ARTICLES = 10_000;
const WARM_PAGES = 10;
const json = process.argv.includes('--json');
const log = (line: string) => process.stderr.write(`${line}\n`);

const server = await startFixtureServer(fixturePages());
const session = await launchChromium(server);
try {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  const corpus = bundleOfArticles([...syntheticBundle(ARTICLES, 3).articles, seedArticle('gt-laugh-last'), seedArticle('ftchinese-wrong-race')]);
  const file = artifactFile(`chromium-bench-${ARTICLES}.json`, JSON.stringify(corpus));
  log(`importing ${corpus.articles.length} articles through the options page…`);
  let start = performance.now();
  await options.getByTestId('import-file').setInputFiles(file);
  await options.getByTestId('import-report').waitFor({ timeout: 30 * 60_000 });
  const importMs = performance.now() - start;
  const report = await options.getByTestId('import-report').textContent();
  const usage = (await options.evaluate(() => navigator.storage.estimate())).usage ?? 0;

  let visit = 0;
  const hoverMs: number[] = [];
  /** Opens the repost in a fresh tab (a new URL each time, so no earlier state is read). */
  const matchRepost = async (hover = false): Promise<MatchSummary> => {
    visit += 1;
    const url = `${SEED_URLS['netease-repost']!}?visit=${visit}`;
    const tab: Page = await session.context.newPage();
    await tab.goto(url);
    const state = await options.evaluate(tabStateInPage, { url, timeoutMs: 120_000, until: 'painted' as const });
    // The page cannot see ClaimTrail's highlights; an extension page asks which sentences they are.
    if (hover) hoverMs.push(await hoverCard(tab, await options.evaluate(highlightedQuotesInPage, url)));
    await tab.close();
    if (state.kind !== 'article' || !state.matches) throw new Error(`no matches: ${JSON.stringify(state)}`);
    return state.matches;
  };

  log('matching the NetEase repost: cold, then warm…');
  start = performance.now();
  const cold = await matchRepost();
  // The first answer comes from the whole index: there is no partial stage to wait out.
  const warmAfterMs = performance.now() - start;
  const warm: MatchSummary[] = [];
  for (let i = 0; i < WARM_PAGES; i++) warm.push(await matchRepost(true));

  log('stopping the service worker, then matching again…');
  const cdp = await session.context.newCDPSession(options);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  start = performance.now();
  const restarted = await matchRepost();
  const restartedWallMs = performance.now() - start;

  const figures = {
    articles: corpus.articles.length,
    importReport: report,
    importMsPerArticle: importMs / corpus.articles.length,
    indexedDbBytesPerArticle: usage / corpus.articles.length,
    coldFirstPage: { ms: cold.tookMs, source: cold.source, waitedMs: cold.waitedMs, same: cold.same, supports: cold.supports, passages: cold.passages, paintedMs: cold.paintedMs },
    memoryIndexReadyAfterMs: warmAfterMs,
    warmP50Ms: percentile(warm.map((w) => w.tookMs), 0.5),
    warmP95Ms: percentile(warm.map((w) => w.tookMs), 0.95),
    warmSame: warm[0]!.same,
    /** From the content script's start (document_idle) to highlights painted, warm. */
    warmPaintP50Ms: percentile(warm.map((w) => w.paintedMs ?? Number.NaN), 0.5),
    warmPaintP95Ms: percentile(warm.map((w) => w.paintedMs ?? Number.NaN), 0.95),
    /** From the pointer reaching a highlight to its card on screen (180 ms of it is the hover-intent delay). */
    hoverCardP50Ms: percentile(hoverMs, 0.5),
    hoverCardP95Ms: percentile(hoverMs, 0.95),
    afterWorkerRestart: { ms: restarted.tookMs, sinceWorkerStartMs: restarted.backgroundAgeMs, source: restarted.source, waitedMs: restarted.waitedMs, same: restarted.same, paintedMs: restarted.paintedMs, visitMs: restartedWallMs },
  };
  await session.close();
  // The browser's own estimate lags behind (it counts write-ahead logs before compaction); the
  // extension's IndexedDB folders once the browser has closed them are what stays on disk.
  const onDisk = { indexedDbOnDiskBytesPerArticle: folderBytes(join(session.userDataDir, 'Default', 'IndexedDB'), `chrome-extension_${session.extensionId}_0.indexeddb`) / corpus.articles.length };
  if (json) process.stdout.write(`${JSON.stringify({ ...figures, ...onDisk })}\n`);
  else console.table({ ...figures, ...onDisk });
} finally {
  await session.close();
  await server.close();
}

/** Bytes of the files in the folders of `parent` whose names start with `prefix`. */
function folderBytes(parent: string, prefix: string): number {
  const walk = (path: string): number => (statSync(path).isDirectory() ? readdirSync(path).reduce((sum, name) => sum + walk(join(path, name)), 0) : statSync(path).size);
  return readdirSync(parent)
    .filter((name) => name.startsWith(prefix))
    .reduce((sum, name) => sum + walk(join(parent, name)), 0);
}

/** Moves the pointer onto the first highlight and times its card's opening. */
async function hoverCard(tab: Page, quotes: string[]): Promise<number> {
  await tab.bringToFront();
  const point = await tab.evaluate(firstHighlightPoint, quotes);
  await tab.mouse.move(1, 1);
  const latency = tab.evaluate(cardOpenLatency);
  await tab.mouse.move(point.x, point.y);
  return latency;
}
