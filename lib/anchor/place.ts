/**
 * A page's annotations placed in its article text: each re-anchored from its selectors, anchored
 * ones in reading order, then the orphans (kept and listed, never dropped).
 */
import type { Annotation, PlacedAnnotation } from '../schema';
import { anchorSelectors } from './anchor';

/** Places `annotations` in `text` (UTF-16 offsets into it). */
export function placeAnnotations(text: string, annotations: readonly Annotation[]): PlacedAnnotation[] {
  const placed = annotations.map((annotation): PlacedAnnotation => {
    const [quote, position] = annotation.target.selector;
    const result = anchorSelectors(text, quote, position);
    return result.status === 'anchored' ? { status: 'anchored', annotation, start: result.start, end: result.end } : { status: 'orphan', annotation };
  });
  const startOf = (p: PlacedAnnotation) => (p.status === 'anchored' ? p.start : Number.POSITIVE_INFINITY);
  return placed.sort((a, b) => startOf(a) - startOf(b) || a.annotation.created.localeCompare(b.annotation.created));
}
