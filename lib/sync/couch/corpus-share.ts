/**
 * The shared corpus, "a desk shares one corpus": with `shareCorpus` on, `syncOnce` also carries the
 * tracked articles through the team database, beside the annotations, as documents
 * `article:<article id>` holding the article as a corpus bundle carries it, plus `addedAt`
 * (corpus-docs.ts). Each device indexes pulled passages itself, so no match keys travel.
 *
 * - Articles are snapshots keyed by canonical URL, so there is nothing to merge: between two
 *   copies the newer `addedAt` wins, on the server (corpus-push.ts) and on each device
 *   (corpus-pull.ts), and equal times are the same snapshot.
 * - Deletions stay local both ways: a reader removing an article keeps it in the desk's database,
 *   and a document deleted there stays in every reader's corpus. A removed article comes back to
 *   a reader only if someone shares a newer snapshot of it.
 * - Pull runs first, as for annotations: it records the server's revisions, which the push then
 *   builds on, and which keep the pulled articles (logged in `corpusChanges` like any write) from
 *   being pushed back.
 * - Cursors and revisions live in `syncState` per replication id (corpus-state.ts); a server that
 *   does not know this device any more (no checkpoint) makes the replicator forget them.
 */
import { pullArticles, type CorpusShareContext } from './corpus-pull';
import { pushArticles } from './corpus-push';
import type { CouchResult } from './http';

export type { CorpusShareContext } from './corpus-pull';

/** What sharing the corpus did in one sync. */
export interface CorpusShareOutcome {
  /** Article documents written on the server. */
  pushed: number;
  /** Articles stored from the server. */
  pulled: number;
  /** Article documents (or local articles) skipped as invalid, with their field paths. */
  rejected: string[];
}

/**
 * Pulls the articles other devices shared, then pushes this device's new or newer ones. Fails
 * without throwing; whatever was stored before a failure stays, and the next sync resumes.
 */
export async function shareCorpus(context: CorpusShareContext): Promise<CouchResult<CorpusShareOutcome>> {
  const pulled = await pullArticles(context);
  if (!pulled.ok) return pulled;
  const pushed = await pushArticles(context);
  if (!pushed.ok) return pushed;
  return { ok: true, value: { pushed: pushed.value.pushed, pulled: pulled.value.pulled, rejected: [...pulled.value.rejected, ...pushed.value.rejected] } };
}
