import { describe, expect, it } from 'vitest';
import { featureKeys, type Features } from './features';
import { MemoryIndex } from './memory-index';

const features = (stems: string[], extra: Partial<Features> = {}): Features => ({ lang: 'en', slots: stems.map((s) => [s]), numbers: [], entities: [], bigrams: [], ...extra });
const entry = (id: string, f: Features) => ({ id, features: f, keys: featureKeys(f) });

describe('MemoryIndex', () => {
  it('finds passages by shared keys, those sharing rarer keys first', () => {
    const index = new MemoryIndex();
    index.add(entry('a', features(['battery', 'europe', 'share'])));
    index.add(entry('b', features(['battery', 'price'])));
    index.add(entry('c', features(['football', 'goal'])));
    for (let i = 0; i < 20; i++) index.add(entry(`filler${i}`, features(['price', `x${i}`])));
    expect(index.candidates(entry('q', features(['battery', 'europe', 'price']))).map((p) => p.id).slice(0, 2)).toEqual(['a', 'b']);
    expect(index.candidates(entry('q', features(['tennis']))).map((p) => p.id)).toEqual([]);
  });

  it('keeps document frequencies right as passages are added, replaced and removed', () => {
    const index = new MemoryIndex();
    index.add(entry('a', features(['chip', 'rise'], { numbers: ['62%'], entities: ['country:cn'] })));
    index.add(entry('b', features(['chip'])));
    expect(index.frequencies.df('chip')).toBe(2);
    expect(index.frequencies.df('#62%')).toBe(1);
    expect(index.frequencies.df('@country:cn')).toBe(1);
    index.add(entry('a', features(['rise'])));
    expect(index.frequencies.df('chip')).toBe(1);
    expect(index.size).toBe(2);
    index.remove('b');
    expect(index.frequencies.df('chip')).toBe(0);
    expect(index.frequencies.documents).toBe(1);
    expect(index.candidates(entry('q', features(['chip']))).map((p) => p.id)).toEqual([]);
  });
});
