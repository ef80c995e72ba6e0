/**
 * The scorer, on encoded features (lib/match/feature-codec.ts): IDF-weighted coverage both ways
 * (how much of each side's content the other side has; their harmonic mean is a symmetric F1),
 * numbers and entities as heavy units, Chinese bigram Dice for same-script text, and a veto when
 * numbers or names disagree. A query is prepared once; each candidate is then read straight from
 * the index's byte pool with term marks in typed arrays, allocating nothing unless its score is
 * high enough for numbers and names to be compared.
 */
import type { NumberKey } from './numbers';
import { compareNumbers } from './number-conflicts';
import { ByteReader } from './feature-codec';
import { FRAME_TERM, OUTLET_TERM, type TermTable } from './terms';

export type MatchLabel = 'same' | 'supports' | 'none';

/** Default thresholds: a wrong highlight costs more trust than a missed one, so `same` is strict. */
export const THRESHOLDS = { same: 0.45, supports: 0.27 } as const;

/**
 * Character bigrams catch same-script text the dictionary cannot gloss (names, new words), but
 * also reward two sentences cut from one template ("2018年X的出口创历史新高"): they may rescue a
 * pair, not outweigh one matched by content.
 */
const DICE_WEIGHT = 0.8;
/** Numbers and names are the strongest evidence two sentences state the same fact. */
const NUMBER_WEIGHT = 1.5;
const ENTITY_WEIGHT = 1.2;
/**
 * Outlets and reporting words (lib/match/frame.ts) weigh little, so two different claims of one
 * newspaper do not look alike and a claim matches its source, which does not cite itself.
 */
const FRAME_WEIGHT = 0.35;
/** A near-equal figure costs a little, so the exact one ranks first. */
const APPROXIMATE_FACTOR = 0.9;

export class PairScorer {
  readonly #terms: TermTable;
  readonly #reader = new ByteReader();
  /** Per term: the query generation holding it as a key, or as a bigram; the candidate stamp. */
  #queryMark = new Int32Array(0);
  #bigramMark = new Int32Array(0);
  #candidateMark = new Int32Array(0);
  #query = 0;
  #candidate = 0;
  /** The query's units: key ranges into `#unitKeys`, and weights. */
  #unitStart: number[] = [];
  #unitKeys: number[] = [];
  #unitWeight: number[] = [];
  #queryBigrams = 0;
  #queryNumbers: NumberKey[] = [];
  #queryNames = 0;
  /** Whether the last candidate scored had numbers or names in conflict with the query. */
  conflicting = false;
  /** Whether the last candidate scored matched a number of the query only approximately. */
  approximate = false;

  constructor(terms: TermTable) {
    this.#terms = terms;
  }

  /** Prepares the query encoded at `pos` of `bytes`; its terms must be in the table. */
  setQuery(bytes: Uint8Array, pos: number): void {
    this.#ensureMarks();
    this.#query += 1;
    const query = this.#query;
    const terms = this.#terms;
    this.#unitStart = [];
    this.#unitKeys = [];
    this.#unitWeight = [];
    this.#queryNumbers = [];
    this.#queryNames = 0;
    const reader = this.#reader.at(bytes, pos);
    reader.next();
    const add = (weight: number, id: number) => {
      this.#unitStart.push(this.#unitKeys.length);
      this.#unitWeight.push(weight);
      this.#unitKeys.push(id);
      this.#queryMark[id] = query;
    };
    for (let slots = reader.next(); slots > 0; slots--) {
      const count = reader.next();
      const start = reader.pos;
      const weight = this.#slotWeight(reader, count);
      reader.pos = start;
      add(weight, reader.next());
      for (let i = 1; i < count; i++) {
        const id = reader.next();
        this.#unitKeys.push(id);
        this.#queryMark[id] = query;
      }
    }
    for (let n = reader.next(); n > 0; n--) {
      const id = reader.next();
      add(this.#entityWeight(id), id);
      if (!(terms.flags(id) & OUTLET_TERM)) this.#queryNames += 1;
    }
    for (let n = reader.next(); n > 0; n--) {
      const id = reader.next();
      add(terms.idfOf(id) * NUMBER_WEIGHT, id);
      this.#queryNumbers.push(terms.name(id).slice(1));
    }
    this.#unitStart.push(this.#unitKeys.length);
    this.#queryBigrams = reader.next();
    for (let i = 0; i < this.#queryBigrams; i++) this.#bigramMark[reader.next()] = query;
  }

  /** Scores the candidate encoded at `pos` of `bytes` against the query; sets `conflicting`. */
  score(bytes: Uint8Array, pos: number): number {
    this.#candidate += 1;
    const stamp = this.#candidate;
    const query = this.#query;
    const terms = this.#terms;
    const reader = this.#reader.at(bytes, pos);
    reader.next();
    let total = 0;
    let covered = 0;
    for (let slots = reader.next(); slots > 0; slots--) {
      const count = reader.next();
      const start = reader.pos;
      const weight = this.#slotWeight(reader, count);
      reader.pos = start;
      let hit = false;
      for (let i = 0; i < count; i++) {
        const id = reader.next();
        this.#candidateMark[id] = stamp;
        if (this.#queryMark[id] === query) hit = true;
      }
      total += weight;
      if (hit) covered += weight;
    }
    let names = 0;
    let sharedNames = 0;
    for (let n = reader.next(); n > 0; n--) {
      const id = reader.next();
      const weight = this.#entityWeight(id);
      this.#candidateMark[id] = stamp;
      total += weight;
      if (this.#queryMark[id] === query) covered += weight;
      if (!(terms.flags(id) & OUTLET_TERM)) {
        names += 1;
        if (this.#queryMark[id] === query) sharedNames += 1;
      }
    }
    const numbersAt = reader.pos;
    const numberCount = reader.next();
    for (let n = numberCount; n > 0; n--) {
      const id = reader.next();
      const weight = terms.idfOf(id) * NUMBER_WEIGHT;
      this.#candidateMark[id] = stamp;
      total += weight;
      if (this.#queryMark[id] === query) covered += weight;
    }
    const precision = total === 0 ? 0 : covered / total;
    const bigrams = reader.next();
    let shared = 0;
    for (let i = 0; i < bigrams; i++) if (this.#bigramMark[reader.next()] === query) shared += 1;
    const recall = this.#recall(stamp);
    const f1 = recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
    const dice = bigrams === 0 || this.#queryBigrams === 0 ? 0 : (2 * shared) / (this.#queryBigrams + bigrams);
    let score = Math.max(f1, DICE_WEIGHT * dice);
    // Numbers and names can only lower a score, so they are compared only where a label is at
    // stake. Names conflict when both sides name someone (outlets aside, who only frame a claim)
    // and no name is on both: "Tencent's exports hit a record" is not "Malaysia's …".
    const numbers = score >= THRESHOLDS.supports && numberCount > 0 ? this.#compareNumbers(reader.at(bytes, numbersAt)) : undefined;
    this.conflicting = score >= THRESHOLDS.supports && (numbers?.conflicting === true || (this.#queryNames > 0 && names > 0 && sharedNames === 0));
    // A figure given near-equal (88% against 89%) is a rounded or distorted retelling: it may
    // support the claim, never state it, and ranks below the exact figure.
    this.approximate = !this.conflicting && numbers?.approximate === true;
    if (this.conflicting) score *= 0.75;
    else if (this.approximate) score *= APPROXIMATE_FACTOR;
    return Math.min(1, score);
  }

  /** The label of a score the last `score` call returned. */
  label(score: number): MatchLabel {
    return score >= THRESHOLDS.same && !this.conflicting && !this.approximate ? 'same' : score >= THRESHOLDS.supports ? 'supports' : 'none';
  }

  /** Share of the query's weight that the candidate last marked covers. */
  #recall(stamp: number): number {
    let total = 0;
    let covered = 0;
    for (let u = 0; u + 1 < this.#unitStart.length; u++) {
      const weight = this.#unitWeight[u]!;
      total += weight;
      for (let k = this.#unitStart[u]!; k < this.#unitStart[u + 1]!; k++) {
        if (this.#candidateMark[this.#unitKeys[k]!] === stamp) {
          covered += weight;
          break;
        }
      }
    }
    return total === 0 ? 0 : covered / total;
  }

  /** A slot's weight: the mean IDF of its stems, low for a reporting word. Reads its `count` ids. */
  #slotWeight(reader: ByteReader, count: number): number {
    let sum = 0;
    let frame = false;
    for (let i = 0; i < count; i++) {
      const id = reader.next();
      sum += this.#terms.idfOf(id);
      if (this.#terms.flags(id) & FRAME_TERM) frame = true;
    }
    return (sum / count) * (frame ? FRAME_WEIGHT : 1);
  }

  #entityWeight(id: number): number {
    return this.#terms.idfOf(id) * (this.#terms.flags(id) & OUTLET_TERM ? FRAME_WEIGHT : ENTITY_WEIGHT);
  }

  /** How the candidate's numbers, read from `reader`, compare with the query's. */
  #compareNumbers(reader: ByteReader): { conflicting: boolean; approximate: boolean } | undefined {
    if (this.#queryNumbers.length === 0) return undefined;
    const numbers = Array.from({ length: reader.next() }, () => this.#terms.name(reader.next()).slice(1));
    return compareNumbers(this.#queryNumbers, numbers);
  }

  #ensureMarks(): void {
    const size = this.#terms.size;
    if (this.#queryMark.length >= size) return;
    const grown = (old: Int32Array) => {
      const array = new Int32Array(Math.max(size, old.length * 2, 1024));
      array.set(old);
      return array;
    };
    this.#queryMark = grown(this.#queryMark);
    this.#bigramMark = grown(this.#bigramMark);
    this.#candidateMark = grown(this.#candidateMark);
  }
}
