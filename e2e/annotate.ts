/**
 * The reader's annotation steps in a real page, for the end-to-end tests: select a phrase of the
 * article, press Annotate in the card, type a note in the card's editor frame, save.
 */
import type { Frame, Page } from 'playwright-core';
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

/** The card's editor frame (ClaimTrail's own page, framed in the card), once its editor shows. */
export async function editorFrame(page: Page): Promise<Frame> {
  let frame: Frame | undefined;
  await expect.poll(async () => {
    frame = page.frames().find((candidate) => candidate.url().endsWith('/annotate-frame.html'));
    return frame ? frame.locator('[data-testid="annotation-editor"]').count() : 0;
  }, { timeout: 10_000 }).toBeGreaterThan(0);
  return frame!;
}

/** Resolves once the note field inside the editor frame has the keyboard (the frame focused too). */
export async function noteFieldFocused(frame: Frame): Promise<void> {
  await frame.waitForFunction(() => document.hasFocus() && (document.activeElement as HTMLElement | null)?.dataset['testid'] === 'note-text', undefined, { timeout: 10_000 });
}

/** Selects `phrase`, presses Annotate in the card; answers the new annotation's editor frame once it has the keyboard. */
export async function openNewNote(page: Page, phrase: string): Promise<Frame> {
  await page.bringToFront();
  await page.evaluate(selectPhrase, phrase);
  await page.locator('claimtrail-card').waitFor({ state: 'visible' });
  await expect.poll(() => shadowText(page, 'claimtrail-card'), { timeout: 10_000 }).toContain('Annotate');
  await clickInShadow(page, 'claimtrail-card', 'annotate');
  const frame = await editorFrame(page);
  await noteFieldFocused(frame);
  return frame;
}

/** Annotates `phrase` with `note` in the page's card; resolves once the editor says it is saved. */
export async function annotatePhrase(page: Page, phrase: string, note: string): Promise<void> {
  const frame = await openNewNote(page, phrase);
  // Real key presses, into whatever has the keyboard: the note field in the frame.
  await page.keyboard.type(note);
  await frame.getByTestId('note-save').click();
  await frame.getByTestId('note-status').filter({ hasText: 'Saved.' }).waitFor({ timeout: 10_000 });
}
