import { describe, expect, it } from 'vitest';
import type { Features } from './features';
import { matchReasons, scorePair, THRESHOLDS } from './score';
import { TermTable } from './terms';

const features = (stems: string[], numbers: string[] = [], entities: string[] = []): Features => ({ lang: 'en', slots: stems.map((s) => [s]), numbers, entities, bigrams: [] });
const frequencies = () => {
  const df = new TermTable();
  for (let i = 0; i < 50; i++) df.add([`filler${i}`, 'said']);
  return df;
};

describe('scorePair', () => {
  it('labels the same content same, with the shared terms, numbers and entities as reasons', () => {
    const a = features(['battery', 'share', 'europ', 'rise'], ['62%'], ['country:cn']);
    const b = features(['battery', 'share', 'europ', 'rise'], ['62%'], ['country:cn']);
    expect(scorePair(a, b, frequencies())).toEqual({ score: 1, label: 'same' });
    const reasons = matchReasons(a, b);
    expect(reasons).toMatchObject({ numbers: ['62%'], entities: ['country:cn'] });
    expect(reasons.terms.sort()).toEqual(['battery', 'europ', 'rise', 'share']);
  });

  it('never calls a pair same when its numbers disagree', () => {
    const result = scorePair(features(['share', 'fell', 'from', 'to'], ['95%', '50%']), features(['share', 'fell', 'from', 'to'], ['95%', '0%']), frequencies());
    expect(result.label).not.toBe('same');
    expect(result.score).toBeLessThan(1);
  });

  it('calls a pair with a near-equal figure supports at most, ranked below the exact figure', () => {
    const query = features(['share', 'europ', 'market'], ['88%'], ['country:cn']);
    const exact = scorePair(query, features(['share', 'europ', 'market'], ['88%'], ['country:cn']), frequencies());
    const near = scorePair(query, features(['share', 'europ', 'market'], ['89%'], ['country:cn']), frequencies());
    expect(exact.label).toBe('same');
    expect(near.label).toBe('supports');
    expect(near.score).toBeLessThan(exact.score);
  });

  it('gives nothing in common a zero score and no label', () => {
    expect(scorePair(features(['battery']), features(['football']), frequencies())).toMatchObject({ score: 0, label: 'none' });
  });

  it('keeps the thresholds ordered: same is stricter than supports', () => {
    expect(THRESHOLDS.same).toBeGreaterThan(THRESHOLDS.supports);
  });
});
