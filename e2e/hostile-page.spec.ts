/**
 * The security finding, as a test in both real browsers: a page's own scripts must learn nothing
 * of what the reader writes in ClaimTrail's card, nor which of its sentences ClaimTrail marks. The
 * NetEase repost is served with a hostile script (hostile-page.ts) that runs before the content
 * script; the reader annotates a phrase, types a private note with real key presses, saves it,
 * and closes the card with Esc. The script must have recorded none of it.
 */
import { join } from 'node:path';
import type { Frame as PuppeteerFrame, Page as PuppeteerPage, ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_URLS } from '../tests/seeds';
import { openNewNote, selectPhrase } from './annotate';
import { artifactFile, SCREENSHOTS } from './artifacts';
import { FIREFOX_EXTENSION_UUID, launchChromium, launchFirefox } from './browsers';
import { tabStateInPage } from './extension-probe';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { hostileEventCount, readHostileLog, withHostileScript, type HostileLog } from './hostile-page';
import { until } from './poll';
import { overlayBoxes, paintedCounts, shadowText } from './shadow-dom';
import { bundleOfArticles, fixturePages, seedArticle } from './site-pages';

const REPOST = SEED_URLS['netease-repost']!;
/** A phrase of the repost's article, and a note with letters, digits, punctuation and Chinese. */
const PHRASE = '中國的開源模型在表現';
const NOTE = 'Private: FT said adoption #42 私密';
const corpus = () => artifactFile('hostile-corpus.json', JSON.stringify(bundleOfArticles([seedArticle('gt-laugh-last')])));

let server: FixtureServer;
beforeAll(async () => {
  const pages = fixturePages();
  pages.set(REPOST, withHostileScript(pages.get(REPOST)!));
  server = await startFixtureServer(pages);
});
afterAll(() => server.close());

/** What the page learnt: nothing typed, no highlight, no message carrying the note. */
function expectNothingLeaked(log: HostileLog, typedFrom: number): void {
  expect(log.scans).toBeGreaterThan(0);
  // No keyboard, input or composition event reached the page while the reader typed and saved.
  // Esc is pressed in the frame; once the card has closed, focus is back in the page, which may
  // then see that key's release: the key that closed the card, not a word of the note.
  expect(log.events.slice(typedFrom).filter((event) => !(event.key === 'Escape' && event.type === 'keyup'))).toEqual([]);
  const seen = log.events.flatMap((event) => [event.key ?? '', event.data ?? '']).join('\u0000');
  for (const character of new Set(NOTE.replace(/\s/g, ''))) expect(seen.split('\u0000')).not.toContain(character);
  expect(seen).not.toContain('Private');
  // Nothing of ClaimTrail's is in the page's CSS.highlights registry: no annotated quote, no matched sentence.
  expect(log.highlightNames).toEqual([]);
  expect(log.highlightTexts.join('\n')).not.toContain(PHRASE);
  expect(log.messages.join('\n')).not.toContain('Private');
}

describe('Chromium: a hostile page', () => {
  it('sees none of a private note typed, saved and closed in the card, and no highlight through CSS.highlights; the note is saved and listed', async () => {
    const session = await launchChromium(server);
    try {
      const options = await session.context.newPage();
      await options.goto(`chrome-extension://${session.extensionId}/options.html`);
      await options.getByTestId('import-file').setInputFiles(corpus());
      await options.getByTestId('import-report').waitFor({ timeout: 60_000 });
      const page = await session.context.newPage();
      await page.goto(REPOST);
      const state = await options.evaluate(tabStateInPage, { url: REPOST, timeoutMs: 60_000, until: 'painted' as const });
      if (state.kind !== 'article' || !state.matches) throw new Error(`not painted: ${JSON.stringify(state)}`);
      expect(state.matches.same).toBeGreaterThan(0);

      const frame = await openNewNote(page, PHRASE);
      const typedFrom = await page.evaluate(hostileEventCount);
      await page.keyboard.type(NOTE);
      // Keyboard reach inside the frame: Tab past tags and verdict to Save, Enter.
      for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await frame.getByTestId('note-status').filter({ hasText: 'Saved.' }).waitFor({ timeout: 10_000 });
      expect(await frame.getByTestId('note-text').inputValue()).toBe(NOTE);
      await page.screenshot({ path: join(SCREENSHOTS, 'chromium-hostile-page-card.png') });
      // The page's document, closed shadow roots included, holds no copy of the note.
      expect(await shadowText(page, 'claimtrail-card')).not.toContain('Private');
      // Esc in the frame (focus is on its Save button) closes the card; focus goes back to the annotation's highlight.
      await page.keyboard.press('Escape');
      await page.locator('claimtrail-card').waitFor({ state: 'hidden' });
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('CLAIMTRAIL-TARGETS');

      // Painted all the same, in ClaimTrail's closed overlay: the matches and the annotation.
      const counts = paintedCounts(await overlayBoxes(page));
      expect(counts).toMatchObject({ same: state.matches.same, note: 1 });
      expectNothingLeaked(await page.evaluate(readHostileLog), typedFrom);

      const panel = await session.context.newPage();
      await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
      const item = panel.getByTestId('annotation');
      await item.waitFor();
      expect(await item.locator('blockquote').textContent()).toContain(PHRASE);
      expect(await item.getByTestId('note-text').inputValue()).toBe(NOTE);
    } finally {
      await session.close();
    }
  });
});

/**
 * The editor frame in Firefox, once its note field has the keyboard. WebDriver BiDi lists the
 * frame but reports its URL as about:blank (as it does for every moz-extension:// document), so
 * each frame is asked where it is.
 */
async function firefoxEditorFrame(page: PuppeteerPage): Promise<PuppeteerFrame> {
  let found: PuppeteerFrame | undefined;
  await until(async () => {
    for (const frame of page.frames().slice(1)) {
      const ready = await frame.evaluate(() => location.href.endsWith('/annotate-frame.html') && document.hasFocus() && (document.activeElement as HTMLElement | null)?.dataset['testid'] === 'note-text').catch(() => false);
      if (ready) found = frame;
    }
    return found !== undefined;
  });
  return found!;
}

describe('Firefox: a hostile page', () => {
  it('sees none of a private note typed from the keyboard alone, and no highlight through CSS.highlights; the note is saved and listed', async () => {
    const browser = await launchFirefox(server);
    try {
      const extensionPage = async (path: string, ready: string) => {
        const opened = await browser.newPage();
        await opened.goto(`moz-extension://${FIREFOX_EXTENSION_UUID}/${path}`, { timeout: 1000 }).catch(() => undefined);
        await until(() => opened.evaluate((selector) => document.querySelector(selector) !== null, ready));
        return opened;
      };
      const options = await extensionPage('options.html', '[data-testid="import-file"]');
      await ((await options.$('[data-testid="import-file"]')) as ElementHandle<HTMLInputElement>).uploadFile(corpus());
      await until(() => options.evaluate(() => document.querySelector('[data-testid="import-report"]') !== null), 60_000);
      const page = await browser.newPage();
      await page.goto(REPOST);
      const state = await options.evaluate(tabStateInPage, { url: REPOST, timeoutMs: 60_000, until: 'painted' as const });
      if (state.kind !== 'article' || !state.matches) throw new Error(`not painted: ${JSON.stringify(state)}`);
      // Painted (in the closed overlay, which only the DevTools protocol could count here).
      expect(state.matches.highlights).toBe(state.matches.same + state.matches.supports);

      // Keyboard only: select, Tab into the card to its last button (Annotate), Enter.
      await page.bringToFront();
      await page.evaluate(selectPhrase, PHRASE);
      await until(() => page.evaluate(() => getComputedStyle(document.querySelector('claimtrail-card')!).display === 'block'));
      const focused = () => page.evaluate(() => document.activeElement?.tagName ?? '');
      for (let i = 0; i < 80 && (await focused()) !== 'CLAIMTRAIL-CARD'; i++) await page.keyboard.press('Tab');
      for (let i = 0; i < 20 && (await focused()) === 'CLAIMTRAIL-CARD'; i++) await page.keyboard.press('Tab');
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
      expect(await focused()).toBe('CLAIMTRAIL-CARD');
      await page.keyboard.press('Enter');
      const frame = await firefoxEditorFrame(page);

      const typedFrom = await page.evaluate(hostileEventCount);
      await page.keyboard.type(NOTE);
      for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await until(() => frame.evaluate(() => document.querySelector('[data-testid="note-status"]')?.textContent === 'Saved.'));
      await page.screenshot({ path: join(SCREENSHOTS, 'firefox-hostile-page-card.png') });
      // Esc from the Save button, where Enter left the focus: the card closes, focus is back on the highlight.
      await page.keyboard.press('Escape');
      await until(() => page.evaluate(() => getComputedStyle(document.querySelector('claimtrail-card')!).display === 'none'));
      expect(await focused()).toBe('CLAIMTRAIL-TARGETS');
      expectNothingLeaked(await page.evaluate(readHostileLog), typedFrom);

      const panel = await extensionPage('sidepanel.html', '[data-testid="annotation"]');
      expect(await panel.evaluate(() => document.querySelector('[data-testid="annotation"] blockquote')?.textContent)).toContain(PHRASE);
      expect(await panel.evaluate(() => (document.querySelector('[data-testid="annotation"] [data-testid="note-text"]') as HTMLTextAreaElement).value)).toBe(NOTE);
    } finally {
      await browser.close();
    }
  });
});
