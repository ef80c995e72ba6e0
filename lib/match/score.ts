/**
 * Scoring two passages given as string features (tests, the gold pairs, the reasons shown to
 * the reader). The scoring itself is lib/match/pair-scorer.ts, on encoded features, the one the
 * index uses: both features are encoded into the same term table first.
 */
import { ByteWriter, encodeFeatures } from './feature-codec';
import type { Features } from './features';
import { compareNumbers } from './number-conflicts';
import { PairScorer, type MatchLabel } from './pair-scorer';
import type { TermTable } from './terms';

export { THRESHOLDS, type MatchLabel } from './pair-scorer';

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

const scorers = new WeakMap<TermTable, PairScorer>();

/** Scores `candidate` as a match for `query` with the frequencies of `terms`, labelled at the default thresholds. */
export function scorePair(query: Features, candidate: Features, terms: TermTable): PairScore {
  const out = new ByteWriter(256);
  encodeFeatures(query, terms, out);
  const candidateAt = out.length;
  encodeFeatures(candidate, terms, out);
  let scorer = scorers.get(terms);
  if (!scorer) scorers.set(terms, (scorer = new PairScorer(terms)));
  scorer.setQuery(out.bytes, 0);
  const score = scorer.score(out.bytes, candidateAt);
  return { score, label: scorer.label(score) };
}

/** The keys of a side (slot stems, `@entities`, `#numbers`), each unit's keys in one list. */
const unitsOf = (features: Features): string[][] => [...features.slots, ...features.entities.map((e) => [`@${e}`]), ...features.numbers.map((n) => [`#${n}`])];

/** Per unit of `units`, the first of its keys that `other` has. */
const coveredKeys = (units: readonly string[][], other: ReadonlySet<string>): string[] => units.flatMap((unit) => unit.find((key) => other.has(key)) ?? []);

/** What two passages share, for the reader: worked out only for the matches shown. */
export function matchReasons(query: Features, candidate: Features): MatchReasons {
  const q = unitsOf(query);
  const c = unitsOf(candidate);
  const matched = [...new Set([...coveredKeys(q, new Set(c.flat())), ...coveredKeys(c, new Set(q.flat()))])];
  return {
    terms: matched.filter((key) => !key.startsWith('@') && !key.startsWith('#')),
    numbers: compareNumbers(query.numbers, candidate.numbers).shared,
    entities: matched.filter((key) => key.startsWith('@')).map((key) => key.slice(1)),
  };
}
