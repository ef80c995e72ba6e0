/**
 * A passage's features as a run of variable-length integers (term ids of a `TermTable`) in one
 * shared byte pool: about 1.5 bytes a term instead of a string and an array slot each. Layout:
 * language, then the slots (count, and per slot its stem count and stem ids), entities, numbers
 * and bigrams (count and ids each). Order is kept: the scorer sums weights in the order the
 * string features had, so scores are the same to the last bit.
 */
import type { Lang } from '../schema';
import type { Features } from './features';
import type { TermTable } from './terms';

export const LANGS: readonly Lang[] = ['en', 'zh-Hans', 'zh-Hant'];

/** A growable byte buffer written with variable-length integers. */
export class ByteWriter {
  bytes: Uint8Array;
  length = 0;

  constructor(capacity = 4096) {
    this.bytes = new Uint8Array(capacity);
  }

  varint(value: number): void {
    if (this.length + 5 > this.bytes.length) this.#grow(this.length + 5);
    let rest = value >>> 0;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest & 0x7f) | 0x80;
      rest >>>= 7;
    }
    this.bytes[this.length++] = rest;
  }

  /** Appends raw bytes (a passage copied from another pool). */
  append(bytes: Uint8Array): void {
    if (this.length + bytes.length > this.bytes.length) this.#grow(this.length + bytes.length);
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** The bytes written, trimmed (a copy). */
  toBytes(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }

  #grow(needed: number): void {
    const bytes = new Uint8Array(Math.max(needed, Math.ceil(this.bytes.length * 1.5)));
    bytes.set(this.bytes.subarray(0, this.length));
    this.bytes = bytes;
  }
}

/** Reads variable-length integers from a position it keeps, so reading allocates nothing. */
export class ByteReader {
  bytes: Uint8Array = new Uint8Array(0);
  pos = 0;

  at(bytes: Uint8Array, pos: number): this {
    this.bytes = bytes;
    this.pos = pos;
    return this;
  }

  next(): number {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = this.bytes[this.pos++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
    }
  }

  /** Skips `count` integers. */
  skip(count: number): void {
    for (let i = 0; i < count; i++) while (this.bytes[this.pos++]! >= 0x80);
  }
}

/** Writes `features` to `out`, interning every key in `terms`. */
export function encodeFeatures(features: Features, terms: TermTable, out: ByteWriter): void {
  out.varint(LANGS.indexOf(features.lang));
  out.varint(features.slots.length);
  for (const slot of features.slots) {
    out.varint(slot.length);
    for (const stem of slot) out.varint(terms.intern(stem));
  }
  const list = (keys: readonly string[], prefix: string) => {
    out.varint(keys.length);
    for (const key of keys) out.varint(terms.intern(prefix + key));
  };
  list(features.entities, '@');
  list(features.numbers, '#');
  list(features.bigrams, '');
}

/** The features encoded at `pos`, as strings again (for reasons shown to the reader). */
export function decodeFeatures(bytes: Uint8Array, pos: number, terms: TermTable): Features {
  const reader = new ByteReader().at(bytes, pos);
  const lang = LANGS[reader.next()]!;
  const slots = Array.from({ length: reader.next() }, () => Array.from({ length: reader.next() }, () => terms.name(reader.next())));
  const list = (prefix: number) => Array.from({ length: reader.next() }, () => terms.name(reader.next()).slice(prefix));
  const entities = list(1);
  const numbers = list(1);
  return { lang, slots, entities, numbers, bigrams: list(0) };
}

/**
 * The distinct content term ids (stems, entities, numbers: what frequencies count) of the
 * features encoded at `pos`.
 */
export function contentTerms(bytes: Uint8Array, pos: number): Set<number> {
  const reader = new ByteReader().at(bytes, pos);
  const ids = new Set<number>();
  reader.next();
  const slots = reader.next();
  for (let s = 0; s < slots; s++) for (let n = reader.next(); n > 0; n--) ids.add(reader.next());
  for (let list = 0; list < 2; list++) for (let n = reader.next(); n > 0; n--) ids.add(reader.next());
  return ids;
}

/** Where the features encoded at `pos` end. */
export function featuresEnd(bytes: Uint8Array, pos: number): number {
  const reader = new ByteReader().at(bytes, pos);
  reader.next();
  const slots = reader.next();
  for (let s = 0; s < slots; s++) reader.skip(reader.next());
  for (let list = 0; list < 3; list++) reader.skip(reader.next());
  return reader.pos;
}
