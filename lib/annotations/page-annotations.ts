/**
 * The annotations of the page a reader has open: created from a span of its article text,
 * placed in that text, edited and deleted. The background serves these to the page's script and
 * the side panel; the text is the one the content script extracted (offsets are UTF-16).
 */
import { describeSelection } from '../anchor/describe';
import { pageKey } from '../anchor/page-key';
import { placeAnnotations } from '../anchor/place';
import type { Result } from '../result';
import type { Annotation, AnnotationBody, PageAnnotations, PageText } from '../schema';
import { annotationTags, annotationsForPage, createAnnotation, deleteAnnotation, editAnnotation } from '../store/annotation-repository';
import type { ClaimTrailDb } from '../store/db';

/** Where ids and times come from (injected, so tests are deterministic). */
export interface AnnotationClock {
  now(): string;
  newId(): string;
}

/** A new annotation of `page.text.slice(start, end)`, linked to a matched claim if given. */
export async function annotatePage(db: ClaimTrailDb, clock: AnnotationClock, page: PageText, span: { start: number; end: number; claimPassageId?: string }): Promise<Result<Annotation>> {
  const described = describeSelection(page.text, span.start, span.end);
  if (!described.ok) return described;
  const { canonicalUrl, fingerprint } = pageKey(page);
  const target = { source: page.url, canonicalUrl, selector: [described.value.quote, described.value.position] as Annotation['target']['selector'], ...(fingerprint ? { fingerprint } : {}) };
  const body: AnnotationBody = { note: '', tags: [] };
  return createAnnotation(db, { target, body, ...(span.claimPassageId ? { passageId: span.claimPassageId } : {}) }, clock.newId(), clock.now());
}

/** The page's annotations (found by canonical URL or text fingerprint), placed in its text. */
export async function placePageAnnotations(db: ClaimTrailDb, page: PageText): Promise<PageAnnotations> {
  const key = pageKey(page);
  const annotations = await annotationsForPage(db, key);
  // Tags (for the editor's suggestions) mean reading every annotation: only pages that have
  // an annotation to edit pay for it, not every article a reader opens.
  const tags = annotations.length ? await annotationTags(db) : [];
  return { canonicalUrl: key.canonicalUrl, placed: placeAnnotations(page.text, annotations), tags: tags.slice(0, 500) };
}

/** Saves a new body; the answer is the annotation as stored. */
export const updateAnnotation = (db: ClaimTrailDb, clock: AnnotationClock, id: string, body: AnnotationBody): Promise<Result<Annotation>> => editAnnotation(db, id, body, clock.now());

/** Deletes (tombstones) an annotation. */
export const removeAnnotation = (db: ClaimTrailDb, clock: AnnotationClock, id: string): Promise<Result<Annotation>> => deleteAnnotation(db, id, clock.now());

/** `result`'s value, or an Error with its message (for handlers, whose throws become `handlerFailed`). */
export function valueOrThrow<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
