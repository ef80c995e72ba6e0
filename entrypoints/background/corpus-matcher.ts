/**
 * The background's matcher over the extension's database: the dictionary is fetched, stale
 * features rebuilt, and the corpus index created on the first page to match, then kept for the
 * service worker's life. A restart loads the index from its snapshot, which is written a little
 * after the index changes (not on every page: a snapshot is the whole index).
 */
import { CorpusIndex } from '../../lib/match/corpus-index';
import { FEATURES_VERSION, passageIndexer } from '../../lib/match/features';
import { matchPageText } from '../../lib/match/page-matches';
import { reindexIfStale } from '../../lib/match/reindex';
import { articleFromPage } from '../../lib/page-article';
import type { PageMatchesAnswer, PageText, TrackResult } from '../../lib/schema';
import { toArticleRecords } from '../../lib/store/article-records';
import { saveArticle } from '../../lib/store/corpus-repository';
import { readIndexStats } from '../../lib/store/index-stats';
import { extensionDb } from '../../platform/extension-db';
import { featureContext } from '../../platform/gloss';
import { readSettings } from '../../platform/settings';

let ready: Promise<CorpusIndex> | undefined;
let snapshotTimer: ReturnType<typeof setTimeout> | undefined;

/** Time after a change before the snapshot is written, so a burst of changes costs one write. */
const SNAPSHOT_DELAY_MS = 2000;

/**
 * Writes the index's snapshot a little after it changed; later changes do not postpone a write
 * already planned (a reader going from page to page would otherwise starve it until the worker
 * is stopped). A failure keeps the old snapshot; the next change plans another write.
 */
function scheduleSnapshot(index: CorpusIndex): void {
  if (!index.dirty || snapshotTimer !== undefined) return;
  snapshotTimer = setTimeout(() => {
    index
      .saveSnapshot()
      .then((saved) => {
        snapshotTimer = undefined;
        if (saved.ok) scheduleSnapshot(index);
        else console.debug('ClaimTrail: the index snapshot was not written', saved.error.message);
      })
      .catch((error: unknown) => {
        snapshotTimer = undefined;
        console.debug('ClaimTrail: the index snapshot was not written', error);
      });
  }, SNAPSHOT_DELAY_MS);
}

async function openIndex(): Promise<CorpusIndex> {
  const db = extensionDb();
  if ((await readIndexStats(db, FEATURES_VERSION)).version !== FEATURES_VERSION) await reindexIfStale(db, passageIndexer(await featureContext()));
  const index = new CorpusIndex(db);
  // The snapshot loads while the dictionary is fetched: the page's own features need the latter.
  index.load().catch(() => undefined);
  return index;
}

export async function matchPassages(page: PageText): Promise<PageMatchesAnswer> {
  const start = performance.now();
  ready ??= openIndex().catch((error: unknown) => {
    ready = undefined;
    throw error;
  });
  // The index and the dictionary load side by side; how long the page waited for each is reported.
  const waited = { dictionary: 0, index: 0 };
  const since = () => Math.round(performance.now() - start);
  const [index, context] = await Promise.all([
    ready.then(async (opened) => {
      await opened.load();
      waited.index = since();
      return opened;
    }),
    featureContext().then((loaded) => {
      waited.dictionary = since();
      return loaded;
    }),
  ]);
  const answer = await matchPageText(page, index, context);
  const tookMs = performance.now() - start;
  // A context's clock starts with it: for a service worker, at its start.
  const backgroundAgeMs = performance.now();
  scheduleSnapshot(index);
  // With automatic tracking on, a recognised article joins the corpus once it has been matched.
  if (!answer.tracked && (await readSettings()).autoTrack) {
    await trackArticle(page);
    return { ...answer, tracked: true, tookMs, waitedMs: waited, backgroundAgeMs };
  }
  return { ...answer, tookMs, waitedMs: waited, backgroundAgeMs };
}

/** Stores a page's article in the tracked corpus; the index learns of it through the change log. */
export async function trackArticle(page: PageText): Promise<TrackResult> {
  const indexer = passageIndexer(await featureContext());
  const records = toArticleRecords(articleFromPage(page), 'tracked', new Date().toISOString(), indexer);
  const saved = await saveArticle(extensionDb(), records, indexer.version);
  if (!saved.ok) throw new Error(saved.error.message);
  return { articleId: records.article.id, passages: records.passages.length, replaced: saved.value.replaced };
}
