import { describe, expect, it } from 'vitest';
import { draftAnnotation, uuid } from '../../../tests/annotations';
import { createMirrorDevices, realisticAnnotations, type MirrorDevice } from '../../../tests/fake-sync-area';
import { seededRandom } from '../../../tests/random';
import { createAnnotation, editAnnotation, mergeIncomingAnnotations } from '../../store/annotation-repository';
import { SYNC_QUOTA } from './area';
import { decodePart, encodePart } from './codec';
import { partKey, shardOf } from './layout';

const URL = 'https://www.ft.com/content/00000000-0000-4000-8000-000000000001';
const iso = (ms: number) => new Date(ms).toISOString();

async function started(count = 2) {
  const setup = createMirrorDevices(count);
  const [a, b] = setup.devices as [MirrorDevice, MirrorDevice];
  a.mirror.start();
  b.mirror.start();
  return { ...setup, a, b };
}
async function createMany(d: MirrorDevice, from: number, to: number, when: number) {
  for (let n = from; n <= to; n++) expect((await createAnnotation(d.db, draftAnnotation(URL, `sentence ${n}`, `note ${n}`), uuid(n), iso(when + n))).ok).toBe(true);
  d.mirror.notifyLocalChange();
}
const notes = async (d: MirrorDevice) => (await d.db.annotations.orderBy('id').toArray()).map((a) => a.body.note);

describe('storage.sync mirror within the quotas', { timeout: 60_000 }, () => {
  it('writes a burst of 500 edits within the write rate, and the other device ends with every one', async () => {
    const { a, b, settle, time } = await started();
    await createMany(a, 1, 20, time.clock());
    await settle();
    const start = time.clock();
    const random = seededRandom(3);
    for (let i = 0; i < 500; i++) {
      const n = 1 + (i % 20);
      expect((await editAnnotation(a.db, uuid(n), { note: `edit ${i}`, tags: [] }, iso(time.clock()))).ok).toBe(true);
      a.mirror.notifyLocalChange();
      // Gaps of 0.05–2.5 s: some edits fall in one debounce, many ask for a round of their own
      // faster than one write per 3 s, so the token bucket decides.
      time.advance(50 + Math.floor(random() * 2_450));
      await a.mirror.whenIdle();
    }
    await settle();
    expect(a.fake.rejections).toEqual([]);
    expect(await notes(b)).toEqual(await notes(a));
    expect(await notes(b)).toContain('edit 499');
    const minutes = (time.clock() - start) / 60_000;
    expect(a.fake.writeCalls() / minutes).toBeLessThanOrEqual(22);
  });

  it('mirrors the newest annotations within the budget and keeps the rest on this device only', async () => {
    const { a, b, settle } = await started();
    const all = realisticAnnotations(2_000, { seed: 7 });
    expect((await mergeIncomingAnnotations(a.db, all, 'import')).ok).toBe(true);
    a.mirror.notifyLocalChange();
    await settle();
    const status = await a.mirror.status();
    expect(a.fake.rejections).toEqual([]);
    expect(status).toMatchObject({ quotaBytes: SYNC_QUOTA.QUOTA_BYTES, localOnly: 2_000 - status!.mirrored });
    expect(status!.mirrored).toBeGreaterThan(200);
    expect(status!.bytesUsed).toBeLessThanOrEqual(0.9 * SYNC_QUOTA.QUOTA_BYTES);
    const newest = [...all].sort((x, y) => Date.parse(y.modified) - Date.parse(x.modified) || (x.id < y.id ? -1 : 1)).slice(0, status!.mirrored);
    expect((await b.db.annotations.toCollection().primaryKeys()).sort()).toEqual(newest.map((x) => x.id).sort());
    expect(await b.mirror.status()).toMatchObject({ mirrored: status!.mirrored, localOnly: 0 });
    // Newer annotations push the oldest mirrored ones out of the mirror, never out of a device.
    await createMany(a, 1, 3, Date.parse('2027-01-01T00:00:00Z'));
    await settle();
    expect(await b.db.annotations.count()).toBe(status!.mirrored + 3);
    expect((await b.mirror.status())!.localOnly).toBeGreaterThan(0);
    expect(a.fake.rejections).toEqual([]);
  });

  it('keeps everything after a quota rejection, reports it, and recovers later', async () => {
    const { a, b, settle, time } = await started();
    await createMany(a, 1, 3, time.clock());
    await settle();
    a.fake.failNextSet('QUOTA_BYTES quota exceeded');
    await createMany(a, 4, 6, time.clock());
    time.advance(2_000);
    await a.mirror.whenIdle();
    expect(await a.mirror.status()).toMatchObject({ error: { code: 'quotaExceeded', message: 'QUOTA_BYTES quota exceeded' } });
    expect(await a.db.annotations.count()).toBe(6);
    await settle();
    expect(await notes(b)).toEqual(await notes(a));
    expect((await a.mirror.status())?.error).toBeUndefined();
  });

  it('backs off after the browser refuses a write for its write rate', async () => {
    const { a, b, settle, time } = await started();
    a.fake.failNextSet('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    await createMany(a, 1, 2, time.clock());
    time.advance(2_000);
    await a.mirror.whenIdle();
    const failedAt = time.clock();
    expect((await a.mirror.status())?.error?.message).toMatch(/MAX_WRITE_OPERATIONS_PER_MINUTE/);
    await settle();
    expect(time.clock() - failedAt).toBeGreaterThanOrEqual(60_000);
    expect(await notes(b)).toEqual(['note 1', 'note 2']);
  });

  it('reports a corrupt shard, skips it, keeps local data, and rewrites it from local records', async () => {
    const { a, b, settle, devices } = await started(3);
    await createMany(a, 1, 30, Date.parse('2026-03-01T00:00:00Z'));
    await settle();
    const before = await notes(b);
    const key = partKey(shardOf(uuid(1)), 0);
    const other = partKey((shardOf(uuid(1)) + 1) % 16, 0);
    await devices[2]!.fake.area.set({ [key]: 'not/base64 at all!', [other]: encodePart([{ i: uuid(1) } as never]) });
    devices[2]!.fake.sync();
    b.fake.sync();
    await b.mirror.whenIdle();
    const status = await b.mirror.status();
    expect(status?.error).toMatchObject({ code: 'invalidJson', keys: [key, other].sort((x, y) => (x < y ? -1 : 1)) });
    expect(await notes(b)).toEqual(before);
    await settle();
    expect(decodePart(b.fake.items()[key])).toMatchObject({ ok: true });
    expect(await notes(a)).toEqual(before);
  });

  it('leaves other keys alone and counts them in the budget', async () => {
    const { a, settle, time } = await started();
    await a.fake.area.set({ settings: { autoTrack: true, note: 'x'.repeat(5_000) } });
    await createMany(a, 1, 5, time.clock());
    await settle();
    expect(a.fake.items().settings).toEqual({ autoTrack: true, note: 'x'.repeat(5_000) });
    expect((await a.mirror.status())?.bytesUsed).toBe(await a.fake.area.getBytesInUse!(null));
  });
});
