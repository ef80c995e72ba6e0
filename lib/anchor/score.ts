/**
 * How well a place in the page fits a quote selector: Hypothesis's weights (quote 50, prefix 20,
 * suffix 20, position 2; client src/annotator/anchoring/match-quote.ts), plus a minimum score
 * below which the annotation is an orphan rather than a guess.
 */
import search from 'approx-string-match';

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const TOTAL = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

/**
 * Below this a candidate is not taken. Measured with anchor-seeds.test.ts's generator over 8
 * seeds × 300 annotations of the seed articles: a copy of the quote with one word changed, in other
 * context, scores 0.64 at most; the original after light edits scores 0.69 or more, except when
 * the context on both sides was rewritten too (4 in 2,400), where orphaning is the safe answer.
 */
export const MIN_SCORE = 0.68;

/** An exact quote with a score at least this good is taken without looking for fuzzy matches. */
export const CONFIDENT_SCORE = 0.9;

/** What a candidate brings to its score; every value 0..1. */
export interface ScoreParts {
  quote: number;
  prefix: number;
  suffix: number;
  position: number;
}

/** The weighted score, 0..1. */
export function combine(parts: ScoreParts): number {
  return (WEIGHTS.quote * parts.quote + WEIGHTS.prefix * parts.prefix + WEIGHTS.suffix * parts.suffix + WEIGHTS.position * parts.position) / TOTAL;
}

/** The best score any candidate with this quote similarity could reach (perfect context). */
export function bestPossible(quoteSimilarity: number): number {
  return combine({ quote: quoteSimilarity, prefix: 1, suffix: 1, position: 1 });
}

/**
 * The lowest quote similarity that can still reach `score` with perfect context: fuzzy search
 * never needs to allow more errors than this.
 */
export function quoteSimilarityNeeded(score: number): number {
  return (score * TOTAL - WEIGHTS.prefix - WEIGHTS.suffix - WEIGHTS.position) / WEIGHTS.quote;
}

// What two unrelated 27-unit windows of the same page share (folded, approx-string-match, 2,000
// pairs per seed article): median 0.26 in English and 0.15 in Chinese, 99th percentile under 0.5,
// a few up to 0.8 (paragraphs that open alike: "The Financial Times said…"). A context with two
// edits still shares 0.93. Counting only what lies above 0.6 keeps that noise from deciding
// between an original and a repost whose quotes differ by a word.
const CHANCE = 0.6;

/**
 * How much of `pattern` appears in `stretch` (both folded, non-empty pattern), 0..1 above chance:
 * 1 − edit errors / pattern length of its best approximate occurrence, rescaled so that what
 * unrelated text shares by chance counts 0.
 */
export function contextSimilarity(stretch: string, pattern: string): number {
  if (stretch.length === 0 || pattern.length === 0) return 0;
  const [best] = search(stretch, pattern, pattern.length);
  const similarity = best ? 1 - best.errors / pattern.length : 0;
  return Math.max(0, (similarity - CHANCE) / (1 - CHANCE));
}

/** 1 at the stored start, falling linearly to 0 a whole text length away (UTF-16 units). */
export function positionCloseness(start: number, hint: number | undefined, textLength: number): number {
  return hint === undefined || textLength === 0 ? 1 : Math.max(0, 1 - Math.abs(start - hint) / textLength);
}
