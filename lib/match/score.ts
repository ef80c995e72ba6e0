/**
 * Scores a candidate against a passage: IDF-weighted coverage both ways (how much of each side's
 * content the other side has, its harmonic mean a symmetric F1), numbers and entities as heavy
 * units, a veto when numbers disagree; and the reasons for the reader.
 */
import type { Features } from './features';
import type { DocumentFrequencies } from './idf';
import { compareNumbers } from './number-conflicts';

export type MatchLabel = 'same' | 'supports' | 'none';

export interface PairScore {
  /** 0..1: 1 when each side's content is all in the other. */
  score: number;
  label: MatchLabel;
}

export interface MatchReasons {
  terms: string[];
  numbers: string[];
  entities: string[];
}

export interface MatchScore extends PairScore {
  reasons: MatchReasons;
}

/** Default thresholds: a wrong highlight costs more trust than a missed one, so `same` is strict. */
export const THRESHOLDS = { same: 0.45, supports: 0.24 } as const;

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
 * "The Financial Times pointed out that …" frames a claim; the claim is what follows. Outlets and
 * reporting words weigh little, so two different claims of one newspaper do not look alike and
 * a claim matches its source, which does not cite itself.
 */
const FRAME_WEIGHT = 0.35;
export const FRAME_STEMS: ReadonlySet<string> = new Set(['say', 'state', 'point', 'believ', 'think', 'consid', 'report', 'note', 'accord', 'emphas', 'emphasiz', 'mention', 'conclud', 'cite', 'analysi', 'articl', 'publish', 'newspap', 'media', 'paper', 'express', 'indic', 'claim', 'argu', 'write', 'ad', 'call', 'told']);

interface Unit {
  keys: string[];
  weight: number;
}

interface Weighted {
  version: number;
  units: Unit[];
  keys: Set<string>;
}

/** Weighted units per passage, reused until the frequencies change: a page scores each corpus
 *  passage against many of its sentences, and weighing is most of a score's cost. */
const weighted = new WeakMap<Features, Weighted>();

function weigh(features: Features, idf: DocumentFrequencies): Weighted {
  const cached = weighted.get(features);
  if (cached && cached.version === idf.version) return cached;
  const units = unitsOf(features, idf);
  const result = { version: idf.version, units, keys: keySet(units) };
  weighted.set(features, result);
  return result;
}

function unitsOf(features: Features, idf: DocumentFrequencies): Unit[] {
  const units: Unit[] = features.slots.map((slot) => ({
    keys: slot,
    weight: (slot.reduce((sum, stem) => sum + idf.idf(stem), 0) / slot.length) * (slot.some((stem) => FRAME_STEMS.has(stem)) ? FRAME_WEIGHT : 1),
  }));
  for (const entity of features.entities) {
    units.push({ keys: [`@${entity}`], weight: idf.idf(`@${entity}`) * (entity.startsWith('outlet:') ? FRAME_WEIGHT : ENTITY_WEIGHT) });
  }
  for (const number of features.numbers) units.push({ keys: [`#${number}`], weight: idf.idf(`#${number}`) * NUMBER_WEIGHT });
  return units;
}

/** Share of `units`' weight that `other` covers. */
function coverage(units: readonly Unit[], other: ReadonlySet<string>): number {
  let total = 0;
  let covered = 0;
  for (const unit of units) {
    total += unit.weight;
    for (const key of unit.keys) {
      if (other.has(key)) {
        covered += unit.weight;
        break;
      }
    }
  }
  return total === 0 ? 0 : covered / total;
}

/** The keys of `units` that `other` covers, for the reasons shown to the reader. */
function coveredKeys(units: readonly Unit[], other: ReadonlySet<string>): string[] {
  return units.flatMap((unit) => unit.keys.find((key) => other.has(key)) ?? []);
}

const keySet = (units: readonly Unit[]): Set<string> => new Set(units.flatMap((unit) => unit.keys));

const bigramSets = new WeakMap<Features, Set<string>>();

function bigramSet(features: Features): Set<string> {
  let set = bigramSets.get(features);
  if (!set) bigramSets.set(features, (set = new Set(features.bigrams)));
  return set;
}

/** Dice similarity of two passages' bigrams: same-script Chinese text, names the dictionary lacks. */
function dice(a: Features, b: Features): number {
  if (a.bigrams.length === 0 || b.bigrams.length === 0) return 0;
  const set = bigramSet(a);
  let shared = 0;
  for (const bigram of b.bigrams) if (set.has(bigram)) shared += 1;
  return (2 * shared) / (a.bigrams.length + b.bigrams.length);
}

/** Scores `candidate` as a match for `query`, with its label at the default thresholds. */
export function scorePair(query: Features, candidate: Features, idf: DocumentFrequencies): PairScore {
  const q = weigh(query, idf);
  const c = weigh(candidate, idf);
  const recall = coverage(q.units, c.keys);
  const precision = coverage(c.units, q.keys);
  const f1 = recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
  let score = Math.max(f1, DICE_WEIGHT * dice(query, candidate));
  // Numbers and names can only lower a score, so they are compared only where a label is at stake.
  const conflicting = score >= THRESHOLDS.supports && (compareNumbers(query.numbers, candidate.numbers).conflicting || namesDisjoint(query, candidate));
  if (conflicting) score *= 0.75;
  const label: MatchLabel = score >= THRESHOLDS.same && !conflicting ? 'same' : score >= THRESHOLDS.supports ? 'supports' : 'none';
  return { score: Math.min(1, score), label };
}

/**
 * Both passages name someone or something (outlets aside, who only frame a claim) and no name is
 * on both sides: "Tencent's exports hit a record" is not "Malaysia's exports hit a record", however
 * alike the rest.
 */
function namesDisjoint(a: Features, b: Features): boolean {
  const named = (features: Features) => features.entities.filter((entity) => !entity.startsWith('outlet:'));
  const left = named(a);
  const right = new Set(named(b));
  return left.length > 0 && right.size > 0 && !left.some((entity) => right.has(entity));
}

/** What two passages share, for the reader: worked out only for the matches shown. */
export function matchReasons(query: Features, candidate: Features, idf: DocumentFrequencies): MatchReasons {
  const q = weigh(query, idf);
  const c = weigh(candidate, idf);
  const matched = [...new Set([...coveredKeys(q.units, c.keys), ...coveredKeys(c.units, q.keys)])];
  return {
    terms: matched.filter((key) => !key.startsWith('@') && !key.startsWith('#')),
    numbers: compareNumbers(query.numbers, candidate.numbers).shared,
    entities: matched.filter((key) => key.startsWith('@')).map((key) => key.slice(1)),
  };
}
