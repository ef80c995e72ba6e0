/**
 * Which spans of the page to highlight, and how: each passage whose best match is `same` or
 * `supports`, as a DOM range built through the text map (offsets in the page text → text nodes).
 * Works on any `Document` (the page's, or a test's); the content script paints the ranges.
 */
import type { PageMatchesAnswer, PageNoteSpans } from './schema';
import type { TextMap } from './sites/text-map';

export type HighlightKind = 'same' | 'supports' | 'note';

export interface PassageRange {
  /** The passage's ordinal; for a reader's annotation, `NOTE_ORDINALS` plus its place in the list. */
  ordinal: number;
  kind: HighlightKind;
  range: Range;
  /** Set on the reader's own annotations (kind `note`). */
  annotationId?: string;
}

/** Annotation ranges get ordinals from here on, apart from any passage's. */
export const NOTE_ORDINALS = 1_000_000;

/** Ranges of the anchored annotations; spans the map cannot place are skipped. */
export function noteRanges(anchored: PageNoteSpans['anchored'], textMap: TextMap, doc: Document): PassageRange[] {
  return anchored.flatMap((note, i) => {
    const range = passageRange(note, textMap, doc);
    return range ? [{ ordinal: NOTE_ORDINALS + i, kind: 'note' as const, range, annotationId: note.id }] : [];
  });
}

/** Ranges of the matched passages, in reading order; spans the map cannot place are skipped. */
export function passageRanges(answer: Pick<PageMatchesAnswer, 'passages'>, textMap: TextMap, doc: Document): PassageRange[] {
  return answer.passages.flatMap((passage) => {
    const best = passage.matches[0];
    const range = best ? passageRange(passage, textMap, doc) : undefined;
    return best && range ? [{ ordinal: passage.ordinal, kind: best.label, range }] : [];
  });
}

/** The DOM range of a passage's span, if the page still holds its text nodes. */
export function passageRange(passage: { start: number; end: number }, textMap: TextMap, doc: Document): Range | undefined {
  const start = textMap.pointAt(passage.start);
  const end = textMap.pointAt(passage.end, 'end');
  if (!start || !end || !start.node.isConnected || !end.node.isConnected) return undefined;
  const range = doc.createRange();
  try {
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
  } catch {
    // The page changed the node since it was read (shorter text now): not placed.
    return undefined;
  }
  return range.collapsed ? undefined : range;
}
