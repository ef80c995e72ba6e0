import { describe, expect, it } from 'vitest';
import { draftAnnotation, uuid } from '../../tests/annotations';
import { freshDb } from '../../tests/fake-db';
import { annotationChangesSince, annotationsForPage, annotationTags, createAnnotation, deleteAnnotation, dismissConflicts, editAnnotation, mergeIncomingAnnotations } from './annotation-repository';

const NOW = '2026-03-01T10:00:00.000Z';
const LATER = '2026-03-01T11:00:00.000Z';
const URL = 'https://www.163.com/dy/article/K1234567890ABCDE.html';

describe('annotation repository', () => {
  it('creates, edits and tombstones an annotation, logging each write', async () => {
    const db = freshDb();
    const created = await createAnnotation(db, draftAnnotation(URL), uuid(1), NOW);
    if (!created.ok) throw new Error(created.error.message);
    expect(created.value.revision).toMatch(/^1-[0-9a-f]{16}$/);
    const edited = await editAnnotation(db, uuid(1), { note: 'new note', tags: ['ft', 'ai'] }, LATER);
    expect(edited.ok && edited.value.revision.startsWith('2-')).toBe(true);
    expect(edited.ok && edited.value.history).toEqual([created.value.revision]);
    expect(await annotationsForPage(db, { canonicalUrl: URL })).toHaveLength(1);
    expect((await deleteAnnotation(db, uuid(1), LATER)).ok).toBe(true);
    expect(await annotationsForPage(db, { canonicalUrl: URL })).toEqual([]);
    expect(await db.annotations.get(uuid(1))).toMatchObject({ deleted: true });
    const { annotations, lastSeq } = await annotationChangesSince(db, 0);
    expect(lastSeq).toBe(3);
    expect(annotations.map((a) => a.id)).toEqual([uuid(1)]);
    expect(await editAnnotation(db, uuid(1), { note: 'x', tags: [] }, LATER)).toMatchObject({ ok: false, error: { code: 'notFound' } });
  });

  it('rejects an invalid body and writes nothing', async () => {
    const db = freshDb();
    await createAnnotation(db, draftAnnotation(URL), uuid(1), NOW);
    const result = await editAnnotation(db, uuid(1), { note: 'x', tags: [' '] }, LATER);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidMessage' } });
    expect(await db.annotationChanges.count()).toBe(1);
  });

  it('finds a page\'s annotations by its text fingerprint at another address', async () => {
    const db = freshDb();
    const draft = draftAnnotation(URL);
    await createAnnotation(db, { ...draft, target: { ...draft.target, fingerprint: '0123456789abcdef' } }, uuid(1), NOW);
    expect(await annotationsForPage(db, { canonicalUrl: 'https://c.m.163.com/news/a/K1234567890ABCDE.html', fingerprint: '0123456789abcdef' })).toHaveLength(1);
  });

  it('merges incoming annotations, reports invalid ones, and marks unchanged pulls with their source', async () => {
    const db = freshDb();
    const mine = await createAnnotation(db, draftAnnotation(URL, 'the open models overtook', 'mine'), uuid(1), NOW);
    if (!mine.ok) throw new Error(mine.error.message);
    const other = { ...mine.value, id: uuid(2) };
    const concurrent = { ...mine.value, body: { ...mine.value.body, note: 'theirs' }, modified: LATER, revision: '2-00000000000000aa', history: [] };
    const result = await mergeIncomingAnnotations(db, [other, concurrent, { id: 'garbage' }], 'couch');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.rejected).toHaveLength(1);
    expect(result.value.rejected[0]).toMatch(/^annotations\[2\]/);
    const merged = await db.annotations.get(uuid(1));
    expect(merged?.body.note).toBe('theirs');
    expect(merged?.conflicts?.[0]?.body.note).toBe('mine');
    const forCouch = await annotationChangesSince(db, 1, 'couch');
    expect(forCouch.annotations.map((a) => a.id)).toEqual([uuid(1)]);
    expect((await dismissConflicts(db, uuid(1), LATER)).ok).toBe(true);
    expect((await db.annotations.get(uuid(1)))?.conflicts).toBeUndefined();
  });

  it('lists tags most used first', async () => {
    const db = freshDb();
    await createAnnotation(db, { ...draftAnnotation(URL), body: { note: '', tags: ['ft', 'ai'] } }, uuid(1), NOW);
    await createAnnotation(db, { ...draftAnnotation(URL), body: { note: '', tags: ['ai'] } }, uuid(2), NOW);
    expect(await annotationTags(db)).toEqual(['ai', 'ft']);
  });
});
