import { describe, expect, it } from 'vitest';
import type { Features } from './features';
import { MemoryIndex } from './memory-index';

const features = (stems: string[], extra: Partial<Features> = {}): Features => ({ lang: 'en', slots: stems.map((s) => [s]), numbers: [], entities: [], bigrams: [], ...extra });

describe('MemoryIndex', () => {
  it('finds passages by shared keys, those sharing rarer keys first', () => {
    const index = new MemoryIndex();
    index.add({ id: 'a', features: features(['battery', 'europe', 'share']) });
    index.add({ id: 'b', features: features(['battery', 'price']) });
    index.add({ id: 'c', features: features(['football', 'goal']) });
    for (let i = 0; i < 20; i++) index.add({ id: `filler${i}`, features: features(['price', `x${i}`]) });
    expect(index.candidates(features(['battery', 'europe', 'price'])).map((p) => p.id).slice(0, 2)).toEqual(['a', 'b']);
    expect(index.candidates(features(['tennis'])).map((p) => p.id)).toEqual([]);
  });

  it('keeps document frequencies right as passages are added, replaced and removed', () => {
    const index = new MemoryIndex();
    index.add({ id: 'a', features: features(['chip', 'rise'], { numbers: ['62%'], entities: ['country:cn'] }) });
    index.add({ id: 'b', features: features(['chip']) });
    expect(index.frequencies.df('chip')).toBe(2);
    expect(index.frequencies.df('#62%')).toBe(1);
    expect(index.frequencies.df('@country:cn')).toBe(1);
    index.add({ id: 'a', features: features(['rise']) });
    expect(index.frequencies.df('chip')).toBe(1);
    expect(index.size).toBe(2);
    index.remove('b');
    expect(index.frequencies.df('chip')).toBe(0);
    expect(index.frequencies.documents).toBe(1);
    expect(index.candidates(features(['chip'])).map((p) => p.id)).toEqual([]);
  });
});
