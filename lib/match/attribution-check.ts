/**
 * The attribution check: a sentence says an outlet said something ("the Financial Times pointed
 * out that…"); is the claim in that outlet's tracked articles? Found (a `same` match), partly
 * (only a `supports` match: the closest sentence, and the page sentence's terms it lacks), not
 * found among the outlet's N tracked articles, or no tracked article of that outlet at all.
 * "Partly" asks more than a `supports` label: two-fifths of the sentence's own content.
 * Republishers count as the outlet (FT Chinese runs the FT's columns).
 */
import { outletFamily } from '../outlets';
import type { CorpusMatch, PassageMatches } from '../schema';
import type { CorpusIndex } from './corpus-index';
import type { MatchEntry } from './features';
import { FRAME_STEMS } from './frame';

type Check = NonNullable<PassageMatches['attributionCheck']>;

/** Terms listed as missing at most. */
const MISSING_TERMS = 6;
/** "Partly" needs two-fifths of the page sentence's own content in the outlet's sentence (set on the seeds). */
const PARTLY_SHARE = 0.4;

/**
 * Checks each attributed passage against its matches (`matches[i]`, best first, of
 * `passages[i]`, whose match features are `entries[i]`): the outlet's best one decides.
 */
export async function checkAttributions(
  passages: readonly Pick<PassageMatches, 'attribution'>[],
  entries: readonly MatchEntry[],
  matches: readonly (readonly CorpusMatch[])[],
  index: CorpusIndex,
): Promise<(Check | undefined)[]> {
  const articleCounts = new Map<string, number>();
  const checks: (Check | undefined)[] = [];
  for (const [i, passage] of passages.entries()) {
    const outletId = passage.attribution?.outletId;
    if (!outletId) {
      checks.push(undefined);
      continue;
    }
    const family = outletFamily(outletId);
    if (!articleCounts.has(outletId)) articleCounts.set(outletId, await index.articleCount(family));
    const articles = articleCounts.get(outletId)!;
    const best = matches[i]!.find((match) => family.includes(match.outletId));
    const content = best ? claimContent(entries[i]!, best.reasons.terms) : undefined;
    if (articles === 0) checks.push({ verdict: 'noArticles', outletId });
    else if (best?.label === 'same') checks.push({ verdict: 'found', outletId, match: best });
    else if (best && content && content.shared >= PARTLY_SHARE * content.total) checks.push({ verdict: 'partly', outletId, match: best, missing: content.missing });
    else checks.push({ verdict: 'notFound', outletId, articles });
  }
  return checks;
}

/**
 * The page sentence's own content (its slots, reporting words aside) against a match: how many
 * slots the match shares, and one term for each it lacks. A related sentence that shares a word
 * or two by chance ("powerful models" for 发电能力 "power generation") is not the claim, partly.
 */
function claimContent(entry: MatchEntry, shared: readonly string[]): { shared: number; total: number; missing: string[] } {
  const covered = new Set(shared);
  const slots = entry.features.slots.filter((slot) => !slot.some((stem) => FRAME_STEMS.has(stem)));
  const missing = slots.filter((slot) => !slot.some((stem) => covered.has(stem)));
  return { shared: slots.length - missing.length, total: slots.length, missing: missing.map((slot) => slot[0]!).slice(0, MISSING_TERMS) };
}
