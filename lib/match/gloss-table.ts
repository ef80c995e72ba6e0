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
const DATE_UNIT = /^[年月日号]/u;
const DIGITS_END = /\d$/u;
const NOT_A_BOUNDARY = 0xffffffff;

/** The CC-CEDICT gloss table: lookup, segmentation and glossing of simplified Chinese. */
export class GlossTable {
  /**
   * The table's own text, one `headword<TAB>gloss` line each, kept as it was read: parsing
   * ~120k entries into objects would cost a service worker's start more than a page's matching.
   */
  readonly #text: string;
  /** Where each line starts, and where its headword ends (at the tab). */
  readonly #lineStart: Uint32Array;
  readonly #wordEnd: Uint32Array;
  /** Open addressing over headword hashes: line number + 1, 0 for an empty cell. */
  readonly #cells: Uint32Array;
  /** Parsed on first lookup: a page touches a few hundred of the ~120k headwords. */
  readonly #parsed = new Map<string, Gloss>();
  /** The longest headword (UTF-16 units) starting with each UTF-16 unit: the segmenter tries no longer word. */
  readonly #longest: Uint8Array;

  private constructor(text: string, lineStart: Uint32Array, wordEnd: Uint32Array, cells: Uint32Array, longest: Uint8Array) {
    this.#text = text;
    this.#lineStart = lineStart;
    this.#wordEnd = wordEnd;
    this.#cells = cells;
    this.#longest = longest;
  }

  /**
   * Builds the table from the text of public/data/cedict-gloss.txt: a line per simplified
   * headword, then a tab, then its space-separated stems (`!` first for a proper noun, nothing
   * for a function word). Throws on a line without a headword or tab, or a repeated headword.
   */
  static fromText(text: string): GlossTable {
    const lines = text.endsWith('\n') ? text.slice(0, -1) : text;
    let count = lines === '' ? 0 : 1;
    for (let at = lines.indexOf('\n'); at >= 0; at = lines.indexOf('\n', at + 1)) count += 1;
    const lineStart = new Uint32Array(count);
    const wordEnd = new Uint32Array(count);
    const cells = new Uint32Array(2 ** Math.ceil(Math.log2(Math.max(2, count * 2))));
    const longest = new Uint8Array(0x10000);
    let start = 0;
    for (let line = 0; line < count; line++) {
      const end = line + 1 < count ? lines.indexOf('\n', start) : lines.length;
      const tab = lines.indexOf('\t', start);
      if (tab <= start || tab > end) throw new Error(`The gloss table's line ${line + 1} has no headword and tab.`);
      lineStart[line] = start;
      wordEnd[line] = tab;
      if (findLine(lines, lineStart, wordEnd, cells, lines, start, tab) >= 0) throw new Error(`The gloss table repeats the headword ${lines.slice(start, tab)} (line ${line + 1}).`);
      let cell = hashOf(lines, start, tab) & (cells.length - 1);
      while (cells[cell] !== 0) cell = (cell + 1) & (cells.length - 1);
      cells[cell] = line + 1;
      const first = lines.charCodeAt(start);
      longest[first] = Math.max(longest[first]!, Math.min(255, tab - start));
      start = end + 1;
    }
    return new GlossTable(lines, lineStart, wordEnd, cells, longest);
  }

  /** Number of headwords. */
  get size(): number {
    return this.#lineStart.length;
  }

  /**
   * The glosses of a simplified headword, or undefined when the table lacks it. Function words
   * have no stems. The result is shared between calls: do not mutate it.
   */
  lookup(word: string): Gloss | undefined {
    let gloss = this.#parsed.get(word);
    if (gloss) return gloss;
    const line = this.#find(word, 0, word.length);
    if (line < 0) return undefined;
    const end = line + 1 < this.#lineStart.length ? this.#lineStart[line + 1]! - 1 : this.#text.length;
    const raw = this.#text.slice(this.#wordEnd[line]! + 1, end);
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
      let han = match[1];
      if (han === undefined) {
        tokens.push(match[0]);
        continue;
      }
      // The unit of a date written in digits belongs to the number, not to the word after it:
      // 2019年前 is "before 2019", not 2019 and 年前 ("just before New Year").
      if (DATE_UNIT.test(han) && DIGITS_END.test(tokens.at(-1) ?? '')) {
        tokens.push(han.charAt(0));
        han = han.slice(1);
      }
      if (han !== '') this.#segmentHan(han, tokens);
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
    let previous = '';
    for (const word of this.segment(normalizeForMatch(text))) {
      const afterDigits = DIGITS_END.test(previous);
      previous = word;
      // A date's unit (2019年, 3月, 9日) is part of the date, which numbers are matched by.
      if (!HAN_START.test(word) || (afterDigits && DATE_UNIT.test(word) && word.length === 1)) continue;
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
      const limit = Math.min(n, i + this.#longest[code]!);
      for (let j = end[i]! + 1; j <= limit; j++) {
        // Means cost[j] + 1 <= cost[i]: with j growing, the longest first word wins a tie.
        if (cost[j]! < cost[i]! && this.#find(run, i, j) >= 0) {
          cost[i] = cost[j]! + 1;
          end[i] = j;
        }
      }
    }
    for (let i = 0; i < n; i = end[i]!) tokens.push(run.slice(i, end[i]));
  }

  /** The line of the headword `source.slice(from, to)`, or -1. */
  #find(source: string, from: number, to: number): number {
    return findLine(this.#text, this.#lineStart, this.#wordEnd, this.#cells, source, from, to);
  }
}

/**
 * The line of `text` whose headword is `source.slice(from, to)`, or -1: a probe of the hash
 * cells, comparing in place (a segmenter tries many words per character: no slices).
 */
function findLine(text: string, lineStart: Uint32Array, wordEnd: Uint32Array, cells: Uint32Array, source: string, from: number, to: number): number {
  const mask = cells.length - 1;
  for (let cell = hashOf(source, from, to) & mask; cells[cell] !== 0; cell = (cell + 1) & mask) {
    const line = cells[cell]! - 1;
    const start = lineStart[line]!;
    if (wordEnd[line]! - start !== to - from) continue;
    let i = 0;
    while (i < to - from && text.charCodeAt(start + i) === source.charCodeAt(from + i)) i++;
    if (i === to - from) return line;
  }
  return -1;
}

/** FNV-1a over the UTF-16 units of `text.slice(from, to)`. */
function hashOf(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
