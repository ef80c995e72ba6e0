import { describe, expect, it } from 'vitest';
import { realisticAnnotations } from '../../../tests/fake-sync-area';
import { annotationSchema, type Annotation } from '../../schema';
import { withNewRevision } from '../merge-annotation';
import { compactRecord, decodePart, encodePart, expandLive, expandTombstone, isTombstone, MIRROR_HISTORY } from './codec';

const [plain, other] = realisticAnnotations(2, { seed: 11 }) as [Annotation, Annotation];

describe('mirror codec', () => {
  it('expands a compact live record back to the same annotation, its history trimmed', () => {
    let edited = plain;
    for (let i = 0; i < 9; i++) edited = withNewRevision({ ...edited, body: { ...edited.body, note: `edit ${i}` } });
    const withExtras = { ...edited, passageId: 'a_0123456789abcdef:3', target: { ...edited.target, source: `${edited.target.canonicalUrl}?utm=x` }, body: { ...edited.body, verdict: 'custom' as const, verdictLabel: 'spin' } };
    const back = expandLive(compactRecord(withExtras) as Parameters<typeof expandLive>[0]);
    expect(back).toEqual({ ...withExtras, history: withExtras.history!.slice(0, MIRROR_HISTORY) });
    expect(annotationSchema.safeParse(back).success).toBe(true);
  });

  it('keeps a deletion to id, time, revisions and losing edits, applied to the local copy', () => {
    const conflicts = [{ body: { note: 'lost words', tags: [] }, modified: plain.modified, revision: '1-00000000000000aa' }];
    const deleted = withNewRevision({ ...plain, deleted: true, conflicts });
    const compact = compactRecord(deleted);
    expect(compact).toEqual({ i: plain.id, d: 1, m: deleted.modified, r: deleted.revision, h: [plain.revision], x: conflicts });
    expect(isTombstone(compact)).toBe(true);
    if (!isTombstone(compact)) return;
    expect(expandTombstone(compact, plain)).toMatchObject({ id: plain.id, deleted: true, revision: deleted.revision, body: { note: '', tags: [] }, conflicts, target: plain.target });
  });

  it('round-trips a part through deflate-raw and base64, and reports what it cannot read', () => {
    const records = [compactRecord(plain), compactRecord(other)];
    const part = encodePart(records);
    expect(part).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(decodePart(part)).toEqual({ ok: true, records });
    expect(decodePart('')).toEqual({ ok: true, records: [] });
    expect(decodePart(42)).toMatchObject({ ok: false, reason: 'a number, not a string' });
    expect(decodePart('bm90IGRlZmxhdGU=')).toMatchObject({ ok: false, reason: expect.stringMatching(/^not compressed JSON/) });
    expect(decodePart(encodePart([{ i: 'not-a-uuid' } as never]))).toMatchObject({ ok: false, reason: expect.stringMatching(/^r\[0\]/) });
  });
});
