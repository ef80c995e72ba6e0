/**
 * Test doubles for the storage.sync mirror: a fake `browser.storage.sync` that enforces Chrome's
 * real quotas and write rates and rejects with Chrome's messages (writing nothing), a shared
 * "cloud" that propagates each device's writes to the others per key (last writer wins, or
 * Firefox's "the server's change wins"), a manual clock and timer, and realistic annotations
 * made from the seed articles.
 */
import { hash64 } from '../lib/ids';
import type { Annotation } from '../lib/schema';
import type { ClaimTrailDb } from '../lib/store/db';
import { withNewRevision } from '../lib/sync/merge-annotation';
import { itemBytes, SYNC_QUOTA, type Clock, type Scheduler, type StorageChange, type SubscribeToChanges, type SyncArea } from '../lib/sync/storage-sync/area';
import { createStorageSyncMirror, type StorageSyncMirror } from '../lib/sync/storage-sync/mirror';
import { freshDb } from './fake-db';
import { seededRandom } from './random';
import { gold, SEED_URLS, seedText } from './seeds';

/** One browser profile's sync area, as the mirror sees it, plus test controls. */
export interface FakeDevice {
  area: SyncArea;
  onChanged: SubscribeToChanges;
  /** Exchanges this device's unsynced writes with the cloud, then fires onChanged for what arrived; returns how many keys moved. */
  sync(): number;
  /** A copy of everything stored on this device. */
  items(): Record<string, unknown>;
  /** Every write call accepted by the rate limit (Chrome counts rejected ones too). */
  writeCalls(): number;
  /** Every set() or remove() rejected, with its message. */
  rejections: string[];
  /** Makes the next set() reject with `message` (after counting it as a write), writing nothing. */
  failNextSet(message: string): void;
}

/** Conflict rule per key: the later write wins, or (Firefox) the change that reached the server first. */
export type CloudPolicy = 'lastWriter' | 'serverWins';

interface Entry {
  json: string | undefined;
  seq: number;
}

/** A shared account: every device made here syncs through it. */
export function createFakeSyncCloud(clock: Clock, policy: CloudPolicy = 'lastWriter') {
  const cloud = new Map<string, Entry>();
  let seq = 0;
  return { device: () => fakeDevice(clock, policy, cloud, () => ++seq) };
}

function fakeDevice(clock: Clock, policy: CloudPolicy, cloud: Map<string, Entry>, nextSeq: () => number): FakeDevice {
  const store = new Map<string, string>();
  // The cloud entry each key was last exchanged at, so a sync knows what is new on either side.
  const base = new Map<string, number>();
  const pending = new Map<string, Entry>();
  const listeners = new Set<(changes: Record<string, StorageChange>) => void>();
  const writes: number[] = [];
  const rejections: string[] = [];
  let failure: string | undefined;
  const copy = (json: string | undefined): unknown => (json === undefined ? undefined : JSON.parse(json));
  const fire = (changes: Record<string, StorageChange>) => {
    if (Object.keys(changes).length) for (const listener of [...listeners]) listener(changes);
  };
  const reject = (message: string): Promise<never> => {
    rejections.push(message);
    return Promise.reject(new Error(message));
  };
  const writeRateError = (): string | undefined => {
    const now = clock();
    const inLast = (ms: number) => writes.filter((at) => at > now - ms).length;
    if (inLast(60_000) >= SYNC_QUOTA.MAX_WRITE_OPERATIONS_PER_MINUTE) return 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded';
    if (inLast(3_600_000) >= SYNC_QUOTA.MAX_WRITE_OPERATIONS_PER_HOUR) return 'MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded';
    writes.push(now);
    return undefined;
  };
  const apply = (next: Map<string, string | undefined>) => {
    const changes: Record<string, StorageChange> = {};
    for (const [key, json] of next) {
      const old = store.get(key);
      if (json === undefined) store.delete(key);
      else store.set(key, json);
      pending.set(key, { json, seq: nextSeq() });
      if (old !== json) changes[key] = { oldValue: copy(old), newValue: copy(json) };
    }
    fire(changes);
  };
  const pick = (keys: string | string[] | null) => (keys === null ? [...store.keys()] : typeof keys === 'string' ? [keys] : keys);
  const area: SyncArea = {
    get: async (keys) => Object.fromEntries(pick(keys).filter((key) => store.has(key)).map((key) => [key, copy(store.get(key))])),
    getBytesInUse: async (keys) => pick(keys).reduce((sum, key) => sum + (store.has(key) ? itemBytes(key, copy(store.get(key))) : 0), 0),
    set: async (items) => {
      const rateError = writeRateError();
      if (rateError) return reject(rateError);
      if (failure !== undefined) {
        const message = failure;
        failure = undefined;
        return reject(message);
      }
      const next = new Map(store);
      for (const [key, value] of Object.entries(items)) {
        if (itemBytes(key, value) > SYNC_QUOTA.QUOTA_BYTES_PER_ITEM) return reject('QUOTA_BYTES_PER_ITEM quota exceeded');
        next.set(key, JSON.stringify(value));
      }
      const total = [...next].reduce((sum, [key, json]) => sum + itemBytes(key, JSON.parse(json)), 0);
      if (total > SYNC_QUOTA.QUOTA_BYTES) return reject('QUOTA_BYTES quota exceeded');
      if (next.size > SYNC_QUOTA.MAX_ITEMS) return reject('MAX_ITEMS quota exceeded');
      apply(new Map(Object.entries(items).map(([key, value]) => [key, JSON.stringify(value)])));
    },
    remove: async (keys) => {
      const rateError = writeRateError();
      if (rateError) return reject(rateError);
      apply(new Map(pick(keys).map((key) => [key, undefined])));
    },
  };
  const sync = () => {
    const moved = pending.size;
    for (const [key, entry] of pending) {
      const remote = cloud.get(key);
      // Last writer: the later write wins wherever it was made. Server wins (MDN, Firefox): a
      // change reaches the cloud only if nobody else's did since this device last synced the key.
      const accepted = !remote || (policy === 'lastWriter' ? remote.seq < entry.seq : remote.seq === base.get(key));
      if (accepted) {
        const stored = { json: entry.json, seq: policy === 'lastWriter' ? entry.seq : nextSeq() };
        cloud.set(key, stored);
        base.set(key, stored.seq);
      }
    }
    pending.clear();
    const changes: Record<string, StorageChange> = {};
    for (const [key, entry] of cloud) {
      if (entry.seq === base.get(key)) continue;
      base.set(key, entry.seq);
      const old = store.get(key);
      if (entry.json === undefined) store.delete(key);
      else store.set(key, entry.json);
      if (old !== entry.json) changes[key] = { oldValue: copy(old), newValue: copy(entry.json) };
    }
    fire(changes);
    return moved + Object.keys(changes).length;
  };
  return {
    area,
    onChanged: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    sync,
    items: () => Object.fromEntries([...store].map(([key, json]) => [key, copy(json)])),
    writeCalls: () => writes.length,
    rejections,
    failNextSet: (message) => {
      failure = message;
    },
  };
}

/** A manual clock and timer: time moves only when a test says so. */
export interface FakeTime {
  clock: Clock;
  scheduler: Scheduler;
  /** Runs the earliest timer, moving the clock to its time; false when none is set. */
  runNext(): boolean;
  /** Moves the clock `ms` ahead, running the timers due on the way. */
  advance(ms: number): void;
  /** How many timers are set. */
  pending(): number;
}

/** A fake time starting at `start` (ms since the epoch). */
export function createFakeTime(start = Date.parse('2026-03-01T10:00:00.000Z')): FakeTime {
  let now = start;
  let nextId = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const earliest = () => [...timers].sort(([a, x], [b, y]) => x.at - y.at || a - b)[0];
  const runNext = () => {
    const due = earliest();
    if (!due) return false;
    timers.delete(due[0]);
    now = Math.max(now, due[1].at);
    due[1].callback();
    return true;
  };
  return {
    clock: () => now,
    scheduler: {
      setTimeout: (callback, ms) => (timers.set(++nextId, { at: now + Math.max(0, ms), callback }), nextId),
      clearTimeout: (handle) => void timers.delete(handle as number),
    },
    runNext,
    advance: (ms) => {
      const target = now + ms;
      while ((earliest()?.[1].at ?? Infinity) <= target) runNext();
      now = target;
    },
    pending: () => timers.size,
  };
}

const TAGS = { en: ['ai', 'china', 'ft', 'chips', 'open-source', 'nvidia', 'deepseek', 'policy', 'check', 'energy'], zh: ['人工智能', '中国', '金融时报', '芯片', '开源', '英伟达', '政策', '核查'] };
const VERDICTS = ['accurate', 'misleading', 'misattributed', 'unverified'] as const;

/** The seed articles' text in `lang`, whitespace folded; the FT Chinese transcript JSON is read as text. */
function seedCorpus(lang: 'en' | 'zh'): { url: string; text: string }[] {
  return Object.entries(gold().documents)
    .filter(([, meta]) => (lang === 'en') === (meta.lang === 'en'))
    .map(([doc]) => {
      const lines = seedText(doc).split(/\r?\n/).map((line) => {
        if (!line.startsWith('{"text"')) return line;
        return (JSON.parse(line) as { text: { text: string }[][] }).text.flat().map((s) => s.text).join(' ');
      });
      return { url: SEED_URLS[doc]!, text: lines.join(' ').replace(/\s+/g, ' ') };
    });
}

/**
 * `count` valid annotations as a reader makes them, on the seed articles in `lang`: quotes of
 * 20–200 characters with 32-character prefix and suffix, notes of 0–400 characters (70% have
 * one), 0–3 tags, half with a verdict, a third edited once; one every `spacingMs` or so, oldest first.
 */
export function realisticAnnotations(count: number, options: { lang?: 'en' | 'zh'; seed?: number; start?: number; spacingMs?: number } = {}): Annotation[] {
  const { lang = 'en', seed = 1, start = Date.parse('2026-01-01T00:00:00.000Z'), spacingMs = 600_000 } = options;
  const random = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const corpus = seedCorpus(lang);
  const slice = (text: string, length: number) => {
    const at = int(32, Math.max(32, text.length - length - 32));
    return { at, exact: text.slice(at, at + length) };
  };
  const hex = (n: number) => Array.from({ length: n }, () => int(0, 15).toString(16)).join('');
  let time = start;
  return Array.from({ length: count }, () => {
    const page = corpus[int(0, corpus.length - 1)]!;
    const { at, exact } = slice(page.text, int(20, 200));
    const note = random() < 0.7 ? slice(corpus[int(0, corpus.length - 1)]!.text, int(1, 400)).exact.trim() : '';
    const tags = [...new Set(Array.from({ length: int(0, 3) }, () => TAGS[lang][int(0, TAGS[lang].length - 1)]!))];
    const created = new Date((time += int(1, 2 * spacingMs))).toISOString();
    const draft: Annotation = {
      id: `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[int(0, 3)]}${hex(3)}-${hex(12)}`,
      type: 'Annotation',
      target: {
        source: page.url,
        canonicalUrl: page.url,
        selector: [{ type: 'TextQuoteSelector', exact, prefix: page.text.slice(at - 32, at), suffix: page.text.slice(at + exact.length, at + exact.length + 32) }, { type: 'TextPositionSelector', start: at, end: at + exact.length }],
        fingerprint: hash64(page.text),
      },
      body: { note, tags, ...(random() < 0.5 ? { verdict: VERDICTS[int(0, 3)] } : {}) },
      created,
      modified: created,
      deleted: false,
      revision: '0-0',
    };
    const made = withNewRevision(draft);
    delete made.history;
    return random() < 0.33 ? withNewRevision({ ...made, body: { ...made.body, note: `${made.body.note} (edited)`.trim() }, modified: new Date(Date.parse(created) + int(1_000, spacingMs)).toISOString() }) : made;
  });
}

/** A device in a test: its sync area, its own database, and its mirror. */
export interface MirrorDevice {
  fake: FakeDevice;
  db: ClaimTrailDb;
  mirror: StorageSyncMirror;
}

/**
 * `count` devices sharing one account and one fake time, their mirrors not yet started, and
 * `settle()`, which syncs every device and runs due timers until nothing moves (at most `maxSteps`).
 */
export function createMirrorDevices(count: number, policy: CloudPolicy = 'lastWriter') {
  const time = createFakeTime();
  const cloud = createFakeSyncCloud(time.clock, policy);
  const devices: MirrorDevice[] = Array.from({ length: count }, () => {
    const fake = cloud.device();
    const db = freshDb();
    return { fake, db, mirror: createStorageSyncMirror({ db, area: fake.area, onChanged: fake.onChanged, clock: time.clock, scheduler: time.scheduler }) };
  });
  const idle = () => Promise.all(devices.map((d) => d.mirror.whenIdle()));
  const settle = async (maxSteps = 2_000) => {
    for (let step = 0; step < maxSteps; step++) {
      await idle();
      const moved = devices.reduce((sum, d) => sum + d.fake.sync(), 0);
      await idle();
      if (!moved && !time.runNext()) return;
    }
    throw new Error(`devices did not settle in ${maxSteps} steps`);
  };
  return { time, devices, idle, settle };
}
