/**
 * Scores a candidate against a passage: IDF-weighted coverage both ways (how much of each side's
 * content the other side has, its harmonic mean a symmetric F1), numbers and entities as heavy
 * units, a veto when numbers disagree, and the reasons for the reader.
 */
import type { Features } from './features';
import type { DocumentFrequencies } from './idf';
import { compareNumbers } from './numbers';

export type MatchLabel = 'same' | 'supports' | 'none';

export interface MatchScore {
  /** 0..1: 1 when each side's content is all in the other. */
  score: number;
  label: MatchLabel;
  reasons: { terms: string[]; numbers: string[]; entities: string[] };
}

/** Default thresholds: a wrong highlight costs more trust than a missed one, so `same` is strict. */
export const THRESHOLDS = { same: 0.45, supports: 0.24 } as const;

/** Numbers and names are the strongest evidence two sentences state the same fact. */
const NUMBER_WEIGHT = 1.5;
const ENTITY_WEIGHT = 1.2;
/**
 * "The Financial Times pointed out that …" frames a claim; the claim is what follows. Outlets and
 * reporting words weigh little, so two different claims of one newspaper do not look alike and
 * a claim matches its source, which does not cite itself.
 */
const FRAME_WEIGHT = 0.35;
const FRAME_STEMS = new Set(['say', 'state', 'point', 'believ', 'think', 'consid', 'report', 'note', 'accord', 'emphas', 'emphasiz', 'mention', 'conclud', 'cite', 'analysi', 'articl', 'publish', 'newspap', 'media', 'paper', 'express', 'indic', 'claim', 'argu', 'write', 'ad', 'call', 'told']);

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

/** Share of `units`' weight that `other` covers, and the keys that covered it. */
function coverage(units: readonly Unit[], other: ReadonlySet<string>): { share: number; matched: string[] } {
  let total = 0;
  let covered = 0;
  const matched: string[] = [];
  for (const unit of units) {
    total += unit.weight;
    const hit = unit.keys.find((key) => other.has(key));
    if (hit !== undefined) {
      covered += unit.weight;
      matched.push(hit);
    }
  }
  return { share: total === 0 ? 0 : covered / total, matched };
}

const keySet = (units: readonly Unit[]): Set<string> => new Set(units.flatMap((unit) => unit.keys));

/** Dice similarity of two bigram lists: same-script Chinese text, names the dictionary lacks. */
function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(a);
  return (2 * b.filter((x) => set.has(x)).length) / (a.length + b.length);
}

/** Scores `candidate` as a match for `query`, with its label at the default thresholds. */
export function scorePair(query: Features, candidate: Features, idf: DocumentFrequencies): MatchScore {
  const q = weigh(query, idf);
  const c = weigh(candidate, idf);
  const recall = coverage(q.units, c.keys);
  const precision = coverage(c.units, q.keys);
  const f1 = recall.share + precision.share === 0 ? 0 : (2 * recall.share * precision.share) / (recall.share + precision.share);
  let score = Math.max(f1, dice(query.bigrams, candidate.bigrams));
  // Numbers can only lower a score, so they are compared only where a label is at stake.
  const numbers = score >= THRESHOLDS.supports ? compareNumbers(query.numbers, candidate.numbers) : { shared: [], conflicting: false };
  if (numbers.conflicting) score *= 0.75;
  const label: MatchLabel = score >= THRESHOLDS.same && !numbers.conflicting ? 'same' : score >= THRESHOLDS.supports ? 'supports' : 'none';
  return { score: Math.min(1, score), label, reasons: label === 'none' ? NO_REASONS : reasonsOf(recall.matched, precision.matched, numbers.shared) };
}

const NO_REASONS: MatchScore['reasons'] = { terms: [], numbers: [], entities: [] };

/** What two passages share, for the reader; only worked out for labelled matches. */
function reasonsOf(recall: readonly string[], precision: readonly string[], numbers: string[]): MatchScore['reasons'] {
  const matched = [...new Set([...recall, ...precision])];
  return {
    terms: matched.filter((key) => !key.startsWith('@') && !key.startsWith('#')),
    numbers,
    entities: matched.filter((key) => key.startsWith('@')).map((key) => key.slice(1)),
  };
}
