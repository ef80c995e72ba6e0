/**
 * Matching a 60-sentence page against synthetic corpora (three scripts, many templates): index
 * build time per article, query time per page (p50, p95), candidates scored per sentence, and a
 * brute-force scorer over the whole corpus measured in the same run as the baseline.
 */
import { passageFeatures, type FeatureContext } from '../lib/match/features';
import { MemoryIndex } from '../lib/match/memory-index';
import { scorePair } from '../lib/match/score';
import { syntheticBundle } from './corpus-generator';

const percentile = (values: number[], p: number): number => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

export interface MatchFigures {
  articles: number;
  passages: number;
  buildMsPerArticle: number;
  queryP50Ms: number;
  queryP95Ms: number;
  candidatesPerSentence: number;
  bruteForcePageMs: number;
  speedupVsBruteForce: number;
  heapUsedMb: number;
}

export function matchBench(articles: number, context: FeatureContext): MatchFigures {
  const bundle = syntheticBundle(articles, 3);
  const index = new MemoryIndex();
  let start = performance.now();
  for (const [i, article] of bundle.articles.entries()) {
    for (const p of article.passages) index.add({ id: `${i}:${p.ordinal}`, features: passageFeatures(p.text, p.lang, context) });
  }
  const buildMs = performance.now() - start;
  // Pages are drawn from other seeds of the same generator: they share templates, not sentences.
  const pages = Array.from({ length: 12 }, (_, i) => syntheticBundle(7, 1000 + i).articles.flatMap((a) => a.passages).slice(0, 60));
  const times: number[] = [];
  let candidates = 0;
  for (const page of pages) {
    start = performance.now();
    for (const p of page) {
      const features = passageFeatures(p.text, p.lang, context);
      const found = index.candidates(features);
      candidates += found.length;
      for (const candidate of found) scorePair(features, candidate.features, index.frequencies);
    }
    times.push(performance.now() - start);
  }
  const bruteForcePageMs = bruteForce(index, pages[0]!, context);
  return {
    articles,
    passages: index.size,
    buildMsPerArticle: buildMs / articles,
    queryP50Ms: percentile(times, 0.5),
    queryP95Ms: percentile(times, 0.95),
    candidatesPerSentence: candidates / pages.reduce((n, page) => n + page.length, 0),
    bruteForcePageMs,
    speedupVsBruteForce: bruteForcePageMs / percentile(times, 0.5),
    heapUsedMb: process.memoryUsage().heapUsed / 2 ** 20,
  };
}

/** Scores every corpus passage against every page sentence: what the index exists to avoid. */
function bruteForce(index: MemoryIndex, page: readonly { text: string; lang: 'en' | 'zh-Hans' | 'zh-Hant' }[], context: FeatureContext): number {
  const all = index.all();
  const start = performance.now();
  for (const p of page) {
    const features = passageFeatures(p.text, p.lang, context);
    for (const passage of all) scorePair(features, passage.features, index.frequencies);
  }
  return performance.now() - start;
}
