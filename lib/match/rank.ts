/**
 * Ranking passages against a corpus, as the extension matches a page against the tracked corpus:
 * index every corpus passage, then for each query gather candidates from the index, score them,
 * and keep the best.
 */
import type { Lang, RankLine } from '../schema';
import { detectLang } from '../text/script';
import { matchEntry, type FeatureContext } from './features';
import { MemoryIndex } from './memory-index';
import type { MatchLabel } from './score';

export interface RankedMatch {
  id: string;
  score: number;
  label: MatchLabel;
}

export interface QueryRanking {
  query: string;
  results: RankedMatch[];
}

const langOf = (line: RankLine): Lang => line.lang ?? detectLang(line.text);

/** An index over `corpus`, each line one passage. */
export function indexCorpus(corpus: readonly RankLine[], context: FeatureContext): MemoryIndex {
  const index = new MemoryIndex();
  for (const line of corpus) index.add({ id: line.id, ...matchEntry(line.text, langOf(line), context) });
  return index;
}

/** The best `top` corpus passages for one query, best first; a passage never matches itself. */
export function rankQuery(index: MemoryIndex, query: RankLine, context: FeatureContext, top: number): QueryRanking {
  const { features, keys } = matchEntry(query.text, langOf(query), context);
  const results = index
    .search({ features, keys }, (id) => id === query.id)
    .slice(0, top)
    .map(({ id, score, label }) => ({ id, score: Math.round(score * 1e4) / 1e4, label }));
  return { query: query.id, results };
}
