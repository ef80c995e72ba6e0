import { describe, expect, it } from 'vitest';
import { draftAnnotation, uuid } from '../../tests/annotations';
import type { Annotation } from '../schema';
import { annotationSchema } from '../schema';
import { descendsFrom, mergeAnnotations, withNewRevision } from './merge-annotation';

const T0 = '2026-03-01T10:00:00.000Z';
const base: Annotation = withNewRevision({ id: uuid(1), type: 'Annotation', ...draftAnnotation(), created: T0, modified: T0, deleted: false, revision: '0-0' });
const edit = (from: Annotation, at: string, change: Partial<Annotation['body']>, deleted = false): Annotation =>
  withNewRevision({ ...from, body: { ...from.body, ...change }, modified: at, deleted });

describe('mergeAnnotations', () => {
  it('takes a plain edit over its ancestor, whichever side it is on', () => {
    const later = edit(base, '2026-03-01T11:00:00.000Z', { note: 'edited' });
    expect(mergeAnnotations(base, later)).toBe(later);
    expect(mergeAnnotations(later, base)).toBe(later);
    expect(descendsFrom(later, base)).toBe(true);
  });

  it('resolves concurrent edits the same way in either order and keeps the losing note', () => {
    const onA = edit(base, '2026-03-01T11:00:00.000Z', { note: 'A says misattributed', verdict: 'misattributed' });
    const onB = edit(base, '2026-03-01T12:00:00.000Z', { note: 'B says misleading', tags: ['ai', 'ft'] });
    const ab = mergeAnnotations(onA, onB);
    expect(mergeAnnotations(onB, onA)).toEqual(ab);
    expect(ab.body.note).toBe('B says misleading');
    expect(ab.conflicts).toEqual([{ body: onA.body, modified: onA.modified, revision: onA.revision }]);
    expect(annotationSchema.safeParse(ab).success).toBe(true);
    // Merging the result again with either side changes nothing: replicas settle.
    expect(mergeAnnotations(ab, onA)).toBe(ab);
    expect(mergeAnnotations(onB, ab)).toBe(ab);
  });

  it('lets a deletion win only when it is the newest change', () => {
    const deleted = edit(base, '2026-03-01T11:00:00.000Z', {}, true);
    const editedLater = edit(base, '2026-03-01T12:00:00.000Z', { note: 'still relevant' });
    expect(mergeAnnotations(deleted, editedLater).deleted).toBe(false);
    const deletedLater = edit(base, '2026-03-01T13:00:00.000Z', {}, true);
    expect(mergeAnnotations(editedLater, deletedLater).deleted).toBe(true);
  });

  it('does not resurrect a tag removed by the newer edit', () => {
    const removed = edit(base, '2026-03-01T12:00:00.000Z', { tags: [] });
    const noted = edit(base, '2026-03-01T11:00:00.000Z', { note: 'older note edit' });
    const merged = mergeAnnotations(removed, noted);
    expect(merged.body.tags).toEqual([]);
    expect(merged.conflicts?.[0]?.body.note).toBe('older note edit');
  });

  it('orders equal times by history length, then by revision, so the winner is the same everywhere', () => {
    const at = '2026-03-01T11:00:00.000Z';
    const one = edit(base, at, { note: 'one' });
    const two = edit(edit(base, at, { note: 'two-a' }), at, { note: 'two' });
    expect(mergeAnnotations(one, two).body.note).toBe('two');
    expect(mergeAnnotations(two, one).body.note).toBe('two');
  });
});
