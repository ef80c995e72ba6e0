/**
 * Candidates straight from IndexedDB, through the passages' `*keys` multiEntry index: what
 * answers a page before the in-memory index has loaded (after a service-worker start). Each
 * query key costs one index lookup, so only a passage's rarest keys are looked up (one per unit),
 * all of a page's in one read transaction.
 */
import type { IndexStats, Passage } from '../schema';
import type { ClaimTrailDb } from '../store/db';
import type { MatchEntry } from './features';
import { isCandidateKey } from './minhash';

/** Keys looked up per query passage, rarest first. */
const KEYS_PER_QUERY = 20;
/** A key held by more passages than this is skipped: reading its postings costs more than it tells. */
const MAX_POSTINGS = 2000;
/** Candidate rows read and scored per query passage. */
const MAX_CANDIDATES = 30;

/**
 * One key per unit of the query: anchor pairs, names, numbers and bands as they are, and for a
 * content slot its first stem (a Chinese word's main English sense, the one a translation uses).
 */
function lookupKeys(query: MatchEntry): string[] {
  const { features } = query;
  return [
    ...query.keys.filter(isCandidateKey),
    ...features.entities.map((entity) => `@${entity}`),
    ...features.numbers.map((number) => `#${number}`),
    ...features.slots.flatMap((slot) => slot.slice(0, 1)),
  ];
}

/**
 * For each query, the stored passages sharing the most IDF weight of its rarest keys; passages
 * of `excludeArticleId` (the page's own article, if tracked) are never candidates.
 */
export async function storeCandidates(db: ClaimTrailDb, queries: readonly MatchEntry[], stats: IndexStats, excludeArticleId?: string): Promise<Passage[][]> {
  const own = excludeArticleId === undefined ? undefined : `${excludeArticleId}:`;
  return db.transaction('r', db.passages, async () => {
    // The page's own passages hold every key of the page: counted in, they would make its
    // rarest keys look useful when they lead nowhere else.
    const ownRows = excludeArticleId === undefined ? [] : await db.passages.where('articleId').equals(excludeArticleId).toArray();
    const ownCount = new Map<string, number>();
    for (const row of ownRows) for (const key of new Set(row.keys)) ownCount.set(key, (ownCount.get(key) ?? 0) + 1);
    const df = (key: string): number => (isCandidateKey(key) ? 1 : (stats.df[key] ?? 0)) - (isCandidateKey(key) ? 0 : (ownCount.get(key) ?? 0));
    const idf = (key: string): number => Math.log((stats.documents + 1) / (df(key) + 1)) + 1;
    const ranked = await Promise.all(
      queries.map(async (query) => {
        const rare = [...new Set(lookupKeys(query))]
          .filter((key) => df(key) > 0 && df(key) <= MAX_POSTINGS)
          .sort((a, b) => df(a) - df(b))
          .slice(0, KEYS_PER_QUERY);
        const weights = new Map<string, number>();
        const postings = await Promise.all(rare.map((key) => db.passages.where('keys').equals(key).primaryKeys()));
        postings.forEach((ids, i) => {
          for (const id of ids) if (own === undefined || !id.startsWith(own)) weights.set(id, (weights.get(id) ?? 0) + idf(rare[i]!));
        });
        return [...weights.entries()]
          .sort((a, b) => b[1] - a[1])
          .slice(0, MAX_CANDIDATES)
          .map(([id]) => id);
      }),
    );
    const rows = await db.passages.bulkGet([...new Set(ranked.flat())]);
    const byId = new Map(rows.filter((row): row is Passage => row !== undefined).map((row) => [row.id, row]));
    return ranked.map((ids) => ids.map((id) => byId.get(id)).filter((row): row is Passage => row !== undefined));
  });
}
