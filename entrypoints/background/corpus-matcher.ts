/**
 * The background's matcher over the extension's database: the dictionary is fetched, a stale
 * index rebuilt, and the corpus index created on the first page to match, then kept for the
 * service worker's life (a restart answers its first page from IndexedDB while it reloads).
 */
import { CorpusIndex } from '../../lib/match/corpus-index';
import { passageIndexer } from '../../lib/match/features';
import { matchPageText } from '../../lib/match/page-matches';
import { reindexIfStale } from '../../lib/match/reindex';
import { articleFromPage } from '../../lib/page-article';
import type { PageMatchesAnswer, PageText, TrackResult } from '../../lib/schema';
import { toArticleRecords } from '../../lib/store/article-records';
import { saveArticle } from '../../lib/store/corpus-repository';
import { extensionDb } from '../../platform/extension-db';
import { featureContext } from '../../platform/gloss';
import { readSettings } from '../../platform/settings';

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
  const tookMs = performance.now() - start;
  // With automatic tracking on, a recognised article joins the corpus once it has been matched.
  if (!answer.tracked && (await readSettings()).autoTrack) {
    await trackArticle(page);
    return { ...answer, tracked: true, tookMs };
  }
  return { ...answer, tookMs };
}

/** Stores a page's article in the tracked corpus; the index learns of it through the change log. */
export async function trackArticle(page: PageText): Promise<TrackResult> {
  const indexer = passageIndexer(await featureContext());
  const records = toArticleRecords(articleFromPage(page), 'tracked', new Date().toISOString(), indexer);
  const saved = await saveArticle(extensionDb(), records, indexer.version);
  if (!saved.ok) throw new Error(saved.error.message);
  return { articleId: records.article.id, passages: records.passages.length, replaced: saved.value.replaced };
}
