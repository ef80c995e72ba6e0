/**
 * `npm run demo`: the built extension in Debian's Chromium, reading the fictional sample story on
 * its real host names (served from 127.0.0.1). It imports the sample corpus through the options
 * page, opens the later reports of the story, and saves screenshots. With a display it leaves the
 * browser open for you to explore; without one (or with --headless) it runs headless and exits.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../e2e/browsers';
import { startFixtureServer } from '../e2e/fixture-server';
import { fixturePages } from '../e2e/site-pages';
import { loadSampleArticles } from './articles';
import { sampleBundle } from './sample-bundle';

const out = resolve(import.meta.dirname, '..', 'demo-output');
const headless = process.argv.includes('--headless') || !process.env['DISPLAY'];

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const articles = loadSampleArticles();
  // The reader has tracked the story's sources; the NetEase repost is what they are reading now.
  const tracked = articles.filter((page) => page.site !== 'netease');
  const reading = articles.filter((page) => page.site === 'netease' || page.site === 'globaltimes');
  const bundlePath = join(out, 'sample-corpus.json');
  writeFileSync(bundlePath, JSON.stringify(sampleBundle(tracked, new Date().toISOString()), null, 2));

  const server = await startFixtureServer(fixturePages());
  const session = await launchChromium(server, { headless });
  const shots: string[] = [];
  const shot = async (page: { screenshot(o: { path: string }): Promise<unknown> }, name: string) => {
    const path = join(out, name);
    await page.screenshot({ path });
    shots.push(path);
  };

  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByTestId('import-file').setInputFiles(bundlePath);
  await options.getByTestId('import-report').waitFor();
  console.log(`Imported the sample corpus: ${await options.getByTestId('import-report').textContent()}`);
  await shot(options, '01-options-import.png');

  for (const [index, article] of reading.entries()) {
    const page = await session.context.newPage();
    await page.goto(article.url);
    await shot(page, `${String(index + 2).padStart(2, '0')}-${article.site}-page.png`);
    const panel = await session.context.newPage();
    await panel.setViewportSize({ width: 400, height: 600 });
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
    await panel.locator('[data-testid="tab-status"][data-kind="article"]').waitFor();
    await shot(panel, `${String(index + 2).padStart(2, '0')}-${article.site}-sidepanel.png`);
    await panel.close();
  }

  console.log(`Screenshots:\n${shots.map((path) => `  ${path}`).join('\n')}`);
  if (headless) {
    await session.close();
    await server.close();
    return;
  }
  console.log('Chromium stays open with ClaimTrail loaded; close it to end the demo.');
  await new Promise<void>((done) => session.context.on('close', () => done()));
  await server.close();
}

await main();
