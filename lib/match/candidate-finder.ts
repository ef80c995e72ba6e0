/**
 * Candidate generation: the passages sharing the most IDF weight of a query's rarest units,
 * found by walking postings rarest first within a budget, then re-weighed with the common units
 * they hold. Its scratch space (weights and marks per slot and per term, in typed arrays) is
 * reused between queries.
 */
import { contentTerms, LANGS } from './feature-codec';
import type { Features } from './features';
import { isAnchorKey, isBandKey, isCandidateKey } from './minhash';
import type { PassageTable } from './passage-table';
import { hashedKey, type Postings } from './postings';
import type { TermTable } from './terms';

/** What candidate generation reads of the index. */
export interface IndexParts {
  terms: TermTable;
  passages: PassageTable;
  postings: Postings;
}

/** Candidates scored per query passage, the ones sharing most rare keys first. */
const MAX_CANDIDATES = 10;
const ENGLISH = LANGS.indexOf('en');
/** Further candidates in the other language (English, or Chinese in either script). */
const OTHER_LANGUAGE_CANDIDATES = 3;
/**
 * Postings walked per query passage, rarest keys first: this bounds a query's cost whatever the
 * corpus size. A key whose postings alone pass the budget names nothing in particular.
 */
const POSTINGS_BUDGET = 1500;
/** A lone shared key that is not rare (in more than this many passages) is no evidence at all. */
const RARE_DF = 50;

interface Unit {
  keys: string[];
  ids: number[];
  size: number;
  rarest: number;
  anchor: boolean;
}

export class CandidateFinder {
  #index!: IndexParts;
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

  /**
   * The slots sharing the most IDF weight of the query's rarest units in `index`, at most
   * `MAX_CANDIDATES`, heaviest first.
   * A unit is a content slot (a Chinese word counts once, however many English stems it glosses
   * to: otherwise Chinese sentences, sharing every gloss, would crowd out the English ones), an
   * entity, a number or a MinHash band.
   */
  find(index: IndexParts, query: { features: Features; keys: readonly string[] }): number[] {
    this.#index = index;
    this.#ensureScratch();
    const units = this.#units(query);
    const touched: number[] = [];
    const common: Unit[] = [];
    let walked = 0;
    const list: number[] = [];
    for (const [u, unit] of units.entries()) {
      if (walked + unit.size > POSTINGS_BUDGET) {
        common.push(unit);
        continue;
      }
      walked += unit.size;
      const weight = this.#idfOf(unit.rarest);
      const stamp = (u + 1) << 16;
      for (const key of unit.ids) {
        list.length = 0;
        this.#index.postings.collect(key, list);
        for (const slot of list) {
          // Removed passages wait for compaction; copies are stood for by their leader.
          if (!this.#index.passages.isLive(slot) || this.#index.passages.leaderOf(slot) !== slot) continue;
          const mark = this.#marks[slot]!;
          if ((mark & 0xffff0000) === stamp) continue;
          if (mark === 0) touched.push(slot);
          this.#marks[slot] = stamp | ((mark & 0xffff) + 1);
          this.#weights[slot]! += weight;
        }
      }
    }
    this.#addCommonUnits(touched, common);
    // One shared unit is evidence only if it is rare: its IDF weight alone clears a rare key's.
    const loneKeyWeight = this.#idfOf(RARE_DF);
    const evident = touched.filter((slot) => (this.#marks[slot]! & 0xffff) >= 2 || this.#weights[slot]! >= loneKeyWeight);
    const found = this.#heaviest(evident, MAX_CANDIDATES);
    // A translation shares fewer words with the query than the query's look-alikes in its own
    // language do (a dictionary never glosses everything), so the other language is given
    // places of its own: a claim's trail crosses languages.
    const english = query.features.lang === 'en';
    const chosen = new Set(found);
    found.push(...this.#heaviest(evident.filter((slot) => !chosen.has(slot) && this.#isEnglish(slot) !== english), OTHER_LANGUAGE_CANDIDATES));
    for (const slot of touched) {
      this.#weights[slot] = 0;
      this.#marks[slot] = 0;
    }
    return found;
  }

  /**
   * The query's units with their posting keys and sizes: anchor pairs and triples first, then
   * the rest, each smallest first. Anchors are what a claim hinges on in every language; the
   * bands of a templated sentence, or a common word, can be as long as an anchor pair's list and
   * would otherwise spend the budget on look-alikes in the query's own language.
   */
  #units(query: { features: Features; keys: readonly string[] }): Unit[] {
    return queryUnits(query)
      .map((unitKeys) => {
        const keys: string[] = [];
        const ids: number[] = [];
        let size = 0;
        let rarest = Infinity;
        for (const key of unitKeys) {
          const id = isCandidateKey(key) ? hashedKey(key) : this.#index.terms.idOf(key);
          const count = id < 0 ? 0 : this.#liveCount(id, key);
          if (count === 0) continue;
          keys.push(key);
          ids.push(id);
          size += count;
          rarest = Math.min(rarest, count);
        }
        return { keys, ids, size, rarest, anchor: unitKeys.every(isAnchorKey) };
      })
      .filter((unit) => unit.ids.length > 0)
      .sort((a, b) => Number(b.anchor) - Number(a.anchor) || a.size - b.size);
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
        const term = isCandidateKey(key) ? -1 : this.#index.terms.idOf(key);
        if (term < 0 || this.#termMark[term] === generation) continue;
        this.#termMark[term] = generation;
        this.#termUnit[term] = i;
      }
    });
    const weights = common.map((unit) => this.#idfOf(unit.rarest));
    // countedFor[unit] = the shortlist position that last counted the unit, so it counts once.
    const countedFor = new Int32Array(common.length).fill(-1);
    const bytes = this.#index.passages.pool.bytes;
    shortlist.forEach((slot, position) => {
      for (const term of contentTerms(bytes, this.#index.passages.featureAt(slot))) {
        if (this.#termMark[term] !== generation) continue;
        const unit = this.#termUnit[term]!;
        if (countedFor[unit] === position) continue;
        countedFor[unit] = position;
        this.#weights[slot]! += weights[unit]!;
        this.#marks[slot]! += 1;
      }
    });
  }

  /**
   * How many live passages `key` (of number `id`) lists: a content term's frequency, or, for a
   * candidate-only key (short lists), its live postings counted.
   */
  #liveCount(id: number, key: string): number {
    if (!isCandidateKey(key)) return this.#index.terms.dfOf(id);
    const list: number[] = [];
    this.#index.postings.collect(id, list);
    return list.filter((slot) => this.#index.passages.isLive(slot)).length;
  }

  /** Whether the passage in `slot` is English (its encoded features start with their language). */
  #isEnglish(slot: number): boolean {
    return this.#index.passages.pool.bytes[this.#index.passages.featureAt(slot)] === ENGLISH;
  }

  /** The `count` slots of most weight, heaviest first (a bounded insertion: no full sort). */
  #heaviest(slots: readonly number[], count: number): number[] {
    const best: number[] = [];
    if (count <= 0) return best;
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
    return Math.log((this.#index.passages.live + 1) / (count + 1)) + 1;
  }

  #ensureScratch(): void {
    if (this.#weights.length < this.#index.passages.length) {
      const size = Math.max(this.#index.passages.length, this.#weights.length * 2);
      this.#weights = new Float64Array(size);
      this.#marks = new Uint32Array(size);
    }
    if (this.#termMark.length < this.#index.terms.size) {
      const size = Math.max(this.#index.terms.size, this.#termMark.length * 2);
      this.#termMark = new Int32Array(size);
      this.#termUnit = new Int32Array(size);
      this.#generation = 0;
    }
  }
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
