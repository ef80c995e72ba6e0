import { describe, expect, it } from 'vitest';
import { gold as readGold, seedText } from '../../tests/seeds';
import type { Attribution } from '../schema';
import { normalizeForMatch } from '../text/normalize';
import { splitSentences } from '../text/sentences';
import { attributeSentences } from './attribution';

// The seeds and the gold file are shared research material, read in place and never copied.
const gold = readGold();

/** Sentences of a seed document with their attributions, keyed for comparison with the gold. */
function attributed(doc: string): { key: string; text: string; attribution: Attribution | undefined }[] {
  const lang = gold.documents[doc]?.lang ?? 'en';
  const sentences = splitSentences(seedText(doc), lang).map((span) => span.text);
  const attributions = attributeSentences(sentences, lang);
  return sentences.map((text, i) => ({ key: normalizeForMatch(text), text, attribution: attributions[i] }));
}

const laughLast = attributed('gt-laugh-last');
const repost = attributed('netease-repost');
const claims = gold.attributedClaims.filter((claim) => claim.doc === 'gt-laugh-last');
const claimKeys = new Set(claims.map((claim) => normalizeForMatch(claim.text)));
const counterpartKeys = new Set(
  gold.pairs
    .filter((pair) => pair.a.doc === 'gt-laugh-last' && pair.b.doc === 'netease-repost' && claimKeys.has(normalizeForMatch(pair.a.text)))
    .map((pair) => normalizeForMatch(pair.b.text)),
);

describe('attribution on the seed articles (eval/seeds-gold.json)', () => {
  it('attributes all twelve gold claims of the Global Times article to the Financial Times', () => {
    expect(claims).toHaveLength(12);
    for (const key of claimKeys) {
      const sentence = laughLast.find((s) => s.key === key);
      expect(sentence, key).toBeDefined();
      expect(sentence?.attribution?.outletId, key).toBe('ft');
    }
  });

  it('attributes their twelve counterparts in the traditional-Chinese NetEase repost to the Financial Times', () => {
    expect(counterpartKeys.size).toBe(12);
    for (const key of counterpartKeys) {
      const sentence = repost.find((s) => s.key === key);
      expect(sentence, key).toBeDefined();
      expect(sentence?.attribution?.outletId, key).toBe('ft');
    }
  });

  it('attributes no other sentence of either article', () => {
    const extra = [
      ...laughLast.filter((s) => s.attribution && !claimKeys.has(s.key)),
      ...repost.filter((s) => s.attribution && !counterpartKeys.has(s.key)),
    ];
    expect(extra.map((s) => s.text)).toEqual([]);
  });

  it('gives explicit attributions confidence 1 and inferred ones less', () => {
    const explicit = laughLast.find((s) => s.text.startsWith('The Financial Times said'));
    const coreferent = laughLast.find((s) => s.text.startsWith('From this, the newspaper'));
    expect(explicit?.attribution).toEqual({ outletId: 'ft', verb: 'said', confidence: 1 });
    expect(coreferent?.attribution).toMatchObject({ outletId: 'ft', verb: 'believes' });
    expect(coreferent?.attribution?.confidence).toBeLessThan(1);
  });

  it('attributes what Bloomberg and the Wall Street Journal reported, not what Guo Tao told the Global Times', () => {
    const lackOfCore = attributed('gt-lack-of-core');
    const outletOf = (start: string) => lackOfCore.find((s) => s.text.includes(start))?.attribution?.outletId;
    expect(outletOf('Bloomberg reported')).toBe('bloomberg');
    expect(outletOf('the Wall Street Journal reported on July 7')).toBe('wsj');
    expect(outletOf('The Wall Street Journal says')).toBe('wsj');
    expect(outletOf('Internet expert Guo Tao told the Global Times')).toBeUndefined();
    expect(lackOfCore.filter((s) => s.attribution?.outletId === 'globaltimes')).toEqual([]);
    expect(lackOfCore.filter((s) => s.text.includes('Hong Yong')).map((s) => s.attribution)).toEqual([undefined, undefined, undefined]);
  });

  it('attributes the aggregator\'s Wall Street Journal experiment, and nothing to its people or companies', () => {
    const race = attributed('aggregator-race');
    const found = race.filter((s) => s.attribution).map((s) => [s.attribution?.outletId, s.text.slice(0, 42)]);
    expect(found).toEqual([['wsj', 'However, a recent experiment by The Wall S']]);
  });
});
