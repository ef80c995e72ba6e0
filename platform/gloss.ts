/**
 * The extension's gloss table and passage indexer: the table ships in the package
 * (public/data/cedict-gloss.txt, generated at install time) and is fetched from there once per
 * context.
 */
import { browser } from 'wxt/browser';
import { passageIndexer, type FeatureContext } from '../lib/match/features';
import { GlossTable } from '../lib/match/gloss-table';
import type { PassageIndexer } from '../lib/store/article-records';

let context: Promise<FeatureContext> | undefined;

async function fetchGlossTable(): Promise<GlossTable> {
  // The file is generated after `wxt prepare` writes its list of public paths, so the typed
  // path union may not know it yet.
  const url = browser.runtime.getURL('/data/cedict-gloss.txt' as '/');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The dictionary is missing from the extension package (${url}: ${response.status}).`);
  return GlossTable.fromText(await response.text());
}

/** The matcher's context (the gloss table), loaded on first use and kept for the context's life. */
export function featureContext(): Promise<FeatureContext> {
  context ??= fetchGlossTable().then(
    (gloss) => ({ gloss }),
    (error: unknown) => {
      context = undefined;
      throw error;
    },
  );
  return context;
}

/** The store's passage indexer over the extension's gloss table. */
export async function extensionIndexer(): Promise<PassageIndexer> {
  return passageIndexer(await featureContext());
}
