/**
 * Postings: for each index key, the passage slots holding it. Keys are 32-bit numbers — a
 * content term's id, or, with the top bit set, a hash of a candidate-only key (anchor pair,
 * MinHash band), which are nearly unique and too many to intern as strings. New passages go
 * into an open segment; full, it is sealed into sorted typed arrays (keys, list starts, lists),
 * and sealed segments of similar size are merged, so a million passages make about ten
 * segments. A list is its slots ascending as variable-length gaps (the first slot, then each
 * difference): about 1.5 bytes a posting instead of 4. A hash collision only adds a passage to a
 * list: the scorer then judges it like any other candidate.
 */
import { ByteReader, ByteWriter } from './feature-codec';

/**
 * One sealed segment: `keys` ascending; the list of `keys[i]` is the bytes
 * `lists[starts[i]..starts[i+1])`, its slots ascending as varint gaps.
 */
export interface Segment {
  keys: Uint32Array;
  starts: Uint32Array;
  lists: Uint8Array;
}

/** Passages the open segment takes before it is sealed. */
const SEAL_AT = 8192;
/** A segment at least this share of its predecessor's size is merged into it. */
const MERGE_RATIO = 0.5;

/** The key of a candidate-only key string: FNV-1a, top bit set. */
export function hashedKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash | 0x80000000) >>> 0;
}

/**
 * The open segment: per key, its last entry; entries hold a slot and the entry before it of the
 * same key. Typed arrays rather than an array per key: a list per key is a garbage-collected
 * object, and hundreds of thousands of them made loading a large index mostly collection.
 */
class OpenSegment {
  readonly last = new Map<number, number>();
  slot = new Int32Array(1 << 16);
  previous = new Int32Array(1 << 16);
  length = 0;

  add(key: number, slot: number): void {
    if (this.length === this.slot.length) this.#grow();
    const entry = this.length++;
    this.slot[entry] = slot;
    this.previous[entry] = this.last.get(key) ?? -1;
    this.last.set(key, entry);
  }

  /** The slots of `key`, oldest first. */
  slotsOf(key: number): number[] {
    const slots: number[] = [];
    for (let entry = this.last.get(key) ?? -1; entry >= 0; entry = this.previous[entry]!) slots.push(this.slot[entry]!);
    return slots.reverse();
  }

  #grow(): void {
    const grown = (old: Int32Array) => {
      const array = new Int32Array(old.length * 2);
      array.set(old);
      return array;
    };
    this.slot = grown(this.slot);
    this.previous = grown(this.previous);
  }
}

export class Postings {
  #sealed: Segment[] = [];
  #open = new OpenSegment();
  #openPassages = 0;

  /** Restored from a snapshot. */
  static restore(segments: Segment[]): Postings {
    const postings = new Postings();
    postings.#sealed = segments;
    return postings;
  }

  /** Adds a passage's distinct keys. Slots must be added in ascending order. */
  add(slot: number, keys: Iterable<number>): void {
    for (const key of keys) this.#open.add(key, slot);
    this.#openPassages += 1;
    if (this.#openPassages >= SEAL_AT) this.seal();
  }

  /** Appends the slots `key` lists to `into`, oldest first. */
  collect(key: number, into: number[]): void {
    for (const segment of this.#sealed) {
      const i = findKey(segment.keys, key);
      if (i >= 0) readList(segment, i, into);
    }
    if (this.#open.last.has(key)) for (const slot of this.#open.slotsOf(key)) into.push(slot);
  }

  /** Seals the open segment (if it holds anything) and merges segments of similar size. */
  seal(): void {
    if (this.#open.length === 0) return;
    const open = this.#open;
    this.#sealed.push(segmentOf(new Map(Array.from(open.last.keys(), (key) => [key, open.slotsOf(key)]))));
    this.#open = new OpenSegment();
    this.#openPassages = 0;
    for (;;) {
      const n = this.#sealed.length;
      if (n < 2 || this.#sealed[n - 1]!.lists.length < MERGE_RATIO * this.#sealed[n - 2]!.lists.length) break;
      const newer = this.#sealed.pop()!;
      this.#sealed[n - 2] = mergeSegments(this.#sealed[n - 2]!, newer);
    }
  }

  /** The sealed segments (for a snapshot: seal first). */
  get segments(): readonly Segment[] {
    return this.#sealed;
  }

  /** Renumbers slots through `map` (-1: removed) into one segment: what compaction leaves. */
  remap(map: Int32Array): void {
    this.seal();
    const lists = new Map<number, number[]>();
    const slots: number[] = [];
    for (const segment of this.#sealed) {
      segment.keys.forEach((key, i) => {
        slots.length = 0;
        readList(segment, i, slots);
        for (const old of slots) {
          const slot = map[old]!;
          if (slot < 0) continue;
          const list = lists.get(key);
          if (list) list.push(slot);
          else lists.set(key, [slot]);
        }
      });
    }
    this.#sealed = lists.size > 0 ? [segmentOf(lists)] : [];
  }
}

const reader = new ByteReader();

/** Appends the slots of list `i` of `segment` to `into`. */
function readList(segment: Segment, i: number, into: number[]): void {
  const end = segment.starts[i + 1]!;
  reader.at(segment.lists, segment.starts[i]!);
  let slot = 0;
  while (reader.pos < end) {
    slot += reader.next();
    into.push(slot);
  }
}

/** Index of `key` in the ascending `keys`, or -1. */
function findKey(keys: Uint32Array, key: number): number {
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const value = keys[mid]!;
    if (value < key) low = mid + 1;
    else if (value > key) high = mid - 1;
    else return mid;
  }
  return -1;
}

/** A segment of `lists` (each ascending), keys sorted. */
function segmentOf(lists: ReadonlyMap<number, readonly number[]>): Segment {
  const keys = Uint32Array.from(lists.keys()).sort();
  return encodeLists(keys, (key, write) => write(lists.get(key)!));
}

/** Merges two segments; every slot of `older` is below every slot of `newer`, so lists stay ascending. */
function mergeSegments(older: Segment, newer: Segment): Segment {
  const keys = new Uint32Array(older.keys.length + newer.keys.length);
  let a = 0;
  let b = 0;
  let k = 0;
  while (a < older.keys.length || b < newer.keys.length) {
    const keyA = a < older.keys.length ? older.keys[a]! : Infinity;
    const keyB = b < newer.keys.length ? newer.keys[b]! : Infinity;
    keys[k++] = Math.min(keyA, keyB);
    if (keyA <= keyB) a++;
    if (keyB <= keyA) b++;
  }
  const merged = keys.slice(0, k);
  const slots: number[] = [];
  return encodeLists(merged, (key, write) => {
    slots.length = 0;
    for (const segment of [older, newer]) {
      const i = findKey(segment.keys, key);
      if (i >= 0) readList(segment, i, slots);
    }
    write(slots);
  });
}

/** Encodes the list of each of `keys` (ascending) as `fill` writes it. */
function encodeLists(keys: Uint32Array, fill: (key: number, write: (slots: readonly number[]) => void) => void): Segment {
  const starts = new Uint32Array(keys.length + 1);
  const out = new ByteWriter(keys.length * 4 + 16);
  keys.forEach((key, i) => {
    starts[i] = out.length;
    fill(key, (slots) => {
      let previous = 0;
      for (const slot of slots) {
        out.varint(slot - previous);
        previous = slot;
      }
    });
  });
  starts[keys.length] = out.length;
  return { keys, starts, lists: out.toBytes() };
}
