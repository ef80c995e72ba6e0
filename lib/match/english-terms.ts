/**
 * English content terms: the stems a passage is keyed and scored on. Numbers and entities are
 * keyed separately (numbers.ts, entities.ts), so this keeps only words.
 */
import { stemWord } from './stem';
import { ENGLISH_STOPWORDS } from './stopwords';

// Latin letters and digits, with apostrophes only inside a word ("China's", "don't"); a hyphen
// or any other mark ends the word, so "open-source" gives "open" and "source".
const WORD = /[\p{Script=Latin}0-9]+(?:['’]\p{Script=Latin}+)*/gu;
// Numerals with a unit or ordinal glued on (400bn, 10th, 1990s, 62pc) are numbers.ts' business;
// codes that mix letters and digits otherwise (H20, 5G, GPT4) are kept as names of things.
const NUMERIC = /^\d+(?:st|nd|rd|th|s|bn|mn|m|k|tn|pc|x|nm|km|kg|gw|mw)?$/;
const CLITIC = /['’](?:s|re|ve|ll|d|m)$/;
const NEGATED = /n['’]t$/;
// Bases whose spelling changes before n't.
const NEGATED_BASE: Readonly<Record<string, string>> = { ca: 'can', wo: 'will', sha: 'shall' };

/** Appends the stem of `word` (lower-case, no clitic) unless it is a stopword or a single letter. */
function pushStem(word: string, terms: string[]): void {
  if (word.length > 1 && !ENGLISH_STOPWORDS.has(word)) terms.push(stemWord(word));
}

/**
 * The content terms of English `text` in order, repeats kept: words lower-cased, possessive and
 * other clitics dropped ("China's" → china), negative contractions split so that the negation
 * survives ("don't" → do + not, as "not" is no stopword), `ENGLISH_STOPWORDS`, single letters and
 * numerals dropped, the rest stemmed by `stemWord` (British spelling folded to American).
 * Words of an entity name ("Financial Times") give their stems too; the entity id is a separate
 * key. Returns [] for text without Latin words.
 */
export function englishTerms(text: string): string[] {
  const terms: string[] = [];
  for (const [token] of text.matchAll(WORD)) {
    const word = token.toLowerCase();
    if (NUMERIC.test(word)) continue;
    if (NEGATED.test(word)) {
      const base = word.slice(0, -3);
      pushStem(NEGATED_BASE[base] ?? base, terms);
      pushStem('not', terms);
    } else {
      pushStem(word.replace(CLITIC, ''), terms);
    }
  }
  return terms;
}
