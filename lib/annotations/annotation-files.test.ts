import { describe, expect, it } from 'vitest';
import { draftAnnotation, uuid } from '../../tests/annotations';
import { freshDb } from '../../tests/fake-db';
import { createAnnotation, deleteAnnotation } from '../store/annotation-repository';
import { exportAnnotations, importAnnotations } from './annotation-files';

const NOW = '2026-03-01T10:00:00.000Z';
const newId = () => uuid(999);

describe('annotation files', () => {
  it('round-trips the live annotations through a W3C collection into another store, once', async () => {
    const source = freshDb();
    await createAnnotation(source, draftAnnotation(undefined, 'the open models overtook', 'check the FT'), uuid(1), NOW);
    await createAnnotation(source, draftAnnotation(undefined, 'in performance', 'not adoption'), uuid(2), NOW);
    await createAnnotation(source, draftAnnotation(undefined, 'deleted one', 'gone'), uuid(3), NOW);
    await deleteAnnotation(source, uuid(3), NOW);
    const { collection, count } = await exportAnnotations(source, { now: NOW, generator: 'ClaimTrail test' });
    expect(count).toBe(2);
    const file = JSON.stringify(collection);

    const target = freshDb();
    expect(await importAnnotations(target, file, { now: NOW, newId })).toEqual({ ok: true, value: { written: 2, unchanged: 0, rejected: [] } });
    expect((await target.annotations.toArray()).map((a) => a.body.note).sort()).toEqual(['check the FT', 'not adoption']);
    expect(await target.annotations.get(uuid(1))).toEqual(await source.annotations.get(uuid(1)));
    expect(await importAnnotations(target, file, { now: NOW, newId })).toEqual({ ok: true, value: { written: 0, unchanged: 2, rejected: [] } });
  });

  it('keeps the valid items of a file, reports the others by position, and refuses what is not JSON', async () => {
    const db = freshDb();
    const source = freshDb();
    await createAnnotation(source, draftAnnotation(), uuid(1), NOW);
    const { collection } = await exportAnnotations(source, { now: NOW, generator: 'ClaimTrail test' });
    const items = (collection.first as { items: unknown[] }).items;
    const broken = { ...(items[0] as object), id: `urn:uuid:${uuid(2)}`, target: { source: 'https://www.163.com/x.html', selector: { type: 'TextQuoteSelector' } } };
    const file = JSON.stringify({ ...collection, first: { ...collection.first, items: [items[0], broken] } });
    const result = await importAnnotations(db, file, { now: NOW, newId });
    expect(result.ok && result.value.written).toBe(1);
    expect(result.ok && result.value.rejected).toEqual([expect.stringMatching(/^annotation 2: target\.selector/)]);
    expect(await importAnnotations(db, '{"oops"', { now: NOW, newId })).toMatchObject({ ok: false, error: { code: 'invalidJson' } });
    expect(await importAnnotations(db, '[1, 2]', { now: NOW, newId })).toMatchObject({ ok: true, value: { written: 0, rejected: [expect.any(String), expect.any(String)] } });
  });
});
