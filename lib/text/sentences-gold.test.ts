/**
 * Acceptance on real articles: every gold sentence of the two seed translations is exactly one
 * sentence produced from the seed file. Seeds are read from ../shared at test time, never copied.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../schema';
import { normalizeForMatch } from './normalize';
import { splitSentences } from './sentences';

const shared = join(import.meta.dirname, '../../../shared');

interface GoldSentence { doc: string; text: string }
interface Gold {
  documents: Record<string, { file: string; lang: Lang }>;
  pairs: { a: GoldSentence; b: GoldSentence }[];
  attributedClaims: GoldSentence[];
}

const gold = JSON.parse(readFileSync(join(shared, 'eval/seeds-gold.json'), 'utf8')) as Gold;

function goldSentences(doc: string): string[] {
  const sides = [...gold.pairs.flatMap((pair) => [pair.a, pair.b]), ...gold.attributedClaims];
  return [...new Set(sides.filter((side) => side.doc === doc).map((side) => side.text))];
}

describe.each([
  ['gt-laugh-last', 21],
  ['netease-repost', 21],
])('splitSentences on seed %s', (doc, expected) => {
  const { file, lang } = gold.documents[doc]!;
  const text = readFileSync(join(shared, file), 'utf8');
  const spans = splitSentences(text, lang);

  it('gives spans whose text is the original text at their offsets', () => {
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('produces each gold sentence exactly once', () => {
    const keys = spans.map((span) => normalizeForMatch(span.text));
    const golds = goldSentences(doc);
    const unmatched = golds.filter((sentence) => keys.filter((key) => key === normalizeForMatch(sentence)).length !== 1);
    expect(golds).toHaveLength(expected);
    expect(unmatched).toEqual([]);
  });
});
