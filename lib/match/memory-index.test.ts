import { describe, expect, it } from 'vitest';
import { syntheticCorpus, syntheticPage } from '../../bench/corpus-generator';
import { featureKeys, matchEntry, type Features } from './features';
import { loadGlossTable } from './load-gloss';
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
    expect(index.search(entry('q', features(['battery', 'europe', 'price']))).map((hit) => hit.id).slice(0, 2)).toEqual(['a', 'b']);
    expect(index.search(entry('q', features(['tennis']))).map((hit) => hit.id)).toEqual([]);
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
    expect(index.search(entry('q', features(['chip']))).map((hit) => hit.id)).toEqual([]);
  });
});

describe('MemoryIndex at a few thousand passages', () => {
  const context = { gloss: loadGlossTable() };
  const corpus = syntheticCorpus(400, 5);
  const passages = corpus.bundle.articles.flatMap((article, i) => article.passages.map((p) => ({ id: `a${i}:${p.ordinal}`, ...matchEntry(p.text, p.lang, context) })));
  const queries = [syntheticPage(corpus, 7), syntheticPage(corpus, 8)].flat().map((s) => matchEntry(s.text, s.lang, context));
  const answers = (index: MemoryIndex) => queries.map((query) => index.search(query).map(({ id, score, label }) => ({ id, score, label })));
  const built = (list: typeof passages) => {
    const index = new MemoryIndex();
    for (const passage of list) index.add(passage);
    return index;
  };

  it('answers after removals and the compaction they cause exactly as an index of the survivors', () => {
    const index = built(passages);
    const removed = new Set(Array.from({ length: 400 }, (_, i) => `a${i}`).filter((_, i) => i % 5 < 2));
    const before = index.layout;
    for (const group of removed) index.removeGroup(group);
    expect(index.layout).toBeGreaterThan(before);
    const survivors = passages.filter((p) => !removed.has(p.id.split(':')[0]!));
    expect(index.size).toBe(survivors.length);
    expect(answers(index)).toEqual(answers(built(survivors)));
    expect(answers(index).flat().some((hit) => removed.has(hit.id.split(':')[0]!))).toBe(false);
  });

  it('finds every passage of a group, and replaces a passage added twice', () => {
    const index = built(passages.slice(0, 30));
    expect(index.idsOfGroup('a1')).toEqual(passages.filter((p) => p.id.startsWith('a1:')).map((p) => p.id));
    index.add(passages[0]!);
    expect(index.size).toBe(30);
    expect(index.idsOfGroup('a0').filter((id) => id === passages[0]!.id)).toHaveLength(1);
  });
});
