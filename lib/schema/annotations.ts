/**
 * Annotation shapes (part of the one schema module: lib/schema.ts re-exports everything here).
 */
import { z } from 'zod';
import { httpUrlSchema, isoDateTimeSchema, passageIdSchema, spanIsOrdered, spanMessage } from './primitives';

export const textQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(10_000),
  prefix: z.string().max(64),
  suffix: z.string().max(64),
});
export const textPositionSelectorSchema = z
  .object({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine(spanIsOrdered, spanMessage);

/** Verdicts a reader can give; `custom` carries the reader's own word in `verdictLabel`. */
export const verdictSchema = z.enum(['accurate', 'misleading', 'misattributed', 'unverified', 'custom']);

/** A revision `N-hash`: N counts the edits on the annotation's longest history (CouchDB's form). */
export const revisionSchema = z.string().regex(/^\d+-[0-9a-f]+$/, 'a revision such as "3-0123abcd"').max(80);

export const annotationBodySchema = z.object({
  note: z.string().max(20_000),
  tags: z.array(z.string().trim().min(1).max(64)).max(50),
  verdict: verdictSchema.optional(),
  verdictLabel: z.string().trim().min(1).max(64).optional(),
});
export type AnnotationBody = z.infer<typeof annotationBodySchema>;

/** An edit that lost a sync conflict: kept on the annotation and shown until the reader dismisses it. */
export const losingEditSchema = z.object({ body: annotationBodySchema, modified: isoDateTimeSchema, revision: revisionSchema });
export type LosingEdit = z.infer<typeof losingEditSchema>;

/** W3C Web Annotation shape (target source + selectors), with ClaimTrail's body and sync fields. */
export const annotationSchema = z.object({
  id: z.uuid(),
  type: z.literal('Annotation'),
  target: z.object({
    source: httpUrlSchema,
    canonicalUrl: httpUrlSchema,
    selector: z.tuple([textQuoteSelectorSchema], textPositionSelectorSchema),
    /** A hash of the article's normalised text, so the same article at another address finds it. */
    fingerprint: z.string().regex(/^[0-9a-f]{16}$/).optional(),
  }),
  body: annotationBodySchema,
  passageId: passageIdSchema.optional(),
  created: isoDateTimeSchema,
  modified: isoDateTimeSchema,
  /** Tombstone: deleted annotations stay until every replica has seen the deletion. */
  deleted: z.boolean(),
  /** CouchDB-style revision `N-hash`, bumped on every local edit. */
  revision: revisionSchema,
  /** Earlier revisions, newest first (bounded), so a replica can tell an edit from a conflict. */
  history: z.array(revisionSchema).max(64).optional(),
  /** Edits that lost a conflict, newest first. */
  conflicts: z.array(losingEditSchema).max(20).optional(),
});
export type Annotation = z.infer<typeof annotationSchema>;


/**
 * One entry of the local annotation change log, read by each sync engine from its own cursor.
 * `source` names the engine whose pull wrote the record unchanged, so it is not pushed back there.
 */
export const annotationChangeSchema = z.object({
  seq: z.number().int().min(1).optional(),
  annotationId: z.uuid(),
  source: z.enum(['local', 'storageSync', 'couch', 'import']),
});
export type AnnotationChange = z.infer<typeof annotationChangeSchema>;

/** An annotation as placed in a page's text: where it anchored (UTF-16 offsets), or an orphan. */
export const placedAnnotationSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('anchored'), annotation: annotationSchema, start: z.number().int().min(0), end: z.number().int().min(0) }),
  z.object({ status: z.literal('orphan'), annotation: annotationSchema }),
]);
export type PlacedAnnotation = z.infer<typeof placedAnnotationSchema>;

/** A page's annotations, placed in its text, and the tags in use (for autocomplete). */
export const pageAnnotationsSchema = z.object({
  canonicalUrl: httpUrlSchema,
  placed: z.array(placedAnnotationSchema).max(5000),
  tags: z.array(z.string().max(64)).max(500),
});
export type PageAnnotations = z.infer<typeof pageAnnotationsSchema>;

/**
 * What the page's script learns of its annotations: where each anchored one lies in the article
 * text (UTF-16 offsets), by id. Orphans have no place on the page, so they are left out.
 */
export const pageNoteSpansSchema = z.object({
  canonicalUrl: httpUrlSchema,
  anchored: z.array(z.object({ id: z.uuid(), start: z.number().int().min(0), end: z.number().int().min(0) }).refine(spanIsOrdered, spanMessage)).max(5000),
});
export type PageNoteSpans = z.infer<typeof pageNoteSpansSchema>;

/** The reader annotates a span of the page's text (UTF-16 offsets), maybe in a matched passage. */
export const annotateRequestSchema = z
  .object({ url: httpUrlSchema, start: z.number().int().min(0), end: z.number().int().min(0), claimPassageId: passageIdSchema.optional() })
  .refine((span) => span.end > span.start, { message: 'the selection is empty', path: ['end'] });
