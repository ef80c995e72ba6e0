/**
 * The reader's annotations. Every write validates first, happens in one Dexie transaction with its
 * entry in the change log (which the sync engines read), and never removes a record: a deletion
 * is a tombstone, so it can reach every replica.
 */
import { ok, fail, type Result } from '../result';
import { annotationBodySchema, annotationSchema, type Annotation, type AnnotationBody, type AnnotationChange } from '../schema';
import { mergeAnnotations, withNewRevision } from '../sync/merge-annotation';
import { describeZodError } from '../zod-errors';
import type { ClaimTrailDb } from './db';
import { guardStorage } from './storage-errors';

/** What the reader decides when annotating; the repository adds id, times and revision. */
export type AnnotationDraft = Pick<Annotation, 'target' | 'body' | 'passageId'>;

/** Where annotations of a page are looked up: its canonical URL, or the fingerprint of its text. */
export interface PageKey {
  canonicalUrl: string;
  fingerprint?: string;
}

/** Stores a new annotation with id `id` (a UUID the caller draws) made at ISO time `now`. */
export async function createAnnotation(db: ClaimTrailDb, draft: AnnotationDraft, id: string, now: string): Promise<Result<Annotation>> {
  const base = { id, type: 'Annotation' as const, ...draft, created: now, modified: now, deleted: false, revision: '0-0' };
  const annotation = withNewRevision(base);
  delete annotation.history;
  return writeLocal(db, annotation);
}

/** Replaces an annotation's body (note, tags, verdict); fails with `notFound` for an unknown or deleted id. */
export async function editAnnotation(db: ClaimTrailDb, id: string, body: AnnotationBody, now: string): Promise<Result<Annotation>> {
  const parsed = annotationBodySchema.safeParse(body);
  if (!parsed.success) return fail('invalidMessage', describeZodError(parsed.error));
  return updateLocal(db, id, (current) => ({ ...current, body: parsed.data, modified: now }));
}

/** Marks an annotation deleted (a tombstone the sync engines carry to other replicas). */
export async function deleteAnnotation(db: ClaimTrailDb, id: string, now: string): Promise<Result<Annotation>> {
  return updateLocal(db, id, (current) => ({ ...current, deleted: true, modified: now }));
}

/** Drops the losing edits kept on an annotation once the reader has read them. */
export async function dismissConflicts(db: ClaimTrailDb, id: string, now: string): Promise<Result<Annotation>> {
  return updateLocal(db, id, ({ conflicts: _conflicts, ...current }) => ({ ...current, modified: now }));
}

/** The live (not deleted) annotations of a page, found by canonical URL or by text fingerprint. */
export async function annotationsForPage(db: ClaimTrailDb, page: PageKey): Promise<Annotation[]> {
  const byUrl = await db.annotations.where('target.canonicalUrl').equals(page.canonicalUrl).toArray();
  const byText = page.fingerprint ? await db.annotations.where('target.fingerprint').equals(page.fingerprint).toArray() : [];
  const unique = new Map([...byUrl, ...byText].filter((a) => !a.deleted).map((a) => [a.id, a]));
  return [...unique.values()].sort((a, b) => a.created.localeCompare(b.created));
}

/** Every tag in use, most used first, for autocomplete. */
export async function annotationTags(db: ClaimTrailDb): Promise<string[]> {
  const counts = new Map<string, number>();
  await db.annotations.each((a) => {
    if (a.deleted) return;
    for (const tag of a.body.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  });
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag);
}

/** The annotations written after change `since`, except those `source` itself brought in unchanged. */
export async function annotationChangesSince(db: ClaimTrailDb, since: number, source?: AnnotationChange['source']): Promise<{ annotations: Annotation[]; lastSeq: number }> {
  return db.transaction('r', db.annotationChanges, db.annotations, async () => {
    const changes = await db.annotationChanges.where('seq').above(since).toArray();
    const lastSeq = changes.at(-1)?.seq ?? since;
    const ids = [...new Set(changes.filter((c) => c.source !== source).map((c) => c.annotationId))];
    const annotations = (await db.annotations.bulkGet(ids)).filter((a): a is Annotation => a !== undefined);
    return { annotations, lastSeq };
  });
}

/**
 * Merges annotations from elsewhere (a sync pull, an import) into the local ones, per record, in
 * one transaction: invalid ones are reported and skipped, nothing else is half-written. A merged
 * record that equals the incoming one is logged with `source`, so that engine does not get it back.
 */
export async function mergeIncomingAnnotations(db: ClaimTrailDb, incoming: readonly unknown[], source: AnnotationChange['source']): Promise<Result<{ written: Annotation[]; rejected: string[] }>> {
  const rejected: string[] = [];
  const valid: Annotation[] = [];
  incoming.forEach((item, index) => {
    const parsed = annotationSchema.safeParse(item);
    if (parsed.success) valid.push(parsed.data);
    else rejected.push(`annotations[${index}]: ${describeZodError(parsed.error)}`);
  });
  return guardStorage(() =>
    db.transaction('rw', db.annotations, db.annotationChanges, async () => {
      const written = await mergeInto(db, valid, source);
      return ok({ written, rejected });
    }),
  );
}

/** The merge step of `mergeIncomingAnnotations`, for callers already inside a transaction. */
export async function mergeInto(db: ClaimTrailDb, incoming: Annotation[], source: AnnotationChange['source']): Promise<Annotation[]> {
  const stored = await db.annotations.bulkGet(incoming.map((a) => a.id));
  const written: Annotation[] = [];
  const changes: AnnotationChange[] = [];
  incoming.forEach((remote, i) => {
    const local = stored[i];
    const merged = local ? mergeAnnotations(local, remote) : remote;
    if (local && merged.revision === local.revision) return;
    written.push(merged);
    changes.push({ annotationId: merged.id, source: merged.revision === remote.revision ? source : 'local' });
  });
  await db.annotations.bulkPut(written);
  await db.annotationChanges.bulkAdd(changes);
  return written;
}

async function updateLocal(db: ClaimTrailDb, id: string, edit: (current: Annotation) => Annotation): Promise<Result<Annotation>> {
  return guardStorage(() =>
    db.transaction('rw', db.annotations, db.annotationChanges, async () => {
      const current = await db.annotations.get(id);
      if (!current || current.deleted) return fail('notFound', `No annotation ${id}.`);
      return putLocal(db, withNewRevision(edit(current)));
    }),
  );
}

async function writeLocal(db: ClaimTrailDb, annotation: Annotation): Promise<Result<Annotation>> {
  return guardStorage(() => db.transaction('rw', db.annotations, db.annotationChanges, () => putLocal(db, annotation)));
}

async function putLocal(db: ClaimTrailDb, annotation: Annotation): Promise<Result<Annotation>> {
  const parsed = annotationSchema.safeParse(annotation);
  if (!parsed.success) return fail('invalidMessage', describeZodError(parsed.error));
  await db.annotations.put(parsed.data);
  await db.annotationChanges.add({ annotationId: parsed.data.id, source: 'local' });
  return ok(parsed.data);
}
