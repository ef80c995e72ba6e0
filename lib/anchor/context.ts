/**
 * How well the text around a candidate fits the stored prefix and suffix (folded text, see
 * fold.ts, where `\n` marks a paragraph break; offsets are folded UTF-16 offsets).
 *
 * A stored context that crosses a paragraph break is judged in two parts. The part in the quote's
 * own paragraph, with the break, must fit the candidate's paragraph: it moves with the sentence.
 * The part from the neighbouring paragraph may fit the neighbour or one up to three paragraphs
 * further (a repost, an advert or a new paragraph inserted in between: then the original and a
 * copy inserted beside it fit equally, and the quote decides), and counts only where it clearly
 * fits: a neighbour that opens with the same outlet name as the stored one is chance.
 * The limit: a changed copy of a whole paragraph standing within three paragraphs of the
 * original's old neighbour gets that neighbour's credit.
 */
import { contextSimilarity } from './score';

const BREAK = '\n';
const MAX_SKIPPED = 3;
// The neighbouring paragraph is consulted only for a candidate that stands about as far from its
// paragraph's edge as the quote stood (a few edits may lie in between): a sentence in the middle
// of some paragraph has no business with the paragraph after it.
const EDGE_SLACK = 3;

/** Fit (0..1) of the text before folded offset `start` to the folded `prefix`. */
export function prefixFit(page: string, start: number, prefix: string): number {
  // An empty stored context means the quote stood at the edge of the text: a candidate at the
  // edge of a paragraph fits it (a standfirst may have been added above), one inside does not.
  if (prefix.length === 0) return start === 0 || page[start - 1] === BREAK ? 1 : 0;
  const cut = prefix.lastIndexOf(BREAK);
  if (cut < 0) return contextSimilarity(page.slice(Math.max(0, start - prefix.length), start), prefix);
  const near = prefix.slice(cut);
  // The start of the text counts as a paragraph break.
  const before = start >= near.length ? page.slice(start - near.length, start) : `${BREAK}${page.slice(0, start)}`;
  const far = prefix.slice(0, cut);
  let farFit = 0;
  let breakAt = page.lastIndexOf(BREAK, start - 1);
  if (Math.abs(start - breakAt - near.length) > EDGE_SLACK) breakAt = -1;
  for (let skipped = 0; skipped <= MAX_SKIPPED && breakAt > 0 && farFit < 1; skipped += 1) {
    farFit = Math.max(farFit, contextSimilarity(page.slice(Math.max(0, breakAt - far.length), breakAt), far));
    breakAt = page.lastIndexOf(BREAK, breakAt - 1);
  }
  return weighted(near, contextSimilarity(before, near), far, farFit);
}

/** Fit (0..1) of the text after folded offset `end` to the folded `suffix`; see `prefixFit`. */
export function suffixFit(page: string, end: number, suffix: string): number {
  if (suffix.length === 0) return end === page.length || page[end] === BREAK ? 1 : 0;
  const cut = suffix.indexOf(BREAK);
  if (cut < 0) return contextSimilarity(page.slice(end, end + suffix.length), suffix);
  const near = suffix.slice(0, cut + 1);
  // The end of the text counts as a paragraph break.
  const after = end + near.length <= page.length ? page.slice(end, end + near.length) : `${page.slice(end)}${BREAK}`;
  const far = suffix.slice(cut + 1);
  let farFit = 0;
  let breakAt = page.indexOf(BREAK, end);
  if (Math.abs(breakAt + 1 - end - near.length) > EDGE_SLACK) breakAt = -1;
  for (let skipped = 0; skipped <= MAX_SKIPPED && breakAt >= 0 && farFit < 1; skipped += 1) {
    farFit = Math.max(farFit, contextSimilarity(page.slice(breakAt + 1, breakAt + 1 + far.length), far));
    breakAt = page.indexOf(BREAK, breakAt + 1);
  }
  return weighted(near, contextSimilarity(after, near), far, farFit);
}

/** The two parts' fits, weighted by their lengths. */
function weighted(near: string, nearFit: number, far: string, farFit: number): number {
  return (near.length * nearFit + far.length * farFit) / (near.length + far.length);
}
