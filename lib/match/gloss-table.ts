/**
 * Chinese words and their English stems from the CC-CEDICT gloss table (scripts/build-gloss.ts):
 * segmentation over the table's own headwords, which keeps news words whole (芯片, 算力, 马拉松)
 * and the same in every browser, unlike Intl.Segmenter (notes/matching-experiments.md §2, §5).
 */
import { normalizeForMatch } from '../text/normalize';

/** A Chinese word's English glosses as stems (`stemWord`), and whether it names someone or something. */
export interface Gloss {
  stems: string[];
  proper: boolean;
}

/** One content word of a Chinese text: the simplified word and its glosses. */
export interface Slot extends Gloss {
  word: string;
}

const FUNCTION_WORD: Gloss = { stems: [], proper: false };
// A Han run; a run of other letters, digits and marks (Latin, kana, Cyrillic); white space; any
// other single character. Latin never merges with Han: `AI大模型` is `AI` then Chinese words.
const TOKEN = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+)|(\s+)|([^])/gu;
const HAN_START = /^\p{Script=Han}/u;
const NOT_A_BOUNDARY = 0xffffffff;

/** The CC-CEDICT gloss table: lookup, segmentation and glossing of simplified Chinese. */
export class GlossTable {
  /** The parsed JSON itself: copying ~120k entries into a Map would cost a worker's start. */
  readonly #raw: Readonly<Record<string, string>>;
  readonly #size: number;
  /** Parsed on first lookup: a page touches a few hundred of the ~120k headwords. */
  readonly #parsed = new Map<string, Gloss>();
  /** The longest headword (UTF-16 units) starting with each character: the segmenter tries no longer word. */
  readonly #longest: ReadonlyMap<string, number>;

  private constructor(raw: Readonly<Record<string, string>>, size: number, longest: ReadonlyMap<string, number>) {
    this.#raw = raw;
    this.#size = size;
    this.#longest = longest;
  }

  /**
   * Builds the table from the parsed JSON of public/data/cedict-gloss.json: simplified headword →
   * space-separated stems, `!` first for a proper noun, '' for a function word.
   */
  static fromRecord(record: Readonly<Record<string, string>>): GlossTable {
    const longest = new Map<string, number>();
    let size = 0;
    for (const word in record) {
      size += 1;
      const first = word.charAt(0);
      if (word.length > (longest.get(first) ?? 0)) longest.set(first, word.length);
    }
    return new GlossTable(record, size, longest);
  }

  /** Number of headwords. */
  get size(): number {
    return this.#size;
  }

  /**
   * The glosses of a simplified headword, or undefined when the table lacks it. Function words
   * have no stems. The result is shared between calls: do not mutate it.
   */
  lookup(word: string): Gloss | undefined {
    let gloss = this.#parsed.get(word);
    if (gloss) return gloss;
    if (!Object.hasOwn(this.#raw, word)) return undefined;
    const raw = this.#raw[word]!;
    const proper = raw.startsWith('!');
    const stems = proper ? raw.slice(1) : raw;
    gloss = stems === '' ? FUNCTION_WORD : { stems: stems.split(' '), proper };
    this.#parsed.set(word, gloss);
    return gloss;
  }

  /**
   * Splits simplified text into tokens that concatenate back to it: Chinese words by the fewest
   * table headwords (ties toward the longer earlier word; characters missing from the table stand
   * alone), runs of other letters and digits, runs of white space, and single other characters.
   */
  segment(simplified: string): string[] {
    const tokens: string[] = [];
    for (const match of simplified.matchAll(TOKEN)) {
      if (match[1] === undefined) tokens.push(match[0]);
      else this.#segmentHan(match[1], tokens);
    }
    return tokens;
  }

  /**
   * The content words of Chinese text in any script, one slot per occurrence, in order. The text
   * is normalised first (`normalizeForMatch`: debris, traditional → simplified, NFKC); function
   * words, punctuation, Latin words and numbers are left out (they are matched elsewhere).
   */
  slots(text: string): Slot[] {
    const slots: Slot[] = [];
    for (const word of this.segment(normalizeForMatch(text))) {
      if (!HAN_START.test(word)) continue;
      const gloss = this.lookup(word);
      if (gloss && gloss.stems.length > 0) slots.push({ word, stems: gloss.stems, proper: gloss.proper });
    }
    return slots;
  }

  /**
   * Fewest-words segmentation of one Han run by dynamic programming from the end, over UTF-16
   * positions (a supplementary-plane character is never split: its low half is not a boundary).
   */
  #segmentHan(run: string, tokens: string[]): void {
    const n = run.length;
    const cost = new Uint32Array(n + 1);
    const end = new Uint32Array(n + 1);
    for (let i = n - 1; i >= 0; i--) {
      const code = run.charCodeAt(i);
      if (code >= 0xdc00 && code <= 0xdfff) {
        cost[i] = NOT_A_BOUNDARY;
        continue;
      }
      end[i] = code >= 0xd800 && code <= 0xdbff ? i + 2 : i + 1;
      cost[i] = cost[end[i]!]! + 1;
      const limit = Math.min(n, i + (this.#longest.get(run.charAt(i)) ?? 0));
      for (let j = end[i]! + 1; j <= limit; j++) {
        // Means cost[j] + 1 <= cost[i]: with j growing, the longest first word wins a tie.
        if (cost[j]! < cost[i]! && Object.hasOwn(this.#raw, run.slice(i, j))) {
          cost[i] = cost[j]! + 1;
          end[i] = j;
        }
      }
    }
    for (let i = 0; i < n; i = end[i]!) tokens.push(run.slice(i, end[i]));
  }
}
