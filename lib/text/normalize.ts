/**
 * Normal forms for comparing text, never for display: passages keep the original text and offsets.
 */
import { stripDebris } from './debris';
import { toSimplified } from './script';

// Mapped before NFKC, which would turn ″ into two primes and leaves the others alone. Corner
// brackets are the traditional-script quotes: mapping them lets 「」 meet “” across scripts.
const DOUBLE_QUOTES = /[“”„‟″〝〞〟«»「」『』]/g;
const SINGLE_QUOTES = /[‘’‚‛′‹›]/g;
// Hyphen, figure dash, en/em dashes, horizontal bar, minus and their vertical and small forms.
const DASHES = /[\u2010-\u2015\u2212\u2e3a\u2e3b\ufe31\ufe32\ufe58]/g;
// Invisible characters that survive NFKC and split otherwise equal strings (zero-width space and
// joiners, word joiner, byte-order mark, soft hyphen).
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// Any white space but a lone plain space: replacing only these leaves ordinary text untouched.
const WHITE_SPACE = /\s{2,}|[^\S ]/g;
// Chinese does not separate words with spaces, and sources disagree on `AI 大模型` vs `AI大模型`.
const HAN = /\p{Script=Han}/u;
const SPACE_BY_HAN = /(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef]) | (?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu;

/**
 * A comparison key: quote variants become `"` or `'`, dash variants `-`, then NFKC (full-width
 * letters, digits and punctuation become ASCII, `…` becomes `...`), invisible characters go,
 * all white space runs become one space, the ends are trimmed and letters are lower-cased.
 * Returns '' for blank text.
 */
export function normalizeKey(text: string): string {
  return text
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(DASHES, '-')
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(WHITE_SPACE, ' ')
    .trim()
    .toLowerCase();
}

/**
 * A key for comparing text across scripts and sources: `normalizeKey`, then traditional →
 * simplified, then `stripDebris`, then spaces next to Han characters or CJK punctuation dropped.
 * Equal keys mean the same words in the same order, whatever the script, width or page debris.
 */
export function normalizeForMatch(text: string): string {
  // A passage is normalised for its features and again for its shingles, one right after the
  // other: remembering the last answer halves the cost of script conversion.
  if (text === lastForMatch.text) return lastForMatch.normalized;
  const key = stripDebris(toSimplified(normalizeKey(text))).replace(WHITE_SPACE, ' ');
  const normalized = HAN.test(key) ? key.replace(SPACE_BY_HAN, '') : key;
  lastForMatch = { text, normalized };
  return normalized;
}

let lastForMatch = { text: '', normalized: '' };
