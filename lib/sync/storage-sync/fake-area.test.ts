import { describe, expect, it } from 'vitest';
import { createFakeSyncCloud, createFakeTime } from '../../../tests/fake-sync-area';
import { SYNC_QUOTA } from './area';

/** The test double enforces Chrome's quotas exactly, so the mirror's tests can trust it. */
describe('fake storage.sync', () => {
  const device = () => {
    const time = createFakeTime();
    return { time, d: createFakeSyncCloud(time.clock).device() };
  };

  it('rejects an item over QUOTA_BYTES_PER_ITEM (key + JSON) and writes nothing', async () => {
    const { d } = device();
    const fits = 'x'.repeat(SYNC_QUOTA.QUOTA_BYTES_PER_ITEM - 3 - 2);
    await d.area.set({ abc: fits });
    await expect(d.area.set({ ok: 1, abcd: fits })).rejects.toThrow('QUOTA_BYTES_PER_ITEM quota exceeded');
    expect(Object.keys(d.items())).toEqual(['abc']);
  });

  it('rejects past QUOTA_BYTES and MAX_ITEMS', async () => {
    const { d } = device();
    const big = 'y'.repeat(8_000);
    for (let i = 0; i < 12; i++) await d.area.set({ [`k${i}`]: big });
    await expect(d.area.set({ k12: big })).rejects.toThrow('QUOTA_BYTES quota exceeded');
    await d.area.remove(Array.from({ length: 12 }, (_, i) => `k${i}`));
    await d.area.set(Object.fromEntries(Array.from({ length: 512 }, (_, i) => [`i${i}`, i])));
    await expect(d.area.set({ one: 'more' })).rejects.toThrow('MAX_ITEMS quota exceeded');
    expect(await d.area.getBytesInUse!(['i1', 'i10'])).toBe(2 + 1 + 3 + 2);
  });

  it('counts write calls per minute and per hour on its clock', async () => {
    const { d, time } = device();
    for (let i = 0; i < 120; i++) await d.area.set({ k: i });
    await expect(d.area.set({ k: 'x' })).rejects.toThrow('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    for (let minute = 1; minute < 15; minute++) {
      time.advance(60_000);
      for (let i = 0; i < 120; i++) await d.area.remove('k');
    }
    time.advance(60_000);
    await expect(d.area.set({ k: 'x' })).rejects.toThrow('MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded');
    expect(d.items()).toEqual({});
  });

  it('propagates per key between devices, last writer wins, with change events', async () => {
    const time = createFakeTime();
    const cloud = createFakeSyncCloud(time.clock);
    const [a, b] = [cloud.device(), cloud.device()];
    const seen: unknown[] = [];
    b.onChanged((changes) => seen.push(changes));
    await a.area.set({ one: { n: 1 }, two: 'from A' });
    await b.area.set({ two: 'from B' });
    a.sync();
    b.sync();
    a.sync();
    expect(a.items()).toEqual({ one: { n: 1 }, two: 'from B' });
    expect(b.items()).toEqual(a.items());
    expect(seen.at(-1)).toEqual({ one: { newValue: { n: 1 } } });
    const value = (await a.area.get('one')).one as { n: number };
    value.n = 9;
    expect(a.items().one).toEqual({ n: 1 });
  });

  it('lets the change already on the server win under Firefox\'s rule', async () => {
    const time = createFakeTime();
    const cloud = createFakeSyncCloud(time.clock, 'serverWins');
    const [a, b] = [cloud.device(), cloud.device()];
    await a.area.set({ k: 'A' });
    await b.area.set({ k: 'B, later' });
    a.sync();
    b.sync();
    expect(b.items()).toEqual({ k: 'A' });
  });
});
