/**
 * Figures, not assertions on time: what ClaimTrail's closed highlight overlay costs to paint on the
 * NetEase seed repost, against the CSS Custom Highlight API it replaced (whose registry the page's
 * scripts can read), in real Chromium and Firefox ESR. Written to artifacts/paint-timing-*.json
 * and printed; the README's privacy section quotes them. The tests fail only if either variant
 * painted nothing.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overlayBoxes, OVERLAY_STYLES } from '../entrypoints/content/overlay-boxes';
import { SEED_URLS } from '../tests/seeds';
import { artifactFile, SCREENSHOTS } from './artifacts';
import { FIREFOX_EXTENSION_UUID, launchChromium, launchFirefox } from './browsers';
import { matchedQuotesInPage, tabStateInPage } from './extension-probe';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { HIGHLIGHT_RULE, measurePaint, type PaintTiming } from './paint-timing';
import { until } from './poll';
import { bundleOfArticles, fixturePages, seedArticle } from './site-pages';

const REPOST = SEED_URLS['netease-repost']!;
const RUNS = 40;
const corpus = () => artifactFile('paint-corpus.json', JSON.stringify(bundleOfArticles([seedArticle('gt-laugh-last')])));
/** The measurement as an expression: `overlayBoxes` goes in as source, since the page cannot import it. */
const expression = (quotes: string[]) => `(${measurePaint.toString()})(${overlayBoxes.toString()}, ${JSON.stringify({ quotes, overlayStyles: OVERLAY_STYLES, highlightRule: HIGHLIGHT_RULE, runs: RUNS })})`;

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer(fixturePages());
});
afterAll(() => server.close());

function report(browser: string, timing: PaintTiming): void {
  writeFileSync(join(SCREENSHOTS, '..', `paint-timing-${browser}.json`), `${JSON.stringify(timing, null, 2)}\n`);
  const line = (name: keyof Omit<PaintTiming, 'overlayBoxes'>) => `${name} frame ${timing[name].frame.median} ms (p90 ${timing[name].frame.p90}), script ${timing[name].script.median} ms`;
  console.log(`paint timing, ${browser}, ${timing.overlay.ranges} ranges, ${timing.overlayBoxes} overlay boxes, ${RUNS} runs:\n  ${line('baseline')}\n  ${line('cssHighlights')}\n  ${line('overlay')}`);
  // The repost's sentences matched in the Global Times report (21 or more, as chromium.spec.ts finds).
  expect(timing.overlay.ranges).toBeGreaterThanOrEqual(21);
  expect(timing.overlayBoxes).toBeGreaterThanOrEqual(timing.overlay.ranges);
}

describe('paint time of the highlight overlay against CSS.highlights, NetEase seed repost', () => {
  it('Chromium', async () => {
    const session = await launchChromium(server);
    try {
      const options = await session.context.newPage();
      await options.goto(`chrome-extension://${session.extensionId}/options.html`);
      await options.getByTestId('import-file').setInputFiles(corpus());
      await options.getByTestId('import-report').waitFor({ timeout: 60_000 });
      const page = await session.context.newPage();
      await page.goto(REPOST);
      await options.evaluate(tabStateInPage, { url: REPOST, timeoutMs: 60_000, until: 'painted' as const });
      const quotes = await options.evaluate(matchedQuotesInPage, REPOST);
      await page.bringToFront();
      report('chromium', (await page.evaluate(expression(quotes))) as PaintTiming);
    } finally {
      await session.close();
    }
  });

  it('Firefox', async () => {
    const browser = await launchFirefox(server);
    try {
      const options = await browser.newPage();
      // Firefox's BiDi sends no load event for extension pages (TESTING.md): poll for the field.
      await options.goto(`moz-extension://${FIREFOX_EXTENSION_UUID}/options.html`, { timeout: 1000 }).catch(() => undefined);
      await until(() => options.evaluate(() => document.querySelector('[data-testid="import-file"]') !== null));
      await ((await options.$('[data-testid="import-file"]')) as ElementHandle<HTMLInputElement>).uploadFile(corpus());
      await until(() => options.evaluate(() => document.querySelector('[data-testid="import-report"]') !== null), 60_000);
      const page = await browser.newPage();
      await page.goto(REPOST);
      await options.evaluate(tabStateInPage, { url: REPOST, timeoutMs: 60_000, until: 'painted' as const });
      const quotes = await options.evaluate(matchedQuotesInPage, REPOST);
      await page.bringToFront();
      report('firefox', (await page.evaluate(expression(quotes))) as PaintTiming);
    } finally {
      await browser.close();
    }
  });
});
