/**
 * How annotations find their article again at another address. The site adapters already give
 * one canonical URL for mobile and desktop hosts, tracking parameters and FT Chinese mirrors; the
 * fingerprint covers what they cannot see (a repost of the same text, a mirror that rewrote the
 * path): a hash of the article's longest sentences, which boilerplate, white space and a changed
 * headline or byline leave alone.
 */
import { hash64 } from '../ids';
import type { PageKey } from '../store/annotation-repository';

/** Sentences shorter than this (in letters and digits) are too generic to identify an article. */
const MIN_SENTENCE = 40;
const SENTENCES = 3;

/**
 * 16 hex digits identifying an article's text, or `undefined` for a text with no long sentence.
 * Compares letters and digits only (NFKC, lower case), so punctuation and spacing do not matter.
 */
export function textFingerprint(text: string): string | undefined {
  const sentences = text
    .split(/[.!?。！？\n]+/u)
    .map((sentence) => sentence.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''))
    .filter((sentence) => sentence.length >= MIN_SENTENCE);
  if (sentences.length === 0) return undefined;
  const longest = [...new Set(sentences)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, SENTENCES);
  return hash64(longest.sort().join('\n'));
}

/** The lookup key of a page's annotations: its canonical URL and its text's fingerprint. */
export function pageKey(page: { canonicalUrl: string; text: string }): PageKey {
  const fingerprint = textFingerprint(page.text);
  return fingerprint ? { canonicalUrl: page.canonicalUrl, fingerprint } : { canonicalUrl: page.canonicalUrl };
}
