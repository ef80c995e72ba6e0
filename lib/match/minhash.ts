/**
 * MinHash band keys for same-language near-duplicates (a republished sentence, lightly edited):
 * shingles of the normalised text (word pairs for English, character triples for Chinese after
 * conversion to simplified), a 16-hash MinHash signature, and 4 bands of 4 rows. Two passages
 * share a band key with probability 1 − (1 − J⁴)⁴ for shingle Jaccard J: 0.98 at J = 0.9 (a
 * republished sentence), 0.43 at J = 0.6, 0.03 at J = 0.3, so near-duplicates become candidates
 * even when every word of theirs is common, at 4 keys a passage (a million passages, 4 million
 * band keys in memory: more bands cost more than they find).
 */
import type { Lang } from '../schema';
import { normalizeForMatch, normalizeKey } from '../text/normalize';

const BANDS = 4;
const ROWS = 4;
/** Fewer shingles than this say too little to call two passages near-duplicates. */
const MIN_SHINGLES = 4;

const WORD = /[\p{L}\p{N}]+/gu;
const HAN_OR_WORD = /\p{Script=Han}|[a-z0-9]+/gu;

/**
 * Keys that only find candidates (MinHash bands `~…`, anchor pairs and triples `&…`): nearly unique, they
 * carry no IDF weight in scores, so their frequencies are not counted.
 */
export const isCandidateKey = (key: string): boolean => key.startsWith('~') || key.startsWith('&');
export const isBandKey = (key: string): boolean => key.startsWith('~');
export const isAnchorKey = (key: string): boolean => key.startsWith('&');

/** FNV-1a, 32 bits. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Murmur3's finaliser: spreads a seeded hash over all 32 bits. */
function fmix32(value: number): number {
  let h = value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Array.from({ length: BANDS * ROWS }, (_, i) => fmix32(0x9e3779b9 * (i + 1)));

/** The passage's shingles: consecutive word pairs (English) or character triples (Chinese). */
export function shingles(text: string, lang: Lang): string[] {
  const units = lang === 'en' ? (normalizeKey(text).match(WORD) ?? []) : (normalizeForMatch(text).match(HAN_OR_WORD) ?? []);
  const size = lang === 'en' ? 2 : 3;
  const result = new Set<string>();
  for (let i = 0; i + size <= units.length; i++) result.add(units.slice(i, i + size).join(' '));
  return [...result];
}

/** The band keys of a passage (`~<band>:<hash>`), none for very short passages. */
export function bandKeys(text: string, lang: Lang): string[] {
  const hashes = shingles(text, lang).map(fnv1a);
  if (hashes.length < MIN_SHINGLES) return [];
  const signature = SEEDS.map((seed) => {
    let min = 0xffffffff;
    for (const hash of hashes) {
      const value = fmix32(hash ^ seed);
      if (value < min) min = value;
    }
    return min;
  });
  const script = lang === 'en' ? 'e' : 'z';
  return Array.from({ length: BANDS }, (_, band) => `~${script}${band}:${fnv1a(signature.slice(band * ROWS, band * ROWS + ROWS).join(',')).toString(36)}`);
}
