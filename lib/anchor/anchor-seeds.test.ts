/**
 * Re-anchoring measured on the five real seed articles: seeded random annotations (whole sentences
 * and parts of sentences), seeded page mutations with the true place of each annotation known
 * exactly (mutations.ts), and the share anchored at the true place, elsewhere, or orphaned.
 */
import search from 'approx-string-match';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../tests/random';
import { gold, SEED_URLS, seedText } from '../../tests/seeds';
import { extractText } from '../extract-text';
import { anchorSelectors } from './anchor';
import { describeSelection } from './describe';
import { foldText } from './fold';
import { LIGHT_EDITS, mutatePage, type MutationKind } from './mutations';
import type { Span } from './types';

const SPANS_PER_ARTICLE = 20;

const SCENARIOS: Record<string, readonly MutationKind[]> = {
  ...Object.fromEntries(LIGHT_EDITS.map((kind) => [kind, [kind]])),
  'all light edits': LIGHT_EDITS,
  'near duplicate': ['nearDuplicate'],
  'near duplicate + light edits': [...LIGHT_EDITS, 'nearDuplicate'],
  'duplicate only': ['duplicateOnly'],
  'duplicate only + light edits': [...LIGHT_EDITS, 'duplicateOnly'],
};
const LIGHT = [...LIGHT_EDITS, 'all light edits'];
const DUPLICATES = ['near duplicate', 'near duplicate + light edits'];
const ORIGINAL_GONE = ['duplicate only', 'duplicate only + light edits'];

interface Tally {
  runs: number;
  /** Anchored over at least 90% of the true span. */
  reanchored: number;
  /** Anchored overlapping the true span, but less than 90% of it. */
  partial: number;
  /** Anchored where the annotated text is not (or no longer anywhere). */
  wrong: number;
  orphan: number;
}

const articles = () =>
  Object.keys(gold().documents).map((doc) => {
    const extracted = extractText(seedText(doc), SEED_URLS[doc]!);
    if (!extracted.ok) throw new Error(extracted.error.message);
    return { doc, text: extracted.value.article.text, sentences: extracted.value.article.passages };
  });

/**
 * Seeded annotation spans: half whole sentences, half parts of one. Only quotes the article does
 * not repeat, even approximately (a quarter of errors allowed): a repeated quote has no single
 * true place to measure against.
 */
function pickSpans(text: string, sentences: readonly Span[], random: () => number): Span[] {
  const folded = foldText(text);
  const spans: Span[] = [];
  for (let tries = 0; spans.length < SPANS_PER_ARTICLE && tries < 2000; tries += 1) {
    const sentence = sentences[Math.floor(random() * sentences.length)]!;
    const length = sentence.end - sentence.start;
    const start = random() < 0.5 ? sentence.start : sentence.start + Math.floor(random() * length * 0.5);
    const end = start === sentence.start && random() < 0.5 ? sentence.end : Math.min(sentence.end, start + 8 + Math.floor(random() * length * 0.5));
    const from = folded.offsets.findIndex((offset) => offset >= start);
    const to = folded.offsets.findIndex((offset) => offset >= end);
    const quote = folded.text.slice(from, to < 0 ? undefined : to);
    if (quote.length < 8 || spans.some((span) => span.start === start && span.end === end)) continue;
    const elsewhere = `${folded.text.slice(0, from)}${'\u0000'.repeat(quote.length)}${folded.text.slice(from + quote.length)}`;
    if (search(elsewhere, quote, Math.floor(quote.length / 4)).length === 0) spans.push({ start, end });
  }
  return spans;
}

/** The span without white space at its edges: what anchoring can find of it. */
function trimmed(text: string, span: Span): Span {
  const slice = text.slice(span.start, span.end);
  return { start: span.start + slice.length - slice.trimStart().length, end: span.end - (slice.length - slice.trimEnd().length) };
}

function measure(): Record<string, Tally> {
  const random = seededRandom(20_260_121);
  const tallies: Record<string, Tally> = Object.fromEntries(Object.keys(SCENARIOS).map((name) => [name, { runs: 0, reanchored: 0, partial: 0, wrong: 0, orphan: 0 }]));
  for (const { text, sentences } of articles()) {
    for (const span of pickSpans(text, sentences, random)) {
      const described = describeSelection(text, span.start, span.end);
      if (!described.ok) throw new Error(described.error.message);
      for (const [name, kinds] of Object.entries(SCENARIOS)) {
        const mutated = mutatePage(text, span, kinds, random);
        const result = anchorSelectors(mutated.text, described.value.quote, described.value.position);
        const tally = tallies[name]!;
        tally.runs += 1;
        if (result.status === 'orphan') {
          tally.orphan += 1;
          continue;
        }
        const truth = mutated.truth && trimmed(mutated.text, mutated.truth);
        const overlap = truth ? Math.min(truth.end, result.end) - Math.max(truth.start, result.start) : 0;
        if (truth && overlap >= 0.9 * (truth.end - truth.start)) tally.reanchored += 1;
        else if (overlap > 0) tally.partial += 1;
        else tally.wrong += 1;
      }
    }
  }
  return tallies;
}

describe('re-anchoring on the seed articles', { timeout: 60_000 }, () => {
  const tallies = measure();
  const rate = (count: number, tally: Tally) => Number((count / tally.runs).toFixed(3));

  it('reports the rates per kind of change', () => {
    console.info(
      'Re-anchoring on the five seed articles (seeded):\n' +
        Object.entries(tallies)
          .map(([name, t]) => `  ${name.padEnd(30)} runs ${t.runs}  re-anchored ${rate(t.reanchored, t)}  partial ${rate(t.partial, t)}  wrong ${rate(t.wrong, t)}  orphan ${rate(t.orphan, t)}`)
          .join('\n'),
    );
    expect(Object.values(tallies).every((t) => t.runs >= 5 * SPANS_PER_ARTICLE)).toBe(true);
  });

  it.each(LIGHT)('re-anchors at least 95%% after %s, never elsewhere', (name) => {
    const tally = tallies[name]!;
    expect(rate(tally.reanchored, tally)).toBeGreaterThanOrEqual(0.95);
    expect(tally.wrong).toBe(0);
  });

  it.each(DUPLICATES)('never takes the near-duplicate while the original remains (%s)', (name) => {
    const tally = tallies[name]!;
    expect(tally.wrong).toBe(0);
    expect(rate(tally.reanchored, tally)).toBeGreaterThanOrEqual(0.95);
  });

  it.each(ORIGINAL_GONE)('orphans when only a changed copy in other context remains (%s)', (name) => {
    expect(tallies[name]).toMatchObject({ reanchored: 0, partial: 0, wrong: 0 });
  });
});
