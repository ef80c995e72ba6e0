/**
 * The in-memory inverted index candidates come from (notes/matching-experiments.md §9: per-key
 * IndexedDB lookups cost 0.2–1 ms each, far over a page's budget). Compact at a year of feeds:
 * terms interned (lib/match/terms.ts), passages in typed arrays (passage-table.ts) with their
 * features in a byte pool (feature-codec.ts), postings in sorted segments (postings.ts), and the
 * scorer reads candidates straight from the pool (pair-scorer.ts).
 */
import { Copies } from './copies';
import { ByteWriter, contentTerms, decodeFeatures, encodeFeatures, featuresEnd } from './feature-codec';
import type { Features } from './features';
import { CandidateFinder } from './candidate-finder';
import { isCandidateKey } from './minhash';
import { PairScorer, type MatchLabel } from './pair-scorer';
import { PassageTable } from './passage-table';
import { hashedKey, Postings } from './postings';
import { TermTable } from './terms';

export interface IndexedPassage {
  id: string;
  features: Features;
  /** The passage's index keys (`matchEntry`): content keys, then candidate-only keys. */
  keys: readonly string[];
}

/** A scored candidate. */
export interface IndexHit {
  id: string;
  /** The article (or other group) the passage belongs to. */
  group: string;
  slot: number;
  score: number;
  label: MatchLabel;
  /** Other passages with the very same features (copies of this one, see lib/match/copies.ts). */
  copies: number;
}

/** Removed passages are dropped from the arrays once they are this share of the slots. */
const COMPACT_SHARE = 0.25;

export class MemoryIndex {
  #terms: TermTable;
  #passages: PassageTable;
  #postings: Postings;
  #copies: Copies;
  #scorer: PairScorer;
  readonly #finder = new CandidateFinder();
  /** Where queries are encoded (their terms are interned too: a term's id is its id everywhere). */
  readonly #query = new ByteWriter(1024);
  /** Bumped whenever slots are renumbered (compaction): a snapshot must then be written whole. */
  #layout = 0;

  constructor(parts?: { terms: TermTable; passages: PassageTable; postings: Postings }) {
    this.#terms = parts?.terms ?? new TermTable();
    this.#passages = parts?.passages ?? new PassageTable();
    this.#postings = parts?.postings ?? new Postings();
    this.#copies = new Copies(this.#passages);
    this.#scorer = new PairScorer(this.#terms);
  }

  /** Term ids and frequencies: the IDF weights scores use. */
  get frequencies(): TermTable {
    return this.#terms;
  }

  /** The parts a snapshot stores (lib/match/index-snapshot.ts); the open postings are sealed first. */
  parts(): { terms: TermTable; passages: PassageTable; postings: Postings } {
    this.#postings.seal();
    return { terms: this.#terms, passages: this.#passages, postings: this.#postings };
  }

  get layout(): number {
    return this.#layout;
  }

  /** Adds (or replaces) a passage. */
  add(passage: IndexedPassage): void {
    this.remove(passage.id);
    const pool = this.#passages.pool;
    const featureAt = pool.length;
    encodeFeatures(passage.features, this.#terms, pool);
    const signature = signatureKey(pool.bytes.subarray(featureAt, pool.length));
    const original = this.#original(signature, featureAt);
    const slot = this.#passages.push(passage.id, featureAt);
    if (original >= 0) this.#copies.join(slot, original);
    const content = contentTerms(pool.bytes, featureAt);
    this.#terms.count(content, 1);
    const keys = new Set(content);
    for (const key of passage.keys) if (isCandidateKey(key)) keys.add(hashedKey(key));
    keys.add(signature);
    this.#postings.add(slot, keys);
  }

  /** The live leader whose features equal those just written at `featureAt`, or -1. */
  #original(signature: number, featureAt: number): number {
    const bytes = this.#passages.pool.bytes;
    const features = bytes.subarray(featureAt, this.#passages.pool.length);
    const list: number[] = [];
    this.#postings.collect(signature, list);
    for (const slot of list) {
      if (!this.#passages.isLive(slot) || this.#passages.leaderOf(slot) !== slot) continue;
      const at = this.#passages.featureAt(slot);
      if (sameBytes(bytes.subarray(at, featuresEnd(bytes, at)), features)) return slot;
    }
    return -1;
  }

  /** The ids of the copies of the passage in `slot` (see `IndexHit.copies`). */
  copiesOf(slot: number): string[] {
    return this.#copies.of(slot).map((copy) => this.#passages.idOf(copy));
  }

  /** Removes a passage; its postings are skipped from now on and dropped at the next compaction. */
  remove(id: string): void {
    this.#kill(this.#passages.slotOf(id));
    this.#compactIfSparse();
  }

  /** Removes every passage of a group (an article). */
  removeGroup(group: string): void {
    for (const slot of [...this.#passages.slotsOfGroup(group)]) this.#kill(slot);
    this.#compactIfSparse();
  }

  /** The ids of a group's passages. */
  idsOfGroup(group: string): string[] {
    return this.#passages.slotsOfGroup(group).map((slot) => this.#passages.idOf(slot));
  }

  get size(): number {
    return this.#passages.live;
  }

  /** The features of a live slot, as strings (for the reasons shown with a match). */
  features(slot: number): Features {
    return decodeFeatures(this.#passages.pool.bytes, this.#passages.featureAt(slot), this.#terms);
  }

  /**
   * The query's best candidates, scored and labelled, best first (at most `MAX_CANDIDATES`, none
   * scoring 0); passages for which `exclude` says yes are never candidates.
   */
  search(query: { features: Features; keys: readonly string[] }, exclude?: (id: string, group: string) => boolean): IndexHit[] {
    const slots = this.#finder.find({ terms: this.#terms, passages: this.#passages, postings: this.#postings }, query);
    this.#setQuery(query.features);
    const hits: IndexHit[] = [];
    for (const slot of slots) {
      const id = this.#passages.idOf(slot);
      const group = this.#passages.groupOf(slot);
      if (exclude?.(id, group)) continue;
      const score = this.#scorer.score(this.#passages.pool.bytes, this.#passages.featureAt(slot));
      if (score > 0) hits.push({ id, group, slot, score, label: this.#scorer.label(score), copies: this.#copies.of(slot).length });
    }
    return hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  }

  /** Scores every live passage against the query: what the index exists to avoid (a baseline). */
  scoreAll(features: Features): number {
    this.#setQuery(features);
    let best = 0;
    for (let slot = 0; slot < this.#passages.length; slot++) {
      if (this.#passages.isLive(slot)) best = Math.max(best, this.#scorer.score(this.#passages.pool.bytes, this.#passages.featureAt(slot)));
    }
    return best;
  }

  #setQuery(features: Features): void {
    this.#query.length = 0;
    encodeFeatures(features, this.#terms, this.#query);
    this.#scorer.setQuery(this.#query.bytes, 0);
  }

  #kill(slot: number): void {
    if (slot < 0 || !this.#passages.isLive(slot)) return;
    this.#terms.count(contentTerms(this.#passages.pool.bytes, this.#passages.featureAt(slot)), -1);
    this.#copies.leave(slot);
    this.#passages.kill(slot);
  }

  #compactIfSparse(): void {
    const dead = this.#passages.length - this.#passages.live;
    if (dead > 1000 && dead > COMPACT_SHARE * this.#passages.length) this.#compact();
  }

  /** Drops removed passages: live ones are renumbered in order, their features and postings kept. */
  #compact(): void {
    const old = this.#passages;
    const map = new Int32Array(old.length).fill(-1);
    const passages = new PassageTable(Math.max(1024, old.live));
    const bytes = old.pool.bytes;
    for (let slot = 0; slot < old.length; slot++) {
      if (!old.isLive(slot)) continue;
      const at = old.featureAt(slot);
      const featureAt = passages.pool.length;
      passages.pool.append(bytes.subarray(at, featuresEnd(bytes, at)));
      map[slot] = passages.push(old.idOf(slot), featureAt);
    }
    for (let slot = 0; slot < old.length; slot++) if (map[slot]! >= 0) passages.setLeader(map[slot]!, map[old.leaderOf(slot)]!);
    this.#postings.remap(map);
    this.#passages = passages;
    this.#copies = new Copies(passages);
    this.#layout += 1;
  }

}

/** The postings key of a passage's encoded features: its copies share it. */
function signatureKey(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return (hash | 0x80000000) >>> 0;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
