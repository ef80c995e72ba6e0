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
import { isAnchorKey, isBandKey, isCandidateKey } from './minhash';
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

/** Candidates scored per query passage, the ones sharing most rare keys first. */
const MAX_CANDIDATES = 10;
/** Passages found through rare units, then re-weighed with the common units they share. */
const SHORTLIST = 48;
/**
 * Postings walked per query passage, rarest keys first: this bounds a query's cost whatever the
 * corpus size. A key whose postings alone pass the budget names nothing in particular.
 */
const POSTINGS_BUDGET = 1500;
/** A lone shared key that is not rare (in more than this many passages) is no evidence at all. */
const RARE_DF = 50;
/** Removed passages are dropped from the arrays once they are this share of the slots. */
const COMPACT_SHARE = 0.25;

interface Unit {
  keys: string[];
  ids: number[];
  size: number;
  rarest: number;
}

export class MemoryIndex {
  #terms: TermTable;
  #passages: PassageTable;
  #postings: Postings;
  #copies: Copies;
  #scorer: PairScorer;
  /** Where queries are encoded (their terms are interned too: a term's id is its id everywhere). */
  readonly #query = new ByteWriter(1024);
  /** Scratch space for a query's accumulated weights, one cell per slot, reused between queries. */
  #weights = new Float64Array(1024);
  /**
   * Per slot, beside its weight: the units that hit it (low 16 bits) and the last unit that
   * counted it (high 16 bits), so a unit counts once however many of its keys a passage holds.
   */
  #marks = new Uint32Array(1024);
  /** Per term: the query (generation) that marked it as one of its common units, and which unit. */
  #termMark = new Int32Array(1024);
  #termUnit = new Int32Array(1024);
  #generation = 0;
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
    const slots = this.#candidateSlots(query);
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

  /**
   * Slots sharing the most IDF weight of the query's rarest units, at most `MAX_CANDIDATES`.
   * A unit is a content slot (a Chinese word counts once, however many English stems it glosses
   * to: otherwise Chinese sentences, sharing every gloss, would crowd out the English ones), an
   * entity, a number or a MinHash band.
   */
  #candidateSlots(query: { features: Features; keys: readonly string[] }): number[] {
    this.#ensureScratch();
    const units = this.#units(query);
    const touched: number[] = [];
    let walked = 0;
    let u = 0;
    const list: number[] = [];
    for (; u < units.length; u++) {
      const unit = units[u]!;
      if (walked + unit.size > POSTINGS_BUDGET) break;
      walked += unit.size;
      const weight = this.#idfOf(unit.rarest);
      const stamp = (u + 1) << 16;
      for (const key of unit.ids) {
        list.length = 0;
        this.#postings.collect(key, list);
        for (const slot of list) {
          // Removed passages wait for compaction; copies are stood for by their leader.
          if (!this.#passages.isLive(slot) || this.#passages.leaderOf(slot) !== slot) continue;
          const mark = this.#marks[slot]!;
          if ((mark & 0xffff0000) === stamp) continue;
          if (mark === 0) touched.push(slot);
          this.#marks[slot] = stamp | ((mark & 0xffff) + 1);
          this.#weights[slot]! += weight;
        }
      }
    }
    // One shared key is evidence only if it is rare: its IDF weight alone clears a rare key's.
    const loneKeyWeight = this.#idfOf(RARE_DF);
    const shortlist = this.#heaviest(
      touched.filter((slot) => (this.#marks[slot]! & 0xffff) >= 2 || this.#weights[slot]! >= loneKeyWeight),
      SHORTLIST,
    );
    this.#addCommonUnits(shortlist, units.slice(u));
    const found = this.#heaviest(shortlist, MAX_CANDIDATES);
    for (const slot of touched) {
      this.#weights[slot] = 0;
      this.#marks[slot] = 0;
    }
    return found;
  }

  /** The query's units with their posting keys and sizes, smallest first. */
  #units(query: { features: Features; keys: readonly string[] }): Unit[] {
    return queryUnits(query)
      .map((unitKeys) => {
        const keys: string[] = [];
        const ids: number[] = [];
        let size = 0;
        let rarest = Infinity;
        for (const key of unitKeys) {
          const id = isCandidateKey(key) ? hashedKey(key) : this.#terms.idOf(key);
          const count = id < 0 ? 0 : this.#liveCount(id, key);
          if (count === 0) continue;
          keys.push(key);
          ids.push(id);
          size += count;
          rarest = Math.min(rarest, count);
        }
        return { keys, ids, size, rarest };
      })
      .filter((unit) => unit.ids.length > 0)
      .sort((a, b) => a.size - b.size);
  }

  /**
   * Adds to each shortlisted passage the weight of the common units it shares, found through
   * its own terms rather than the units' long postings: candidates that share the same rare
   * units are then told apart by the rest of the claim.
   */
  #addCommonUnits(shortlist: readonly number[], common: readonly Unit[]): void {
    if (common.length === 0) return;
    this.#generation += 1;
    const generation = this.#generation;
    common.forEach((unit, i) => {
      for (const key of unit.keys) {
        const term = isCandidateKey(key) ? -1 : this.#terms.idOf(key);
        if (term < 0 || this.#termMark[term] === generation) continue;
        this.#termMark[term] = generation;
        this.#termUnit[term] = i;
      }
    });
    const weights = common.map((unit) => this.#idfOf(unit.rarest));
    // countedFor[unit] = the shortlist position that last counted the unit, so it counts once.
    const countedFor = new Int32Array(common.length).fill(-1);
    const bytes = this.#passages.pool.bytes;
    shortlist.forEach((slot, position) => {
      for (const term of contentTerms(bytes, this.#passages.featureAt(slot))) {
        if (this.#termMark[term] !== generation) continue;
        const unit = this.#termUnit[term]!;
        if (countedFor[unit] === position) continue;
        countedFor[unit] = position;
        this.#weights[slot]! += weights[unit]!;
      }
    });
  }

  /**
   * How many live passages `key` (of number `id`) lists: a content term's frequency, or, for a
   * candidate-only key (short lists), its live postings counted.
   */
  #liveCount(id: number, key: string): number {
    if (!isCandidateKey(key)) return this.#terms.dfOf(id);
    const list: number[] = [];
    this.#postings.collect(id, list);
    return list.filter((slot) => this.#passages.isLive(slot)).length;
  }

  /** The `count` slots of most weight, heaviest first (a bounded insertion: no full sort). */
  #heaviest(slots: readonly number[], count: number): number[] {
    const best: number[] = [];
    for (const slot of slots) {
      const weight = this.#weights[slot]!;
      if (best.length === count && weight <= this.#weights[best[best.length - 1]!]!) continue;
      if (best.length === count) best.pop();
      let i = best.length;
      while (i > 0 && this.#weights[best[i - 1]!]! < weight) i -= 1;
      best.splice(i, 0, slot);
    }
    return best;
  }

  /** IDF of a key held by `count` passages (band keys have no stored frequency, so count them). */
  #idfOf(count: number): number {
    return Math.log((this.size + 1) / (count + 1)) + 1;
  }

  #ensureScratch(): void {
    if (this.#weights.length < this.#passages.length) {
      const size = Math.max(this.#passages.length, this.#weights.length * 2);
      this.#weights = new Float64Array(size);
      this.#marks = new Uint32Array(size);
    }
    if (this.#termMark.length < this.#terms.size) {
      const size = Math.max(this.#terms.size, this.#termMark.length * 2);
      this.#termMark = new Int32Array(size);
      this.#termUnit = new Int32Array(size);
      this.#generation = 0;
    }
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

/**
 * The query's units as key groups: slots, entities, numbers, anchor pairs and triples, and its MinHash bands
 * as one unit (however many bands two passages share, they are one piece of evidence: that the
 * two are near-duplicates; counted apart, they would let same-language look-alikes crowd out a
 * translation).
 */
function queryUnits(query: { features: Features; keys: readonly string[] }): string[][] {
  const { features } = query;
  const bands = query.keys.filter(isBandKey);
  return [
    ...features.slots,
    ...features.entities.map((entity) => [`@${entity}`]),
    ...features.numbers.map((number) => [`#${number}`]),
    ...query.keys.filter(isAnchorKey).map((key) => [key]),
    ...(bands.length > 0 ? [bands] : []),
  ];
}
