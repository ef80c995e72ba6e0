import { describe, expect, it } from 'vitest';
import { syntheticCorpus, syntheticPage } from '../../bench/corpus-generator';
import { seededRandom } from '../../tests/random';
import { matchEntry } from './features';
import { checksum, CHUNK_BYTES, decodeSnapshot, encodeSnapshot } from './index-snapshot';
import { loadGlossTable } from './load-gloss';
import { MemoryIndex } from './memory-index';

const context = { gloss: loadGlossTable() };
const corpus = syntheticCorpus(300, 9);
const passages = corpus.bundle.articles.flatMap((article, i) => article.passages.map((p) => ({ id: `a${i}:${p.ordinal}`, ...matchEntry(p.text, p.lang, context) })));
const queries = syntheticPage(corpus, 3).map((s) => matchEntry(s.text, s.lang, context));
const answers = (index: MemoryIndex) => queries.map((query) => index.search(query).map(({ id, score, label }) => ({ id, score, label })));

function built(): MemoryIndex {
  const index = new MemoryIndex();
  for (const passage of passages) index.add(passage);
  return index;
}

describe('index snapshot', () => {
  it('restores an index that answers exactly as the one encoded, and goes on taking adds and removals', () => {
    const index = built();
    const encoded = encodeSnapshot(index);
    const restored = decodeSnapshot(encoded.chunks, encoded);
    if (!restored.ok) throw new Error(restored.error.message);
    expect(restored.value.size).toBe(index.size);
    expect(answers(restored.value)).toEqual(answers(index));
    expect(restored.value.frequencies.documents).toBe(index.frequencies.documents);

    for (const i of [0, 1, 2]) {
      index.removeGroup(`a${i}`);
      restored.value.removeGroup(`a${i}`);
    }
    const extra = { id: 'b0:0', ...matchEntry(corpus.bundle.articles[3]!.passages[0]!.text, 'en', context) };
    index.add(extra);
    restored.value.add(extra);
    expect(answers(restored.value)).toEqual(answers(index));
  });

  it('stays consistent through a budget\'s removals: the oldest articles out, compaction, encode, decode', () => {
    const index = built();
    const removed = new Set(Array.from({ length: 120 }, (_, i) => `a${i}`));
    for (const group of removed) index.removeGroup(group);
    const encoded = encodeSnapshot(index);
    const restored = decodeSnapshot(encoded.chunks, encoded);
    if (!restored.ok) throw new Error(restored.error.message);
    const survivors = new MemoryIndex();
    for (const passage of passages) if (!removed.has(passage.id.split(':')[0]!)) survivors.add(passage);
    expect(answers(restored.value)).toEqual(answers(survivors));
    expect(restored.value.size).toBe(survivors.size);
  });

  it('cuts a large index into chunks of at most the chunk size, whose checksum covers them all', () => {
    const encoded = encodeSnapshot(built());
    expect(encoded.chunks.every((chunk) => chunk.length <= CHUNK_BYTES && chunk.length % 8 === 0)).toBe(true);
    expect(encoded.chunks.reduce((sum, chunk) => sum + chunk.length, 0)).toBe(encoded.bytes);
  });

  it('refuses every damaged copy: flipped bytes anywhere, cut short, or padded', () => {
    const encoded = encodeSnapshot(built());
    const random = seededRandom(4);
    for (let round = 0; round < 40; round++) {
      const chunks = encoded.chunks.map((chunk) => chunk.slice());
      const chunk = chunks[Math.floor(random() * chunks.length)]!;
      const at = Math.floor(random() * chunk.length);
      chunk[at] = chunk[at]! ^ (1 + Math.floor(random() * 255));
      const decoded = decodeSnapshot(chunks, encoded);
      expect(decoded.ok).toBe(false);
      expect(!decoded.ok && decoded.error.code).toBe('corruptSnapshot');
    }
    expect(decodeSnapshot([encoded.chunks[0]!.slice(0, 64)], encoded).ok).toBe(false);
    expect(decodeSnapshot([...encoded.chunks, new Uint8Array(8)], encoded).ok).toBe(false);
  });

  it('checks lengths even when the checksum is recomputed over damaged content', () => {
    const index = new MemoryIndex();
    index.add(passages[0]!);
    const encoded = encodeSnapshot(index);
    const bytes = encoded.chunks[0]!.slice();
    // The header's JSON names the sections: make the last (the postings lists) run past the end.
    const label = new TextEncoder().encode('"name":"lists0","type":"u8","length":');
    const at = indexOf(bytes, label) + label.length;
    expect(at).toBeGreaterThan(label.length);
    bytes[at] = '9'.charCodeAt(0);
    const decoded = decodeSnapshot([bytes], { bytes: bytes.length, checksum: checksum(bytes) });
    expect(!decoded.ok && decoded.error.message).toMatch(/past the end|cut short|not readable/);
  });
});

function indexOf(bytes: Uint8Array, pattern: Uint8Array): number {
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return i;
  }
  return -1;
}
