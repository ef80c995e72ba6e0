/**
 * The matcher measured on a development set of real sentence pairs (../shared/eval/DEV-README.md):
 * every pair's second sentence is indexed, each pair's first sentence is ranked against them
 * through `rankQuery` (the path of `cli rank`), and its own second sentence is looked for in the
 * answer. Figures by kind, by language pair and by negative type.
 */
import { z } from 'zod';
import { langSchema, type RankLine } from '../schema';
import { normalizeForMatch } from '../text/normalize';
import { indexCorpus, rankQuery } from '../match/rank';
import type { FeatureContext } from '../match/features';

const sideSchema = z.object({ lang: langSchema, text: z.string().min(1) });
export const devPairSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['parallel', 'rereport', 'negative']),
  a: sideSchema,
  b: sideSchema,
  match: z.boolean(),
  note: z.string(),
});
export type DevPair = z.infer<typeof devPairSchema>;

/** Ranked results looked at per query. */
const TOP = 10;

export interface Tally {
  pairs: number;
  /** Match pairs whose second sentence ranked first (or within ten). */
  atRank1: number;
  atRank10: number;
  matching: number;
  /** Match pairs whose second sentence was labelled, and pairs labelled at all. */
  labelledMatching: number;
  labelled: number;
  /** Non-match pairs whose second sentence was labelled: false highlights. */
  falseHighlights: number;
  negatives: number;
}

export interface EvalFigures {
  all: Tally;
  byKind: Record<string, Tally>;
  byLangPair: Record<string, Tally>;
  byNegativeType: Record<string, Tally>;
}

const emptyTally = (): Tally => ({ pairs: 0, atRank1: 0, atRank10: 0, matching: 0, labelledMatching: 0, labelled: 0, falseHighlights: 0, negatives: 0 });

/** The label a pair's note starts with, qualifier included ("related (number trap)"). */
export const noteLabel = (note: string): string => note.slice(0, note.indexOf(':') < 0 ? note.length : note.indexOf(':')).trim();

/** Parses JSON lines into pairs, naming the line of the first that is not one. */
export function parseDevPairs(text: string): DevPair[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = devPairSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`line ${i + 1}: ${parsed.error.issues[0]?.message ?? 'not a pair'}`);
      return parsed.data;
    });
}

/** Runs every pair; `onPair` hears each pair's outcome (for listing failures). */
export function evaluatePairs(pairs: readonly DevPair[], context: FeatureContext, onPair?: (pair: DevPair, outcome: { rank: number; label: string }) => void): EvalFigures {
  const lines: RankLine[] = pairs.map((pair) => ({ id: `b:${pair.id}`, lang: pair.b.lang, text: pair.b.text }));
  const textOf = new Map(lines.map((line) => [line.id, normalizeForMatch(line.text)]));
  const index = indexCorpus(lines, context);
  const figures: EvalFigures = { all: emptyTally(), byKind: {}, byLangPair: {}, byNegativeType: {} };
  for (const pair of pairs) {
    // The query's own text, where another pair holds it as its second sentence, does not count
    // (DEV-README); a result with the very text of the second sentence counts as it.
    const own = normalizeForMatch(pair.a.text);
    const results = rankQuery(index, { id: `a:${pair.id}`, lang: pair.a.lang, text: pair.a.text }, context, TOP + 5).results.filter((result) => textOf.get(result.id) !== own).slice(0, TOP);
    const target = textOf.get(`b:${pair.id}`);
    const rank = results.findIndex((result) => textOf.get(result.id) === target) + 1;
    const label = rank > 0 ? results[rank - 1]!.label : 'none';
    onPair?.(pair, { rank, label });
    const tallies = [figures.all, (figures.byKind[pair.kind] ??= emptyTally()), (figures.byLangPair[langPair(pair)] ??= emptyTally())];
    if (!pair.match) tallies.push((figures.byNegativeType[noteLabel(pair.note)] ??= emptyTally()));
    for (const tally of tallies) count(tally, pair, rank, label !== 'none');
  }
  return figures;
}

const langPair = (pair: DevPair): string => [pair.a.lang, pair.b.lang].sort().join(' – ');

function count(tally: Tally, pair: DevPair, rank: number, labelled: boolean): void {
  tally.pairs += 1;
  if (labelled) tally.labelled += 1;
  if (pair.match) {
    tally.matching += 1;
    if (rank === 1) tally.atRank1 += 1;
    if (rank >= 1) tally.atRank10 += 1;
    if (labelled) tally.labelledMatching += 1;
  } else {
    tally.negatives += 1;
    if (labelled) tally.falseHighlights += 1;
  }
}
