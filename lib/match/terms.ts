/**
 * Interned index terms and their document frequencies. Every content key the matcher compares
 * (an English stem, `@entity`, `#number`, a Chinese character bigram) gets a small integer id,
 * so passages, postings and scores work on typed arrays of ids instead of strings (at a million
 * passages, per-passage strings and Maps cost gigabytes). Frequencies (how many passages hold a
 * key: the IDF weights) live beside the ids, kept up to date as passages come and go.
 */
import { FRAME_STEMS } from './frame';

/** Flag bits per term. */
export const FRAME_TERM = 1;
export const OUTLET_TERM = 2;

export class TermTable {
  readonly #ids = new Map<string, number>();
  readonly #names: string[] = [];
  #df = new Int32Array(1024);
  #flags = new Uint8Array(1024);
  #documents = 0;
  #version = 0;

  /** A table restored from a snapshot: names in id order, their frequencies, the passage count. */
  static restore(names: readonly string[], df: Int32Array, documents: number): TermTable {
    const table = new TermTable();
    for (const name of names) table.intern(name);
    table.#df.set(df.subarray(0, names.length));
    table.#documents = documents;
    return table;
  }

  /** The id of `key`, given a new one if it has none yet. */
  intern(key: string): number {
    let id = this.#ids.get(key);
    if (id !== undefined) return id;
    id = this.#names.length;
    this.#ids.set(key, id);
    this.#names.push(key);
    if (id >= this.#df.length) this.#grow();
    this.#flags[id] = (FRAME_STEMS.has(key) ? FRAME_TERM : 0) | (key.startsWith('@outlet:') ? OUTLET_TERM : 0);
    return id;
  }

  /** The id of `key`, or -1 when no passage or query ever had it. */
  idOf(key: string): number {
    return this.#ids.get(key) ?? -1;
  }

  name(id: number): string {
    return this.#names[id]!;
  }

  /** All names in id order (for a snapshot). */
  get names(): readonly string[] {
    return this.#names;
  }

  /** Frequencies in id order (for a snapshot): a view, not a copy. */
  get frequencies(): Int32Array {
    return this.#df.subarray(0, this.#names.length);
  }

  get size(): number {
    return this.#names.length;
  }

  flags(id: number): number {
    return this.#flags[id]!;
  }

  /** Changes whenever a frequency does. */
  get version(): number {
    return this.#version;
  }

  /** Passages counted in. */
  get documents(): number {
    return this.#documents;
  }

  /** Counts one passage in (`delta` 1) or out (-1), with its distinct content term ids. */
  count(termIds: Iterable<number>, delta: 1 | -1): void {
    this.#version += 1;
    this.#documents = Math.max(0, this.#documents + delta);
    for (const id of termIds) this.#df[id] = Math.max(0, this.#df[id]! + delta);
  }

  /** Counts a passage's distinct content keys in, by name. */
  add(keys: readonly string[]): void {
    this.count(new Set(keys.map((key) => this.intern(key))), 1);
  }

  /** Counts a passage's distinct content keys out, by name. */
  remove(keys: readonly string[]): void {
    this.count(new Set(keys.map((key) => this.intern(key))), -1);
  }

  /** How many passages hold term `id`. */
  dfOf(id: number): number {
    return id < 0 ? 0 : this.#df[id]!;
  }

  /** How many passages hold `key`. */
  df(key: string): number {
    return this.dfOf(this.idOf(key));
  }

  /**
   * The weight of term `id`: smoothed IDF, ln((N + 1) / (df + 1)) + 1, so a term the corpus has
   * never seen weighs most and none weighs nothing.
   */
  idfOf(id: number): number {
    return Math.log((this.#documents + 1) / (this.dfOf(id) + 1)) + 1;
  }

  idf(key: string): number {
    return this.idfOf(this.idOf(key));
  }

  #grow(): void {
    const df = new Int32Array(this.#df.length * 2);
    df.set(this.#df);
    this.#df = df;
    const flags = new Uint8Array(df.length);
    flags.set(this.#flags);
    this.#flags = flags;
  }
}
