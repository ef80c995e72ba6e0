/**
 * The reader's annotation steps in a real page, for the end-to-end tests: select a phrase of the
 * article, press Annotate in the card, type a note, save.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { clickInShadow, shadowText } from './shadow-dom';

/** Selects the first occurrence of `phrase` in the page's text, as a reader dragging over it would. */
export function selectPhrase(phrase: string): void {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(phrase);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + phrase.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return;
  }
  throw new Error(`"${phrase}" is not on the page`);
}

/** Annotates `phrase` with `note` in the page's card; resolves once the card says it is saved and the page paints it. */
export async function annotatePhrase(page: Page, phrase: string, note: string): Promise<void> {
  await page.bringToFront();
  await page.evaluate(selectPhrase, phrase);
  await page.locator('claimtrail-card').waitFor({ state: 'visible' });
  await expect.poll(() => shadowText(page, 'claimtrail-card'), { timeout: 10_000 }).toContain('Annotate');
  await clickInShadow(page, 'claimtrail-card', 'annotate');
  await expect.poll(() => shadowText(page, 'claimtrail-card'), { timeout: 10_000 }).toContain('Save');
  await clickInShadow(page, 'claimtrail-card', 'note-text');
  await page.keyboard.type(note);
  await clickInShadow(page, 'claimtrail-card', 'note-save');
  await expect.poll(() => shadowText(page, 'claimtrail-card'), { timeout: 10_000 }).toContain('Saved.');
  await page.waitForFunction(() => CSS.highlights.has('claimtrail-note'));
}
