/**
 * Re-anchoring a stored annotation in the page text as it is now, cheap to robust (Hypothesis,
 * client src/annotator/anchoring/html.ts): the stored position if its text is still the quote,
 * then exact occurrences of the quote, then approximate ones. Every candidate is scored with its
 * context and position, and below a minimum score the annotation is an orphan: a near-duplicate
 * elsewhere on the page (a repost beside the original) must never be taken by mistake.
 */
import { exactCandidates, fuzzyRound, type Candidate } from './candidates';
import { fold, foldText, unfoldSpan, type FoldedText } from './fold';
import { prefixFit, suffixFit } from './context';
import { bestPossible, combine, CONFIDENT_SCORE, MIN_SCORE, positionCloseness, quoteSimilarityNeeded } from './score';
import type { PositionInput, QuoteInput } from './types';

/** Where an annotation landed (UTF-16 offsets into the text given), or why it did not. */
export type AnchorResult =
  | { status: 'anchored'; start: number; end: number; score: number; method: 'position' | 'exact' | 'fuzzy' }
  | { status: 'orphan'; score: number };

// An exact quote this long (folded units) that occurs once is taken even when its context was
// rewritten on both sides (a one-sentence paragraph between two new ones): by chance alone a
// sentence does not repeat itself word for word.
const LONG_QUOTE = 40;
// Each round masks the best places found so far; a few rounds reach the original behind a
// near-duplicate or two, and bound the time on a long page.
const MAX_ROUNDS = 6;
// Scores closer than this are too close to call on context alone (see `best`).
const TIE_MARGIN = 0.05;

interface Scored extends Candidate {
  score: number;
}

/**
 * Anchors `quote` (and `position`, if stored) in `text`. Offsets in and out are UTF-16 offsets
 * into `text`, end exclusive. Comparison ignores white space, full-width vs ASCII forms, quote and
 * dash variants and ASCII case. Never throws; `score` is 0..1 (for an orphan, the best seen).
 */
export function anchorSelectors(text: string, quote: QuoteInput, position?: PositionInput): AnchorResult {
  const page = foldText(text);
  const exact = fold(quote.exact);
  // A quote of white space alone (folded to nothing, or to paragraph breaks) says nothing.
  if (!exact.replaceAll('\n', '')) return { status: 'orphan', score: 0 };
  const score = scorer(page, exact, quote, position?.start, text.length);
  if (position && position.end <= text.length && text.slice(position.start, position.end) === quote.exact) {
    const at = firstAtOrAfter(page.offsets, position.start);
    const fit = score({ start: at, end: at + exact.length, errors: 0 });
    // The context is checked too: a short quote ("AI") can sit at its old offset by coincidence.
    if (fit >= MIN_SCORE) return { status: 'anchored', start: position.start, end: position.end, score: fit, method: 'position' };
  }
  const exacts = exactCandidates(page.text, exact).map((candidate) => ({ ...candidate, score: score(candidate) }));
  const bestExact = best(exacts);
  if (bestExact && bestExact.score >= CONFIDENT_SCORE) return anchored(page, bestExact);
  const found = best([...exacts, ...fuzzyCandidates(page.text, exact, score, bestExact?.score ?? 0)]);
  if (found && found.score >= MIN_SCORE) return anchored(page, found);
  const [only] = exacts;
  if (only && exacts.length === 1 && exact.length >= LONG_QUOTE) return anchored(page, only);
  return { status: 'orphan', score: found?.score ?? 0 };
}

/** Scores a folded candidate: quote errors, prefix and suffix similarity, closeness to the hint. */
function scorer(page: FoldedText, exact: string, quote: QuoteInput, hint: number | undefined, length: number) {
  const prefix = fold(quote.prefix);
  const suffix = fold(quote.suffix);
  return (candidate: Candidate): number =>
    combine({
      quote: 1 - candidate.errors / exact.length,
      prefix: prefixFit(page.text, candidate.start, prefix),
      suffix: suffixFit(page.text, candidate.end, suffix),
      position: positionCloseness(page.offsets[candidate.start] ?? length, hint, length),
    });
}

/**
 * Approximate places, round by round, scored. The error budget starts at Hypothesis's
 * min(256, length / 2) and shrinks to what could still beat the best place seen (or reach the
 * minimum score), which is what keeps a 50,000-character page in a few milliseconds.
 */
function fuzzyCandidates(text: string, exact: string, score: (candidate: Candidate) => number, toBeat: number): Scored[] {
  const found: Scored[] = [];
  let bar = Math.max(MIN_SCORE, toBeat);
  let haystack = text;
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const maxErrors = Math.min(256, Math.floor(exact.length / 2), Math.floor(exact.length * (1 - quoteSimilarityNeeded(bar))));
    if (maxErrors < 0) break;
    const { matches, masked } = fuzzyRound(haystack, exact, maxErrors);
    if (matches.length === 0) break;
    for (const match of matches) {
      const scored = { ...match, score: score(match) };
      found.push(scored);
      bar = Math.max(bar, scored.score);
    }
    // Later rounds only find places with at least this round's errors: stop once those could not
    // beat the best place seen (a tie would not win it either, see `best`).
    if (bestPossible(1 - matches[0]!.errors / exact.length) <= bar) break;
    haystack = masked;
  }
  return found;
}

/**
 * The best-scoring candidate; among those within `TIE_MARGIN` of it, the one closest to the quote.
 * Why: errors in a long quote weigh little against a 32-character context, so a repost that sits
 * after a look-alike paragraph could outscore an original whose neighbour was just edited away —
 * by less than the margin, while it differs from the quote by more characters.
 */
function best(candidates: readonly Scored[]): Scored | undefined {
  let top: Scored | undefined;
  for (const candidate of candidates) if (!top || candidate.score > top.score) top = candidate;
  if (!top) return undefined;
  let closest = top;
  for (const candidate of candidates) {
    if (top.score - candidate.score <= TIE_MARGIN && (candidate.errors < closest.errors || (candidate.errors === closest.errors && candidate.score > closest.score))) closest = candidate;
  }
  return closest;
}

function anchored(page: FoldedText, candidate: Scored): AnchorResult {
  return { status: 'anchored', ...unfoldSpan(page, candidate.start, candidate.end), score: candidate.score, method: candidate.errors === 0 ? 'exact' : 'fuzzy' };
}

/** The first folded index whose original offset is at or after `offset` (binary search). */
function firstAtOrAfter(offsets: Int32Array, offset: number): number {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (offsets[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
