/**
 * Writes the reader's annotations as a W3C Web Annotation collection (JSON-LD), the format other
 * annotation tools read (https://www.w3.org/TR/annotation-model/). `parseAnnotationCollection`
 * (w3c-import.ts) reads it back unchanged.
 */
import { hash64 } from '../ids';
import type { Annotation } from '../schema';
import {
  CLAIMTRAIL_NS,
  W3C_ANNO_CONTEXT,
  type W3cAnnotation,
  type W3cAnnotationCollection,
  type W3cAnnotationPage,
  type W3cMotivation,
  type W3cSoftwareAgent,
  type W3cTextualBody,
} from '../schema/w3c';

/** What an export says about itself. */
export interface W3cExportOptions {
  /** The software that wrote the file, e.g. `{ name: 'ClaimTrail 0.1.0' }`. */
  generator: Omit<W3cSoftwareAgent, 'type'>;
  /** ISO date-time of the export (`generated`). */
  now: string;
  /** An IRI for the collection; its page is then `<id>#page1`. Without it both are left anonymous. */
  id?: string;
}

/**
 * The annotations as one `AnnotationCollection` with every item embedded in its first page, oldest
 * first. The model has no place for ClaimTrail's own fields, so they go under the `claimtrail:`
 * prefix (declared in the second `@context` entry), which other tools ignore and the importer
 * reads back: the page URL when it differs from the canonical one (the W3C `source`), the text
 * fingerprint, the passage link, the revision and its history.
 *
 * Left out: deleted annotations (tombstones only matter to sync replicas), and the edits that
 * lost a sync conflict (`conflicts`): they are the reader's to settle in ClaimTrail, and another
 * tool could not show them as such.
 */
export function toAnnotationCollection(annotations: readonly Annotation[], options: W3cExportOptions): W3cAnnotationCollection {
  const items = annotations
    .filter((annotation) => !annotation.deleted)
    .sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id))
    .map(toW3cAnnotation);
  const collectionId = options.id === undefined ? {} : { id: options.id };
  return {
    '@context': [W3C_ANNO_CONTEXT, { claimtrail: CLAIMTRAIL_NS }],
    ...collectionId,
    type: 'AnnotationCollection',
    label: 'ClaimTrail annotations',
    total: items.length,
    generator: { type: 'Software', ...options.generator },
    generated: options.now,
    ...(items.length ? { first: firstPage(items, options.id) } : {}),
  };
}

/** One annotation in the W3C shape (no `@context`: inside a collection it is the collection's). */
export function toW3cAnnotation(annotation: Annotation): W3cAnnotation {
  const { target } = annotation;
  const [quote, ...positions] = target.selector;
  const body = toBodies(annotation);
  return {
    id: `urn:uuid:${annotation.id}`,
    type: 'Annotation',
    created: annotation.created,
    modified: annotation.modified,
    motivation: motivationOf(annotation),
    ...(body.length ? { body } : {}),
    target: {
      source: target.canonicalUrl,
      selector: [{ ...quote }, ...positions.map((position) => ({ ...position }))],
      ...(target.source !== target.canonicalUrl ? { 'claimtrail:pageUrl': target.source } : {}),
      ...(target.fingerprint ? { 'claimtrail:fingerprint': target.fingerprint } : {}),
    },
    ...(annotation.passageId ? { 'claimtrail:passageId': annotation.passageId } : {}),
    'claimtrail:revision': annotation.revision,
    ...(annotation.history?.length ? { 'claimtrail:history': [...annotation.history] } : {}),
    'claimtrail:digest': contentDigest(annotation),
  };
}

/**
 * A hash of what the W3C form of `annotation` says (target, passage, body, dates), written beside
 * its revision. A tool that edits an annotation but keeps the properties it does not know would
 * otherwise hand back new words under the old revision, which a merge takes for the stored
 * version and drops; a digest that no longer matches tells the importer it is a new edit.
 */
export function contentDigest({ target, body, passageId, created, modified }: Annotation): string {
  const selectors = target.selector.map((s) => (s.type === 'TextQuoteSelector' ? [s.exact, s.prefix, s.suffix] : [s.start, s.end]));
  // As exported: a verdict is one word, the custom label standing in for `custom`.
  const verdict = body.verdict === 'custom' ? (body.verdictLabel ?? 'custom') : (body.verdict ?? '');
  return hash64(JSON.stringify([target.source, target.canonicalUrl, selectors, target.fingerprint ?? '', passageId ?? '', body.note, body.tags, verdict, created, modified]));
}

function firstPage(items: W3cAnnotation[], collectionId: string | undefined): W3cAnnotationPage {
  const ids = collectionId === undefined ? {} : { id: `${collectionId}#page1`, partOf: collectionId };
  return { ...ids, type: 'AnnotationPage', startIndex: 0, items };
}

/** The note first, then one body per tag, then the verdict, each with the purpose it serves. */
function toBodies({ body }: Annotation): W3cTextualBody[] {
  const text = (value: string, purpose: W3cTextualBody['purpose']): W3cTextualBody => ({ type: 'TextualBody', value, format: 'text/plain', purpose });
  const bodies = body.note ? [text(body.note, 'commenting')] : [];
  bodies.push(...body.tags.map((tag) => text(tag, 'tagging')));
  // A custom verdict is the reader's own word; a label beside a named verdict has no place here.
  if (body.verdict) bodies.push(text(body.verdict === 'custom' ? (body.verdictLabel ?? 'custom') : body.verdict, 'assessing'));
  return bodies;
}

/** The main thing the reader did: a note outweighs a verdict, which outweighs tags. */
function motivationOf({ body }: Annotation): W3cMotivation {
  if (body.note) return 'commenting';
  if (body.verdict) return 'assessing';
  return body.tags.length ? 'tagging' : 'highlighting';
}
