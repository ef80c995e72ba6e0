/**
 * Matching a 60-sentence page against synthetic corpora (three scripts, many templates): index
 * build time per article, query time per page (p50, p95), candidates scored per sentence, what
 * the planted translations and number-changed hard negatives came out as, and a brute-force
 * scorer over the whole corpus measured in the same run as the baseline.
 */
import { matchEntry, type FeatureContext, type MatchEntry } from '../lib/match/features';
import { MemoryIndex } from '../lib/match/memory-index';
import { render, syntheticCorpus, syntheticPage, type PageSentence } from './corpus-generator';

export const percentile = (values: readonly number[], p: number): number => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

export interface MatchFigures {
  articles: number;
  passages: number;
  buildMsPerArticle: number;
  queryP50Ms: number;
  queryP95Ms: number;
  candidatesPerSentence: number;
  /**
   * Planted translations whose claim ranked first: the source sentence itself, or another
   * corpus passage stating the very same claim (the generator knows every passage's claim).
   */
  plantedAtRank1: number;
  /** Planted translations whose source sentence itself ranked first. */
  plantedSourceAtRank1: number;
  /** Planted translations with a passage of their claim labelled at all. */
  plantedLabelled: number;
  planted: number;
  /** Number-changed translations for which a passage of the original claim is labelled `same` (wrong), out of `hardNegatives`. */
  hardNegativesSame: number;
  hardNegatives: number;
  bruteForcePageMs: number;
  speedupVsBruteForce: number;
  /** The process's JavaScript memory after the run: heap and array buffers (the index is mostly the latter). */
  heapUsedMb: number;
  /** Removing the oldest tenth of the articles (a corpus budget at work), compaction included. */
  removeOldestTenthMs: number;
  /** What building the index added to that (garbage collected before and after), and per passage. */
  indexMb: number;
  indexBytesPerPassage: number;
}

const PAGES = 20;
const WARM_UP_PAGES = 3;
/** Page sentences the brute-force baseline scores (its cost is linear in them; scaled to 60). */
const BRUTE_FORCE_SENTENCES = 6;

export function matchBench(articles: number, context: FeatureContext): MatchFigures {
  const corpus = syntheticCorpus(articles, 3);
  const memoryBefore = usedMemory();
  const index = new MemoryIndex();
  let start = performance.now();
  for (const [i, article] of corpus.bundle.articles.entries()) {
    for (const p of article.passages) index.add({ id: `${i}:${p.ordinal}`, ...matchEntry(p.text, p.lang, context) });
  }
  const buildMs = performance.now() - start;
  const indexBytes = usedMemory() - memoryBefore;
  const pages = Array.from({ length: PAGES }, (_, i) => syntheticPage(corpus, 1000 + i));
  // The first pages compile the query path: timed pages are those after them, as in a browser
  // that has been matching for a while.
  for (let i = 0; i < WARM_UP_PAGES; i++) for (const sentence of syntheticPage(corpus, 900 + i)) index.search(matchEntry(sentence.text, sentence.lang, context));
  const times: number[] = [];
  let candidates = 0;
  const outcome = { plantedAtRank1: 0, plantedSourceAtRank1: 0, plantedLabelled: 0, planted: 0, hardNegativesSame: 0, hardNegatives: 0 };
  const claimOf = (id: string) => {
    const [article, ordinal] = id.split(':').map(Number);
    return render(corpus.claims[article!]![ordinal!]!, 'en');
  };
  for (const page of pages) {
    start = performance.now();
    const results = page.map((sentence) => {
      const entry = matchEntry(sentence.text, sentence.lang, context);
      const found = index.search(entry);
      candidates += found.length;
      return found;
    });
    times.push(performance.now() - start);
    page.forEach((sentence, i) => tally(outcome, sentence, results[i]!, claimOf));
  }
  const bruteForcePageMs = bruteForce(index, pages[0]!, context);
  const passages = index.size;
  const heapUsedMb = usedMemory() / 2 ** 20;
  start = performance.now();
  for (let i = 0; i < articles / 10; i++) index.removeGroup(String(i));
  const removeOldestTenthMs = performance.now() - start;
  return {
    articles,
    passages,
    buildMsPerArticle: buildMs / articles,
    queryP50Ms: percentile(times, 0.5),
    queryP95Ms: percentile(times, 0.95),
    candidatesPerSentence: candidates / (PAGES * 60),
    ...outcome,
    bruteForcePageMs,
    speedupVsBruteForce: bruteForcePageMs / percentile(times, 0.5),
    removeOldestTenthMs,
    heapUsedMb,
    indexMb: indexBytes / 2 ** 20,
    indexBytesPerPassage: indexBytes / passages,
  };
}

/** Heap and array buffers in use, after a full collection when the process allows one (`--expose-gc`). */
function usedMemory(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

type Outcome = Pick<MatchFigures, 'plantedAtRank1' | 'plantedSourceAtRank1' | 'plantedLabelled' | 'planted' | 'hardNegativesSame' | 'hardNegatives'>;

function tally(outcome: Outcome, sentence: PageSentence, ranked: readonly { id: string; label: string }[], claimOf: (id: string) => string): void {
  if (sentence.translates) {
    const expected = `${sentence.translates.article}:${sentence.translates.ordinal}`;
    const claim = claimOf(expected);
    outcome.planted += 1;
    if (ranked[0]?.id === expected) outcome.plantedSourceAtRank1 += 1;
    if (ranked[0] && claimOf(ranked[0].id) === claim) outcome.plantedAtRank1 += 1;
    if (ranked.some((r) => r.label !== 'none' && claimOf(r.id) === claim)) outcome.plantedLabelled += 1;
  }
  if (sentence.contradicts) {
    const claim = claimOf(`${sentence.contradicts.article}:${sentence.contradicts.ordinal}`);
    outcome.hardNegatives += 1;
    if (ranked.some((r) => r.label === 'same' && claimOf(r.id) === claim)) outcome.hardNegativesSame += 1;
  }
}

/**
 * Scores every corpus passage against page sentences: what the index exists to avoid. Measured
 * on `BRUTE_FORCE_SENTENCES` sentences and scaled to the page (at 100,000 articles a whole page
 * would take ten minutes), plus the page's own feature cost, which brute force pays too.
 */
function bruteForce(index: MemoryIndex, page: readonly PageSentence[], context: FeatureContext): number {
  const entries: MatchEntry[] = page.slice(0, BRUTE_FORCE_SENTENCES).map((p) => matchEntry(p.text, p.lang, context));
  const start = performance.now();
  for (const entry of entries) index.scoreAll(entry.features);
  return ((performance.now() - start) * page.length) / entries.length + featureMs(page, context);
}

/** The query side's own cost (features of the page), which brute force pays as well. */
function featureMs(page: readonly PageSentence[], context: FeatureContext): number {
  const start = performance.now();
  for (const p of page) matchEntry(p.text, p.lang, context);
  return performance.now() - start;
}
