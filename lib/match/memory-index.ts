/**
 * The in-memory inverted index candidates come from (notes/matching-experiments.md §9: per-key
 * IndexedDB lookups cost 0.2–1 ms each, far over a page's budget; a Map lookup costs microseconds).
 * Maps index keys to the passages holding them, and keeps document frequencies in step.
 */
import type { Features } from './features';
import { DocumentFrequencies } from './idf';
import { isAnchorPairKey, isBandKey, isCandidateKey } from './minhash';

export interface IndexedPassage {
  id: string;
  features: Features;
  /** The passage's index keys (`matchEntry`): content keys, then candidate-only keys. */
  keys: readonly string[];
}

/** A passage the index found. */
export interface IndexHit {
  id: string;
  features: Features;
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

/** The passages (slots) holding a key, and the removal count when they were last cleaned. */
interface Postings {
  slots: number[];
  cleanedAt: number;
}

/** What the index keeps of a passage: its features, and its content keys as term ids. */
interface Entry {
  id: string;
  features: Features;
  terms: Int32Array;
}

export class MemoryIndex {
  readonly frequencies = new DocumentFrequencies();
  readonly #entries: (Entry | undefined)[] = [];
  readonly #slotOf = new Map<string, number>();
  readonly #postings = new Map<string, Postings>();
  /** Content keys (not candidate-only ones) as small integers, so a passage's keys are a typed array. */
  readonly #termIds = new Map<string, number>();
  readonly #termNames: string[] = [];
  /** Removals so far: postings cleaned at an older count may hold removed passages. */
  #removals = 0;
  /** Scratch space for a query's accumulated weights, one cell per slot, reused between queries. */
  #weights = new Float64Array(1024);
  /**
   * Per slot, beside its weight: the units that hit it (low 16 bits) and the last unit that
   * counted it (high 16 bits), so a unit counts once however many of its keys a passage holds.
   * One array for both: at a million passages every random access is a cache miss.
   */
  #marks = new Uint32Array(1024);
  /** Per term: the query (generation) that marked it as one of its common units, and which unit. */
  #termMark = new Int32Array(1024);
  #termUnit = new Int32Array(1024);
  #generation = 0;

  /** Adds (or replaces) a passage. */
  add(passage: IndexedPassage): void {
    this.remove(passage.id);
    const slot = this.#entries.length;
    const content = passage.keys.filter((key) => !isCandidateKey(key));
    this.#entries.push({ id: passage.id, features: passage.features, terms: Int32Array.from(content, (key) => this.#termId(key)) });
    this.#slotOf.set(passage.id, slot);
    this.frequencies.add(content);
    for (const key of passage.keys) {
      const postings = this.#postings.get(key);
      if (postings) postings.slots.push(slot);
      else this.#postings.set(key, { slots: [slot], cleanedAt: this.#removals });
    }
  }

  /** Removes a passage; its postings are dropped lazily when looked up. */
  remove(id: string): void {
    const slot = this.#slotOf.get(id);
    if (slot === undefined) return;
    this.frequencies.remove(Array.from(this.#entries[slot]!.terms, (term) => this.#termNames[term]!));
    this.#entries[slot] = undefined;
    this.#slotOf.delete(id);
    this.#removals += 1;
  }

  /** Every passage in the index (for scoring without candidate generation, as a baseline). */
  all(): IndexHit[] {
    return this.#entries.filter((entry): entry is Entry => entry !== undefined);
  }

  get size(): number {
    return this.#slotOf.size;
  }

  /**
   * Passages sharing the most IDF weight of the query's rarest units, at most `MAX_CANDIDATES`.
   * A unit is a content slot (a Chinese word counts once, however many English stems it glosses
   * to: otherwise Chinese sentences, sharing every gloss, would crowd out the English ones), an
   * entity, a number or a MinHash band.
   */
  candidates(query: { features: Features; keys: readonly string[] }): IndexHit[] {
    this.#ensureScratch();
    const units = queryUnits(query)
      .map((unitKeys) => {
        const keys: string[] = [];
        const lists: number[][] = [];
        for (const key of unitKeys) {
          const postings = this.#postings.get(key);
          if (!postings) continue;
          keys.push(key);
          lists.push(this.#live(postings));
        }
        return { keys, lists };
      })
      .filter(({ lists }) => lists.length > 0)
      .map(({ keys, lists }) => ({ keys, lists, size: lists.reduce((sum, list) => sum + list.length, 0), rarest: Math.min(...lists.map((list) => list.length)) }))
      .sort((a, b) => a.size - b.size);
    const touched: number[] = [];
    let walked = 0;
    let u = 0;
    for (; u < units.length; u++) {
      const unit = units[u]!;
      if (walked + unit.size > POSTINGS_BUDGET) break;
      walked += unit.size;
      const weight = this.#idfOf(unit.rarest);
      const stamp = (u + 1) << 16;
      for (const list of unit.lists) {
        for (const slot of list) {
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
    const found = this.#heaviest(shortlist, MAX_CANDIDATES).map((slot) => this.#entries[slot]!);
    for (const slot of touched) {
      this.#weights[slot] = 0;
      this.#marks[slot] = 0;
    }
    return found;
  }

  /**
   * Adds to each shortlisted passage the weight of the common units it shares, found through
   * its own keys rather than the units' long postings: candidates that share the same rare units
   * are then told apart by the rest of the claim.
   */
  #addCommonUnits(shortlist: readonly number[], common: readonly { keys: readonly string[]; rarest: number }[]): void {
    if (common.length === 0) return;
    this.#generation += 1;
    const generation = this.#generation;
    common.forEach((unit, i) => {
      for (const key of unit.keys) {
        const term = this.#termIds.get(key);
        if (term === undefined || this.#termMark[term] === generation) continue;
        this.#termMark[term] = generation;
        this.#termUnit[term] = i;
      }
    });
    const weights = common.map((unit) => this.#idfOf(unit.rarest));
    // countedFor[unit] = the shortlist position that last counted the unit, so it counts once.
    const countedFor = new Int32Array(common.length).fill(-1);
    shortlist.forEach((slot, position) => {
      for (const term of this.#entries[slot]!.terms) {
        if (this.#termMark[term] !== generation) continue;
        const unit = this.#termUnit[term]!;
        if (countedFor[unit] === position) continue;
        countedFor[unit] = position;
        this.#weights[slot]! += weights[unit]!;
      }
    });
  }

  #termId(key: string): number {
    let term = this.#termIds.get(key);
    if (term === undefined) {
      term = this.#termNames.length;
      this.#termIds.set(key, term);
      this.#termNames.push(key);
      if (term >= this.#termMark.length) {
        const grown = new Int32Array(this.#termMark.length * 2);
        grown.set(this.#termMark);
        this.#termMark = grown;
        this.#termUnit = new Int32Array(grown.length);
      }
    }
    return term;
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

  /** Live postings: passages removed since the list was last read are dropped from it now. */
  #live(postings: Postings): number[] {
    if (postings.cleanedAt !== this.#removals) {
      postings.slots = postings.slots.filter((slot) => this.#entries[slot] !== undefined);
      postings.cleanedAt = this.#removals;
    }
    return postings.slots;
  }


  /** IDF of a key held by `count` passages (band keys have no stored frequency, so count them). */
  #idfOf(count: number): number {
    return Math.log((this.size + 1) / (count + 1)) + 1;
  }

  #ensureScratch(): void {
    if (this.#weights.length >= this.#entries.length) return;
    const size = Math.max(this.#entries.length, this.#weights.length * 2);
    this.#weights = new Float64Array(size);
    this.#marks = new Uint32Array(size);
  }
}

/**
 * The query's units as key groups: slots, entities, numbers, anchor pairs, and its MinHash bands
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
    ...query.keys.filter(isAnchorPairKey).map((key) => [key]),
    ...(bands.length > 0 ? [bands] : []),
  ];
}
