import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';

/** Screenshots of the run; the README's images are copied from here. */
export const SCREENSHOTS = resolve(import.meta.dirname, '..', 'artifacts', 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

const scratch = mkdtempSync(join(tmpdir(), 'claimtrail-e2e-'));

/** Writes a file for the browser to pick up (e.g. an upload) and returns its path. */
export function artifactFile(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

/**
 * Puts screenshots side by side in one picture (the page on the left, ClaimTrail on the right),
 * as the reader sees them, by laying them out in a blank page of the same browser.
 */
export async function composeSideBySide(context: BrowserContext, parts: string[], out: string): Promise<void> {
  const page = await context.newPage();
  const images = parts.map((path) => `<img src="data:image/png;base64,${readFileSync(path).toString('base64')}">`).join('');
  await page.setContent(`<body style="margin:0;display:flex;gap:0;align-items:flex-start;background:#d0d7de">${images}</body>`);
  await page.waitForFunction(() => [...document.images].every((image) => image.complete));
  const width = await page.evaluate(() => [...document.images].reduce((sum, image) => sum + image.naturalWidth, 0));
  await page.setViewportSize({ width, height: 900 });
  await page.screenshot({ path: out, fullPage: false });
  await page.close();
}
