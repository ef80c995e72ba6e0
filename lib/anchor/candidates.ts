/**
 * Where a folded quote may stand in the folded page text: every exact occurrence, and the
 * approximate ones round by round (approx-string-match, Myers' bit-parallel algorithm).
 */
import search from 'approx-string-match';

/** A place in the folded text (folded UTF-16 offsets, end exclusive) and its edit errors. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

// A one-word quote can occur hundreds of times on a long page; past this many, the context
// decides among those found and the rest are not worth their scoring time.
const MAX_EXACT = 500;
// approx-string-match reports every end position at the lowest cost; around one place there are a
// few, and a repetitive page can have many equally bad ones.
const MAX_PER_ROUND = 24;

/** Every exact occurrence of `quote` in `text`, in order, at most 500. */
export function exactCandidates(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(quote); at !== -1 && found.length < MAX_EXACT; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

/** One round of fuzzy search: the lowest-cost matches, and the text with them masked out. */
export interface FuzzyRound {
  matches: Candidate[];
  masked: string;
}

/**
 * The approximate matches of `quote` in `text` with the fewest errors (at most `maxErrors`), and
 * `text` with those places masked so that the next round finds the next-best place.
 *
 * Why rounds: approx-string-match returns only the lowest-cost matches, so a near-duplicate with
 * fewer edits than the lightly edited original would hide the original. A masked unit matches
 * nothing, so a later round can never find a place cheaper than an earlier one.
 */
export function fuzzyRound(text: string, quote: string, maxErrors: number): FuzzyRound {
  // The search costs O(text length × errors allowed / 32), and most places differ from the quote
  // by a few edits: a small budget first finds them, at a fraction of the cost, and since only the
  // lowest-cost matches are returned, the answer is the same as with the full budget.
  const small = Math.min(maxErrors, 8 + (quote.length >> 5));
  let matches = search(text, quote, small);
  if (matches.length === 0 && small < maxErrors) matches = search(text, quote, maxErrors);
  matches = matches.slice(0, MAX_PER_ROUND);
  return { matches, masked: mask(text, matches) };
}

const MASK = '\u0000';

function mask(text: string, spans: readonly Candidate[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const span of sorted) {
    const start = Math.max(at, span.start);
    if (span.end <= start) continue;
    out += text.slice(at, start) + MASK.repeat(span.end - start);
    at = span.end;
  }
  return out + text.slice(at);
}
