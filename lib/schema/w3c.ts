/**
 * W3C Web Annotation shapes (https://www.w3.org/TR/annotation-model/), part of the one schema
 * module: lib/schema.ts re-exports everything here. Two kinds live side by side:
 * - what ClaimTrail writes (`w3cAnnotationCollectionSchema` and its parts): exact, so a test can
 *   hold an export to it;
 * - what ClaimTrail reads from other tools (`w3c…InputSchema`): lenient where the model allows
 *   several forms, and only as deep as the importer needs; the importer walks the polymorphic
 *   parts (target, selector, body) itself so each problem is reported with its own field path.
 */
import { z } from 'zod';
import { annotationSchema, revisionSchema, textPositionSelectorSchema, textQuoteSelectorSchema } from './annotations';
import { httpUrlSchema, isoDateTimeSchema, passageIdSchema } from './primitives';

/** The Web Annotation JSON-LD context every annotation file names first. */
export const W3C_ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The IRI the `claimtrail:` prefix expands to: ClaimTrail-only properties, ignored by other tools. */
export const CLAIMTRAIL_NS = 'urn:claimtrail:ns#';
/** Most annotations one import reads: beyond this a file is refused whole, before any item is read. */
export const MAX_W3C_ITEMS = 50_000;

/** The motivations ClaimTrail writes: what the reader did (noted, tagged, gave a verdict, only marked). */
export const w3cMotivationSchema = z.enum(['commenting', 'tagging', 'assessing', 'highlighting']);
export type W3cMotivation = z.infer<typeof w3cMotivationSchema>;

/** One part of an annotation's body as ClaimTrail writes it: the note, one tag, or the verdict. */
export const w3cTextualBodySchema = z.object({
  type: z.literal('TextualBody'),
  value: z.string(),
  format: z.literal('text/plain'),
  purpose: z.enum(['commenting', 'tagging', 'assessing']),
});
export type W3cTextualBody = z.infer<typeof w3cTextualBodySchema>;

/** The software that wrote a file (a W3C `Software` agent). */
export const w3cSoftwareAgentSchema = z.object({
  type: z.literal('Software'),
  id: z.string().optional(),
  name: z.string().min(1),
  homepage: z.string().optional(),
});
export type W3cSoftwareAgent = z.infer<typeof w3cSoftwareAgentSchema>;

const targetFields = annotationSchema.shape.target.shape;
const digestSchema = z.string().regex(/^[0-9a-f]{16}$/, 'a digest of 16 hex digits');

/** The W3C target as ClaimTrail writes it: the canonical URL as `source`, our two selectors. */
export const w3cTargetSchema = z.object({
  source: httpUrlSchema,
  selector: z.tuple([textQuoteSelectorSchema], textPositionSelectorSchema),
  /** The address the reader annotated, when it is not the canonical one. */
  'claimtrail:pageUrl': httpUrlSchema.optional(),
  'claimtrail:fingerprint': targetFields.fingerprint,
});

/** One annotation as ClaimTrail writes it, with its sync fields under the `claimtrail:` prefix. */
export const w3cAnnotationSchema = z.object({
  id: z.string().regex(/^urn:uuid:[0-9a-f-]{36}$/, 'a urn:uuid: IRI'),
  type: z.literal('Annotation'),
  created: isoDateTimeSchema,
  modified: isoDateTimeSchema,
  motivation: w3cMotivationSchema,
  /** Left out for a highlight with neither note, tags nor verdict (the model allows no body). */
  body: z.array(w3cTextualBodySchema).min(1).optional(),
  target: w3cTargetSchema,
  'claimtrail:passageId': passageIdSchema.optional(),
  'claimtrail:revision': revisionSchema,
  'claimtrail:history': annotationSchema.shape.history,
  /** A hash of what the item says, so an edit by another tool that kept `claimtrail:revision` shows. */
  'claimtrail:digest': digestSchema,
});
export type W3cAnnotation = z.infer<typeof w3cAnnotationSchema>;

/** The one embedded page of an export (the model requires at least one item on a page). */
export const w3cAnnotationPageSchema = z.object({
  id: z.string().optional(),
  type: z.literal('AnnotationPage'),
  partOf: z.string().optional(),
  startIndex: z.number().int().min(0),
  items: z.array(w3cAnnotationSchema).min(1),
});
export type W3cAnnotationPage = z.infer<typeof w3cAnnotationPageSchema>;

/** A whole export: a collection with its annotations embedded in its first (and only) page. */
export const w3cAnnotationCollectionSchema = z.object({
  '@context': z.tuple([z.literal(W3C_ANNO_CONTEXT), z.object({ claimtrail: z.literal(CLAIMTRAIL_NS) })]),
  id: z.string().optional(),
  type: z.literal('AnnotationCollection'),
  label: z.string(),
  total: z.number().int().min(0),
  generator: w3cSoftwareAgentSchema,
  generated: isoDateTimeSchema,
  /** Left out when there is nothing to export, since a page must have items. */
  first: w3cAnnotationPageSchema.optional(),
});
export type W3cAnnotationCollection = z.infer<typeof w3cAnnotationCollectionSchema>;

/** A `type` that names `Annotation` (or the Open Annotation `oa:Annotation`), alone or among others. */
const annotationTypeInput = z.union([z.string(), z.array(z.string())]).refine(
  (type) => [type].flat().some((name) => name === 'Annotation' || name === 'oa:Annotation'),
  'expected "Annotation"',
);
/** Properties such as `motivation` and `purpose` may hold one value or several. */
const oneOrMoreStrings = z.union([z.string(), z.array(z.string())], { error: 'expected a string or an array of strings' });

/** An annotation from any tool, read as far as the importer needs; its own properties are ignored. */
export const w3cAnnotationInputSchema = z.object({
  id: z.string().optional(),
  type: annotationTypeInput,
  created: z.string().optional(),
  modified: z.string().optional(),
  motivation: oneOrMoreStrings.optional(),
  body: z.union([z.string(), z.array(z.unknown()), z.record(z.string(), z.unknown())], { error: 'expected a body: text, an object or an array of them' }).optional(),
  bodyValue: z.string().optional(),
  target: z.union([z.string(), z.array(z.unknown()), z.record(z.string(), z.unknown())], {
    error: (issue) => (issue.input === undefined ? 'missing: an annotation needs a target' : 'expected a target: an object with a source and a selector'),
  }),
  'claimtrail:passageId': passageIdSchema.optional(),
  'claimtrail:revision': revisionSchema.optional(),
  'claimtrail:history': annotationSchema.shape.history,
  'claimtrail:digest': digestSchema.optional(),
});
export type W3cAnnotationInput = z.infer<typeof w3cAnnotationInputSchema>;

/** A target object from any tool: a web page (`source`) and the selector(s) that find the passage in it. */
export const w3cTargetInputSchema = z.object({
  source: httpUrlSchema,
  'claimtrail:pageUrl': httpUrlSchema.optional(),
  'claimtrail:fingerprint': targetFields.fingerprint,
});

/** A TextQuoteSelector from any tool: prefix and suffix may be missing or longer than ClaimTrail keeps. */
export const w3cTextQuoteInputSchema = textQuoteSelectorSchema.extend({ prefix: z.string().default(''), suffix: z.string().default('') });

/** A body part that carries text (`value`), such as a TextualBody; `format` text/html is turned into text. */
export const w3cTextualBodyInputSchema = z.object({
  value: z.string(),
  format: z.string().optional(),
  purpose: oneOrMoreStrings.optional(),
});
