import { describe, expect, it } from 'vitest';
import { draftAnnotation, uuid } from '../../../tests/annotations';
import type { Annotation } from '../../schema/annotations';
import { mergeAnnotations, withNewRevision } from '../merge-annotation';
import { annotationIdOf, annotationToDoc, chainRevisions, closingRevision, closingTombstone, docIdFor, docToAnnotation, revisionChain } from './docs';
import { knowsRevision, leavesToSettle } from './leaves';

const T0 = '2026-03-01T10:00:00.000Z';
const base = (): Annotation => {
  const { history: _h, ...first } = withNewRevision({ id: uuid(1), type: 'Annotation', ...draftAnnotation(), created: T0, modified: T0, deleted: false, revision: '0-0' });
  return first;
};
const edit = (a: Annotation, note: string, modified: string): Annotation => withNewRevision({ ...a, body: { ...a.body, note }, modified });

describe('annotations as CouchDB documents', () => {
  it('namespaces ids so other document types can share the database', () => {
    expect(docIdFor(uuid(1))).toBe(`annotation:${uuid(1)}`);
    expect(annotationIdOf(docIdFor(uuid(1)))).toBe(uuid(1));
    expect(annotationIdOf('_design/x')).toBeUndefined();
    expect(annotationIdOf('article:a_0123456789abcdef')).toBeUndefined();
  });

  it('sends as _revisions the longest run of revisions whose generations fall by one', () => {
    expect(revisionChain({ revision: '1-aa' })).toEqual({ start: 1, ids: ['aa'] });
    expect(revisionChain({ revision: '4-dd', history: ['3-cc', '2-bb', '1-aa'] })).toEqual({ start: 4, ids: ['dd', 'cc', 'bb', 'aa'] });
    // A merge: the winner's line, then the merged-in loser (generation 3 again), which is not an ancestor.
    expect(revisionChain({ revision: '4-dd', history: ['3-cc', '2-bb', '3-ee', '2-bb'] })).toEqual({ start: 4, ids: ['dd', 'cc', 'bb'] });
    expect(chainRevisions({ revision: '3-cc', history: ['1-aa'] })).toEqual(['3-cc']);
  });

  it('reads back exactly the record it wrote, edits, merges and deletions alike', () => {
    const a = edit(base(), 'on A', '2026-03-01T11:00:00.000Z');
    const b = edit(base(), 'on B', '2026-03-01T11:05:00.000Z');
    const merged = mergeAnnotations(a, b);
    const deleted = withNewRevision({ ...merged, deleted: true, modified: '2026-03-01T12:00:00.000Z' });
    for (const record of [base(), a, merged, deleted]) {
      const doc = JSON.parse(JSON.stringify(annotationToDoc(record)));
      expect(docToAnnotation(doc)).toEqual({ kind: 'annotation', annotation: record });
    }
    expect(annotationToDoc(deleted)).toMatchObject({ _deleted: true, deleted: true, body: merged.body });
    expect(annotationToDoc(merged)).not.toHaveProperty('id');
    expect(annotationToDoc(merged)).not.toHaveProperty('revision');
  });

  it('takes the ancestry from _revisions when a document has no history of its own', () => {
    const { id: _id, revision: _rev, history: _h, ...fields } = edit(base(), 'elsewhere', T0);
    const reading = docToAnnotation({ ...fields, _id: docIdFor(uuid(1)), _rev: '3-cc', _revisions: { start: 3, ids: ['cc', 'bb', 'aa'] } });
    expect(reading.kind === 'annotation' && reading.annotation.history).toEqual(['2-bb', '1-aa']);
  });

  it('treats a body-less deletion as a closed branch and describes an invalid document', () => {
    expect(docToAnnotation(closingTombstone(docIdFor(uuid(1)), '2-bb'))).toEqual({ kind: 'closed' });
    const invalid = docToAnnotation({ _id: docIdFor(uuid(1)), _rev: '1-aa', type: 'Annotation', body: { note: 1 } });
    expect(invalid.kind).toBe('invalid');
    expect(invalid.kind === 'invalid' && invalid.message).toMatch(/^annotation:\S+ 1-aa: .*body\.note/);
  });

  it('closes a branch with a tombstone every device derives alike, and knows it afterwards', () => {
    const tombstone = closingTombstone('annotation:x', '2-bb');
    expect(tombstone).toEqual(closingTombstone('annotation:x', '2-bb'));
    expect(tombstone).toMatchObject({ _rev: closingRevision('2-bb'), _revisions: { start: 3, ids: [closingRevision('2-bb').slice(2), 'bb'] }, _deleted: true });
    const record = { ...base(), revision: '3-cc', history: ['2-aa', '1-aa', '2-bb'] };
    expect(knowsRevision(record, closingRevision('2-bb'))).toBe(true);
    expect(knowsRevision(record, '2-bb')).toBe(true);
    expect(knowsRevision(record, '3-zz')).toBe(false);
    expect(knowsRevision(undefined, '1-aa')).toBe(false);
  });

  it('settles a merge: pushes it and closes the merged-in live leaves that are not its ancestors', () => {
    const record = { ...base(), revision: '3-cc', history: ['2-aa', '1-aa', '2-bb'] };
    expect(leavesToSettle(['2-aa', '2-bb'], record)).toEqual({ close: ['2-bb'] });
    expect(leavesToSettle(['2-aa', '2-bb'], record, { deleted: new Set(['2-bb']) })).toEqual({ close: [] });
    expect(leavesToSettle(['3-cc', closingRevision('2-bb')], record)).toBeUndefined();
    expect(leavesToSettle(['3-cc', '2-zz'], record)).toBeUndefined();
    expect(leavesToSettle(['2-aa'], undefined)).toBeUndefined();
  });
});
