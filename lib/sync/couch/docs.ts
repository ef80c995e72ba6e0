/**
 * Annotations as CouchDB documents, and back.
 *
 * - Ids: `_id` is `annotation:<uuid>`. The prefix keeps a namespace free for other document types
 *   in the same database (tracked articles with `shareCorpus`: `article:<id>`, see corpus-docs.ts),
 *   lets a range of `_all_docs` list annotations alone, and keeps ids clear of CouchDB's reserved
 *   `_` prefix.
 * - Revisions: our `revision` is the CouchDB `_rev`; `_revisions` (the ancestry CouchDB grafts onto
 *   its tree) is the longest consecutive run of [revision, ...history].
 * - `history` also travels as a field: it holds the revisions of merged-in losing edits, which
 *   `_revisions` cannot express, so every replica tells an already-merged edit from a new conflict
 *   and converges on the same record.
 * - A deleted annotation is a CouchDB deletion (`_deleted: true`) that keeps its fields (CouchDB
 *   stores a deleted leaf's body), so other CouchDB tools see it gone while our merge still has its
 *   `modified` time to decide whether the deletion is the newest change.
 * - A losing branch is closed with a body-less tombstone child marked `closedBranch`, whose revision
 *   is derived from the closed one, so two devices closing the same branch write the same revision.
 */
import { hash64 } from '../../ids';
import { annotationSchema, type Annotation } from '../../schema/annotations';
import type { CouchDoc, CouchRevisions } from '../../schema/couch';
import { describeZodError } from '../../zod-errors';
import { revisionGeneration } from '../merge-annotation';

const PREFIX = 'annotation:';
const MAX_HISTORY = 64;

/** The CouchDB `_id` of annotation `id`. */
export const docIdFor = (annotationId: string): string => `${PREFIX}${annotationId}`;

/** The annotation id in a CouchDB `_id`, or `undefined` for a document that is not an annotation. */
export const annotationIdOf = (docId: string): string | undefined => (docId.startsWith(PREFIX) ? docId.slice(PREFIX.length) : undefined);

/** `_revisions` for an annotation: the longest prefix of [revision, ...history] whose generations fall by exactly one. */
export function revisionChain(annotation: Pick<Annotation, 'revision' | 'history'>): CouchRevisions {
  const start = revisionGeneration(annotation.revision);
  const ids = [hashOf(annotation.revision)];
  for (const revision of annotation.history ?? []) {
    if (revisionGeneration(revision) !== start - ids.length) break;
    ids.push(hashOf(revision));
  }
  return { start, ids };
}

/** The revisions of `revisionChain(annotation)`, as `N-hash` strings. */
export function chainRevisions(annotation: Pick<Annotation, 'revision' | 'history'>): string[] {
  const { start, ids } = revisionChain(annotation);
  return ids.map((id, i) => `${start - i}-${id}`);
}

/** The document pushed for `annotation` with `new_edits:false`. */
export function annotationToDoc(annotation: Annotation): CouchDoc {
  const { id, revision, ...fields } = annotation;
  return { _id: docIdFor(id), _rev: revision, _revisions: revisionChain(annotation), ...fields, ...(annotation.deleted ? { _deleted: true } : {}) };
}

/** The revision of the tombstone that closes the losing branch ending at `revision`. */
export function closingRevision(revision: string): string {
  return `${revisionGeneration(revision) + 1}-${hash64(`closed:${revision}`)}`;
}

/** The tombstone that closes the branch ending at `revision` of document `docId`. */
export function closingTombstone(docId: string, revision: string): CouchDoc {
  const rev = closingRevision(revision);
  return { _id: docId, _rev: rev, _revisions: { start: revisionGeneration(rev), ids: [hashOf(rev), hashOf(revision)] }, _deleted: true, closedBranch: true };
}

/** What a fetched document is to the client. */
export type DocReading = { kind: 'annotation'; annotation: Annotation } | { kind: 'closed' } | { kind: 'invalid'; message: string };

/**
 * The annotation a fetched document holds. A body-less deletion (a closed branch, or a deletion
 * made by another CouchDB tool) holds none; an invalid one is described with its field paths.
 */
export function docToAnnotation(doc: CouchDoc): DocReading {
  const { _id, _rev, _revisions, _deleted, history: ownHistory, ...fields } = doc;
  if (_deleted && fields.type !== 'Annotation') return { kind: 'closed' };
  const history = historyOf(ownHistory, _revisions);
  const candidate = { ...fields, id: annotationIdOf(_id), revision: _rev, deleted: fields.deleted === true || _deleted === true, ...(history.length ? { history } : {}) };
  const parsed = annotationSchema.safeParse(candidate);
  if (!parsed.success) return { kind: 'invalid', message: `${_id} ${_rev}: ${describeZodError(parsed.error).replaceAll('\n', '; ')}` };
  return { kind: 'annotation', annotation: parsed.data };
}

/**
 * The history of a fetched revision: its own `history` field when that starts at its CouchDB parent;
 * otherwise (written by another client, or no field) the `_revisions` ancestry, then the field.
 */
function historyOf(field: unknown, revisions: CouchRevisions | undefined): unknown[] {
  const own = Array.isArray(field) ? (field as unknown[]) : [];
  const parents = revisions ? revisions.ids.slice(1).map((id, i) => `${revisions.start - 1 - i}-${id}`) : [];
  if (!parents.length || own[0] === parents[0]) return own;
  return [...new Set([...parents, ...own])].slice(0, MAX_HISTORY);
}

const hashOf = (revision: string): string => revision.slice(revision.indexOf('-') + 1);
