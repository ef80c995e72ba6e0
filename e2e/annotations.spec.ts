import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCouchServer, type CouchServer } from '../tests/couch-server';
import { SEED_URLS } from '../tests/seeds';
import { annotatePhrase, editorFrame } from './annotate';
import { artifactFile, SCREENSHOTS } from './artifacts';
import { bundleOf } from '../tests/bundles';
import { launchChromium, type ChromiumSession } from './browsers';
import { tabStateInPage } from './extension-probe';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { phraseCentre } from './page-probe';
import { overlayBoxes, paintedCounts, shadowText } from './shadow-dom';
import { fixturePages } from './site-pages';

const REPOST = SEED_URLS['netease-repost']!;
const PHRASE = '中國的開源模型在表現';

let server: FixtureServer;
let couch: CouchServer;
beforeAll(async () => {
  server = await startFixtureServer(fixturePages());
  couch = await startCouchServer();
});
afterAll(async () => {
  await server.close();
  await couch.stop();
});

const extensionPage = async (session: ChromiumSession, path: string): Promise<Page> => {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
};

/** Opens the repost and waits until ClaimTrail has read and painted it. */
async function openRepost(session: ChromiumSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(REPOST);
  const probe = await extensionPage(session, 'popup.html');
  await probe.evaluate(tabStateInPage, { url: REPOST, timeoutMs: 30_000, until: 'painted' as const });
  await probe.close();
  return page;
}

describe('Chromium: annotations', () => {
  it('annotates a selection in the page, paints it in its own style, lists and edits it in the side panel, and mirrors it in browser sync storage', async () => {
    const session = await launchChromium(server);
    try {
      const options = await extensionPage(session, 'options.html');
      await options.getByTestId('browser-sync').check();
      const page = await openRepost(session);
      await annotatePhrase(page, PHRASE, 'The FT wrote adoption, not performance.');
      // Painted over the phrase in ClaimTrail's own overlay, in the note style.
      await expect.poll(async () => paintedCounts(await overlayBoxes(page))['note'], { timeout: 10_000 }).toBe(1);
      const phrase = await page.evaluate(phraseCentre, PHRASE);
      const notes = (await overlayBoxes(page)).filter((box) => box.kind === 'note');
      expect(notes.some((box) => phrase.x >= box.left && phrase.x <= box.left + box.width && phrase.y >= box.top && phrase.y <= box.top + box.height)).toBe(true);
      // The editor is ClaimTrail's own page framed in the card; the card itself holds no note.
      expect(await (await editorFrame(page)).getByTestId('note-status').textContent()).toBe('Saved.');
      expect(await shadowText(page, 'claimtrail-card')).not.toContain('The FT wrote adoption');
      await page.screenshot({ path: join(SCREENSHOTS, 'chromium-annotation-card.png') });

      const panel = await extensionPage(session, 'sidepanel.html');
      const item = panel.getByTestId('annotation');
      await item.waitFor();
      expect(await item.locator('blockquote').textContent()).toContain('開源模型');
      expect(await item.getByTestId('note-text').inputValue()).toBe('The FT wrote adoption, not performance.');
      await item.getByTestId('note-tags').fill('misquote, ai');
      await item.getByTestId('note-verdict').selectOption('misattributed');
      await item.getByTestId('note-save').click();
      await item.getByTestId('note-status').filter({ hasText: 'Saved.' }).waitFor();
      await panel.setViewportSize({ width: 420, height: 1200 });
      await panel.getByTestId('annotation-list').screenshot({ path: join(SCREENSHOTS, 'chromium-sidepanel-annotation.png') });

      // Browser sync (Chromium without an account keeps storage.sync locally, quotas and all).
      await options.bringToFront();
      await options.getByTestId('browser-sync-counts').filter({ hasText: 'All 1 annotations are synced this way.' }).waitFor({ timeout: 30_000 });
      const stored = await options.evaluate(async () => Object.keys(await chrome.storage.sync.get(null)));
      expect(stored.some((key) => key.startsWith('ann:'))).toBe(true);

      // A reload finds the annotation again, anchored where it was.
      await page.reload();
      await expect.poll(async () => paintedCounts(await overlayBoxes(page))['note'], { timeout: 30_000 }).toBe(1);
    } finally {
      await session.close();
    }
  });

  it('gives the editor frame a dark page’s colours, and keeps them through a save', async () => {
    const session = await launchChromium(server);
    try {
      const page = await openRepost(session);
      // The card follows the page's own background, not the system's preference.
      await page.evaluate(() => {
        document.body.style.background = '#15181d';
        document.body.style.color = '#e6edf3';
      });
      await annotatePhrase(page, PHRASE, 'Dark.');
      const frame = await editorFrame(page);
      const colours = await frame.evaluate(() => {
        const main = document.querySelector('[data-testid="annotation-frame"]')!;
        return { scheme: main.parentElement!.dataset['scheme'], root: document.documentElement.style.colorScheme, background: getComputedStyle(main).backgroundColor, text: getComputedStyle(main).color };
      });
      expect(colours).toEqual({ scheme: 'dark', root: 'dark', background: 'rgb(28, 33, 40)', text: 'rgb(230, 237, 243)' });
      await page.screenshot({ path: join(SCREENSHOTS, 'chromium-annotation-card-dark.png') });
    } finally {
      await session.close();
    }
  });

  it('syncs two browsers through a CouchDB server: their tracked corpus is shared, an annotation made in one appears in the other, concurrent edits converge with both texts kept, a push cut off mid-way resumes without loss or duplicates, a wrong password loses nothing', async () => {
    const database = await couch.createDatabase();
    const config = { serverUrl: couch.url, database: database.name, username: database.username, password: database.password, shareCorpus: true };
    // Browser A reaches the server through a proxy that can cut connections.
    const proxy = await couch.startProxy();
    const [a, b] = [await launchChromium(server), await launchChromium(server)];
    try {
      const [optionsA, optionsB] = [await extensionPage(a, 'options.html'), await extensionPage(b, 'options.html')];
      // What "Connect" stores once the reader grants the host permission (a browser prompt no test can answer).
      await optionsA.evaluate((stored) => chrome.storage.local.set({ couch: stored }), { ...config, serverUrl: proxy.url });
      await optionsB.evaluate((stored) => chrome.storage.local.set({ couch: stored }), config);
      const syncNow = async (options: Page): Promise<string> => {
        await options.getByTestId('couch-sync-now').click();
        const outcome = options.getByTestId('couch-outcome');
        await outcome.filter({ hasText: /\S/ }).waitFor();
        const text = (await outcome.textContent()) ?? '';
        await options.reload();
        return text;
      };

      // A's tracked corpus (two imported articles) is shared through the same database.
      await optionsA.getByTestId('import-file').setInputFiles(artifactFile('shared-2.json', JSON.stringify(bundleOf(2))));
      await optionsA.getByTestId('import-report').waitFor();
      const pageA = await openRepost(a);
      await annotatePhrase(pageA, PHRASE, 'Annotated in browser A.');
      expect(await syncNow(optionsA)).toMatch(/^Synced: 1 sent/);
      expect(await syncNow(optionsB)).toMatch(/^Synced: 0 sent, 1 received/);
      expect(await optionsB.getByTestId('article-count').textContent()).toBe('2');
      const pageB = await openRepost(b);
      await expect.poll(async () => paintedCounts(await overlayBoxes(pageB))['note'], { timeout: 30_000 }).toBe(1);
      const panelB = await extensionPage(b, 'sidepanel.html');
      await panelB.getByTestId('annotation').waitFor();
      expect(await panelB.getByTestId('note-text').inputValue()).toBe('Annotated in browser A.');

      // Both edit the same annotation without syncing in between, then sync A, B, A, B.
      const panelA = await extensionPage(a, 'sidepanel.html');
      for (const [panel, note] of [[panelA, 'Edited in A.'], [panelB, 'Edited in B, later.']] as const) {
        await panel.getByTestId('note-text').fill(note);
        await panel.getByTestId('note-save').click();
        await panel.getByTestId('note-status').filter({ hasText: 'Saved.' }).waitFor();
      }
      for (const options of [optionsA, optionsB, optionsA, optionsB]) expect(await syncNow(options)).toMatch(/^Synced/);
      for (const panel of [panelA, panelB]) {
        await panel.reload();
        await panel.getByTestId('note-conflicts').waitFor();
        expect(await panel.getByTestId('note-text').inputValue()).toBe('Edited in B, later.');
        expect(await panel.getByTestId('note-conflicts').textContent()).toContain('Edited in A.');
      }

      // The server's answer to A's push is cut off after it stored the batch: A says so, keeps
      // its change, and the next sync completes it without a duplicate.
      await pageA.close();
      await annotatePhrase(await openRepost(a), '美國則不僅在大幅收縮', 'Second note from A.');
      proxy.fault({ match: (request) => request.method === 'POST' && request.path.includes('_bulk_docs'), mode: 'cutAnswer' });
      expect(await syncNow(optionsA)).toContain('Could not reach the CouchDB server');
      proxy.fault(undefined);
      expect(await syncNow(optionsA)).toMatch(/^Synced/);
      const ids = ((await couch.admin('GET', `${database.name}/_all_docs`)).json as { rows: { id: string }[] }).rows.map((row) => row.id);
      expect(ids.filter((id) => id.startsWith('annotation:'))).toHaveLength(2);
      expect(await syncNow(optionsB)).toMatch(/1 received/);

      // A wrong password: a clear error, and the annotations are still there.
      await optionsB.evaluate((stored) => chrome.storage.local.set({ couch: stored }), { ...config, password: 'not-the-password' });
      await optionsB.reload();
      expect(await syncNow(optionsB)).toContain(`CouchDB rejected the credentials for ${database.username}`);
      expect(await optionsB.getByTestId('annotation-count').textContent()).toBe('2');
    } finally {
      await a.close();
      await b.close();
      await proxy.close();
    }
  });
});
