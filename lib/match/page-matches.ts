/**
 * What the background answers for `matchPassages`: the page's text cut into passages (as the
 * extractor would), each matched against the tracked corpus.
 */
import { buildPassages } from '../claims/article-passages';
import { sortBlocks } from '../claims/boilerplate';
import { articleIdFor } from '../ids';
import { outletById } from '../outlets';
import type { CorpusMatch, PageMatchesAnswer, PageText } from '../schema';
import { detectLang } from '../text/script';
import { checkAttributions } from './attribution-check';
import type { CorpusIndex } from './corpus-index';
import { matchEntry, type FeatureContext } from './features';

/** Matches per passage sent back to the page. */
const TOP = 5;
/** Matches per passage considered (the attribution check looks beyond the first few). */
const CONSIDERED = 10;
/** A `supports` match is shown only if it scores at least this share of the passage's best. */
const SUPPORTS_SHARE_OF_BEST = 0.75;

/**
 * The matches a reader should see: every `same`, and `supports` ones close to the best. Beside
 * a sentence that states the claim, loosely related ones only bury it.
 */
function worthShowing(matches: readonly CorpusMatch[]): CorpusMatch[] {
  const best = matches[0]?.score ?? 0;
  return matches.filter((match) => match.label === 'same' || match.score >= SUPPORTS_SHARE_OF_BEST * best);
}

function namesOf(matches: readonly CorpusMatch[]): PageMatchesAnswer['outletNames'] {
  const ids = new Set(matches.map((match) => match.outletId));
  return Object.fromEntries([...ids].map((id) => [id, { en: outletById(id)?.names.en ?? id, zh: outletById(id)?.names['zh-Hans'] ?? id }]));
}

export async function matchPageText(page: PageText, index: CorpusIndex, context: FeatureContext): Promise<Omit<PageMatchesAnswer, 'tookMs'>> {
  const lang = page.langHint ?? (page.text.trim() ? detectLang(page.text) : 'en');
  // Boilerplate and source lines stay in the text (offsets are the page's) but make no passages.
  const { claims } = sortBlocks(page.blocks, (block) => page.text.slice(block.start, block.end));
  const passages = buildPassages(page.text, claims, lang);
  const articleId = articleIdFor(page.canonicalUrl);
  const entries = passages.map((passage) => matchEntry(passage.text, passage.lang, context));
  // One pass serves both: the best few are shown, and the attribution check looks among all for
  // the credited outlet's best.
  const { source, matches } = await index.match(entries, { excludeArticleId: articleId, top: CONSIDERED });
  const checks = await checkAttributions(passages, entries, matches, index);
  return {
    canonicalUrl: page.canonicalUrl,
    lang,
    source,
    tracked: await index.tracks(articleId),
    outletNames: namesOf(matches.flat()),
    passages: passages.map((passage, i) => ({
      ordinal: passage.ordinal,
      text: passage.text,
      start: passage.start,
      end: passage.end,
      lang: passage.lang,
      isClaim: passage.isClaim,
      ...(passage.attribution ? { attribution: passage.attribution } : {}),
      matches: worthShowing(matches[i]!.slice(0, TOP)),
      ...(checks[i] ? { attributionCheck: checks[i] } : {}),
    })),
  };
}
