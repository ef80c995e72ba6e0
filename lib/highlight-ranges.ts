/**
 * Which spans of the page to highlight, and how: each passage whose best match is `same` or
 * `supports`, as a DOM range built through the text map (offsets in the page text → text nodes).
 * Works on any `Document` (the page's, or a test's); the content script paints the ranges.
 */
import type { PageMatchesAnswer } from './schema';
import type { TextMap } from './sites/text-map';

export type HighlightKind = 'same' | 'supports';

export interface PassageRange {
  ordinal: number;
  kind: HighlightKind;
  range: Range;
}

/** Ranges of the matched passages, in reading order; spans the map cannot place are skipped. */
export function passageRanges(answer: Pick<PageMatchesAnswer, 'passages'>, textMap: TextMap, doc: Document): PassageRange[] {
  const ranges: PassageRange[] = [];
  for (const passage of answer.passages) {
    const best = passage.matches[0];
    if (!best) continue;
    const start = textMap.pointAt(passage.start);
    const end = textMap.pointAt(passage.end, 'end');
    if (!start || !end || !start.node.isConnected || !end.node.isConnected) continue;
    const range = doc.createRange();
    try {
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
    } catch {
      // The page changed the node since it was read (shorter text now): not highlighted.
      continue;
    }
    if (!range.collapsed) ranges.push({ ordinal: passage.ordinal, kind: best.label, range });
  }
  return ranges;
}
