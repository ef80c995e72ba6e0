import { describe, expect, it } from 'vitest';
import { draftAnnotation, uuid } from '../../../tests/annotations';
import { createMirrorDevices, type CloudPolicy, type MirrorDevice } from '../../../tests/fake-sync-area';
import { createAnnotation, deleteAnnotation, editAnnotation } from '../../store/annotation-repository';
import { shardOf } from './layout';

const T0 = Date.parse('2026-03-01T10:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();
const URL = 'https://www.globaltimes.cn/page/202601/1346190.shtml';

/** A device's annotations by id, without the history (the mirror trims it) nor a deleted body (not mirrored). */
const records = async (d: MirrorDevice) =>
  (await d.db.annotations.orderBy('id').toArray()).map(({ history: _history, ...rest }) => (rest.deleted ? { ...rest, body: { note: '', tags: [] } } : rest));

async function create(d: MirrorDevice, n: number, note: string, minutes = 0) {
  const result = await createAnnotation(d.db, draftAnnotation(URL, `quoted sentence ${n}`, note), uuid(n), at(minutes));
  if (!result.ok) throw new Error(result.error.message);
  d.mirror.notifyLocalChange();
}
async function edit(d: MirrorDevice, n: number, note: string, minutes: number) {
  expect((await editAnnotation(d.db, uuid(n), { note, tags: ['ai'] }, at(minutes))).ok).toBe(true);
  d.mirror.notifyLocalChange();
}
async function remove(d: MirrorDevice, n: number, minutes: number) {
  expect((await deleteAnnotation(d.db, uuid(n), at(minutes))).ok).toBe(true);
  d.mirror.notifyLocalChange();
}

/** Two started devices sharing an account, each holding annotation 1 (made on the first). */
async function twoDevicesWithOne(policy: CloudPolicy = 'lastWriter') {
  const setup = createMirrorDevices(2, policy);
  const [a, b] = setup.devices as [MirrorDevice, MirrorDevice];
  a.mirror.start();
  b.mirror.start();
  await create(a, 1, 'first note');
  await setup.settle();
  return { ...setup, a, b };
}

describe('storage.sync mirror between two devices', () => {
  it('carries a creation, an edit and a deletion, and never loses its own writes to echoes', async () => {
    const { a, b, settle } = await twoDevicesWithOne();
    expect((await b.db.annotations.get(uuid(1)))?.body.note).toBe('first note');
    await edit(b, 1, 'edited on B', 60);
    await settle();
    expect((await a.db.annotations.get(uuid(1)))?.body.note).toBe('edited on B');
    await remove(a, 1, 120);
    await settle();
    expect(await b.db.annotations.get(uuid(1))).toMatchObject({ deleted: true, revision: (await a.db.annotations.get(uuid(1)))!.revision });
    expect(await records(b)).toEqual(await records(a));
    expect(await b.mirror.status()).toMatchObject({ mirrored: 0, localOnly: 0 });
    expect([...a.fake.rejections, ...b.fake.rejections]).toEqual([]);
  });

  it('lets a deletion win only when it is the newest change', async () => {
    const { a, b, settle } = await twoDevicesWithOne();
    await create(a, 2, 'second', 1);
    await settle();
    // Annotation 1: deleted on A, then edited later on B (offline from each other): the edit wins.
    await remove(a, 1, 60);
    await edit(b, 1, 'kept by a later edit', 90);
    // Annotation 2: edited on B, then deleted later on A: the deletion wins, B's words kept aside.
    await edit(b, 2, 'edited before the deletion', 60);
    await remove(a, 2, 90);
    await settle();
    expect(await records(a)).toEqual(await records(b));
    expect(await a.db.annotations.get(uuid(1))).toMatchObject({ deleted: false, body: { note: 'kept by a later edit' } });
    const two = await b.db.annotations.get(uuid(2));
    expect(two?.deleted).toBe(true);
    expect(two?.conflicts?.map((c) => c.body.note)).toContain('edited before the deletion');
  });

  describe.each<CloudPolicy>(['lastWriter', 'serverWins'])('when the cloud resolves per key by %s', (policy) => {
    it('converges concurrent edits of one annotation to the same record, the losing note kept', async () => {
      const { a, b, settle } = await twoDevicesWithOne(policy);
      await edit(a, 1, 'A says misattributed', 60);
      await edit(b, 1, 'B says misleading', 61);
      await settle();
      const onA = await a.db.annotations.get(uuid(1));
      expect(await records(a)).toEqual(await records(b));
      expect(onA?.body.note).toBe('B says misleading');
      expect(onA?.conflicts?.map((c) => c.body.note)).toEqual(['A says misattributed']);
    });

    it('keeps both of two annotations created at once in the same shard', async () => {
      const { a, b, settle } = await twoDevicesWithOne(policy);
      const sameShard = Array.from({ length: 200 }, (_, i) => i + 10).filter((n) => shardOf(uuid(n)) === shardOf(uuid(10)));
      const [onA, onB] = sameShard as [number, number];
      await create(a, onA, 'made on A', 5);
      await create(b, onB, 'made on B', 5);
      await settle();
      expect((await records(a)).map((r) => r.id)).toEqual([uuid(1), uuid(onA), uuid(onB)].sort());
      expect(await records(b)).toEqual(await records(a));
    });
  });

  it('repairs the mirror after another device overwrote its shards without merging', async () => {
    const setup = createMirrorDevices(3);
    const [a, b, late] = setup.devices as [MirrorDevice, MirrorDevice, MirrorDevice];
    a.mirror.start();
    b.mirror.start();
    for (let n = 1; n <= 12; n++) await create(a, n, `note ${n}`, n);
    await setup.settle();
    // A writer that does not merge (an old build, another extension's bug) empties every shard.
    await late.fake.area.set(Object.fromEntries(Object.keys(a.fake.items()).map((key) => [key, ''])));
    await setup.settle();
    late.mirror.start();
    await setup.settle();
    expect((await records(late)).map((r) => r.body.note).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `note ${i + 1}`).sort());
    expect(await records(b)).toEqual(await records(a));
  });

  it('stops: no timers left, later changes not written', async () => {
    const { a, b, settle, time } = await twoDevicesWithOne();
    a.mirror.stop();
    await create(a, 2, 'after stop', 10);
    expect(time.pending()).toBe(0);
    await settle();
    expect(await b.db.annotations.get(uuid(2))).toBeUndefined();
  });
});
