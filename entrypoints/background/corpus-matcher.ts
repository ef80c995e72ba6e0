/**
 * The background's matcher over the extension's database: the dictionary is fetched, a stale
 * index rebuilt, and the corpus index created on the first page to match, then kept for the
 * service worker's life (a restart answers its first page from IndexedDB while it reloads).
 */
import { CorpusIndex } from '../../lib/match/corpus-index';
import { passageIndexer } from '../../lib/match/features';
import { matchPageText } from '../../lib/match/page-matches';
import { reindexIfStale } from '../../lib/match/reindex';
import type { PageMatchesAnswer, PageText } from '../../lib/schema';
import { extensionDb } from '../../platform/extension-db';
import { featureContext } from '../../platform/gloss';

let ready: Promise<CorpusIndex> | undefined;

async function openIndex(): Promise<CorpusIndex> {
  const context = await featureContext();
  await reindexIfStale(extensionDb(), passageIndexer(context));
  return new CorpusIndex(extensionDb());
}

export async function matchPassages(page: PageText): Promise<PageMatchesAnswer> {
  const start = performance.now();
  ready ??= openIndex().catch((error: unknown) => {
    ready = undefined;
    throw error;
  });
  const index = await ready;
  const answer = await matchPageText(page, index, await featureContext());
  return { ...answer, tookMs: performance.now() - start };
}
