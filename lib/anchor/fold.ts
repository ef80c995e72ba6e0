/**
 * The form in which quotes are compared: white space dropped (a run holding a line break becomes
 * one `\n`, which marks a paragraph break), full-width and curly variants folded to ASCII, ASCII
 * letters lower-cased — one UTF-16 unit at a time, so that every folded unit keeps the offset of
 * the unit it came from and a match maps back to the page text exactly.
 *
 * Why not `normalizeKey` (lib/text/normalize.ts): NFKC changes lengths (`…` → `...`) and loses
 * the way back to the original offsets.
 */

/** Folded text with the way back: `offsets[i]` is the UTF-16 offset in the original of unit `i`. */
export interface FoldedText {
  text: string;
  offsets: Int32Array;
}

// Quote and dash variants as in lib/text/normalize.ts; 。、｡ are the Chinese full stop and comma,
// which reposts swap for ASCII ones (the 163.com repost of the Global Times report does).
const SPECIAL = new Map<number, number>();
const mapAll = (chars: string, to: string) => {
  for (const char of chars) SPECIAL.set(char.charCodeAt(0), to.charCodeAt(0));
};
mapAll('“”„‟″〝〞〟«»「」『』', '"');
mapAll('‘’‚‛′‹›', "'");
mapAll('\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2e3a\u2e3b\ufe31\ufe32\ufe58', '-');
mapAll('。｡', '.');
mapAll('、､', ',');

const LINE_BREAK = 10;
const DROP = -1;
// White space of every kind (a re-flowed paragraph, a non-breaking space, the ideographic space:
// the code points of JavaScript's \s) and invisible characters (zero-width joiners and space, word
// joiner, BOM, soft hyphen) are dropped; line breaks become `\n`.
for (const code of [0xa0, 0xad, 0x1680, 0x202f, 0x205f, 0x2060, 0x3000, 0xfeff]) SPECIAL.set(code, DROP);
for (let code = 0x2000; code <= 0x200d; code += 1) SPECIAL.set(code, DROP);
for (const code of [0x2028, 0x2029]) SPECIAL.set(code, LINE_BREAK);
const ASCII = Array.from({ length: 0x80 }, (_, code) => (code === 10 || code === 13 ? LINE_BREAK : code <= 32 || code === 127 ? DROP : code >= 65 && code <= 90 ? code + 32 : code));

/** The folded unit for `code`, or DROP. Branches, not a 65,536-entry table: no start-up cost. */
function foldUnit(code: number): number {
  if (code < 0x80) return ASCII[code]!;
  // Kana, Han, Hangul and the rest up to the CJK compatibility forms: nothing to fold.
  if (code >= 0x3040 && code < 0xfe30) return code;
  // Full-width ASCII forms U+FF01..U+FF5E sit at a fixed distance from ASCII.
  if (code >= 0xff01 && code <= 0xff5e) return ASCII[code - 0xfee0]!;
  return SPECIAL.get(code) ?? code;
}

let last: { text: string; folded: FoldedText } | undefined;

/**
 * Folds `text`, keeping for every folded unit the UTF-16 offset it came from. The last answer is
 * kept: a page's annotations are anchored one after another in the same text.
 */
export function foldText(text: string): FoldedText {
  if (last?.text === text) return last.folded;
  const folded = foldUncached(text);
  last = { text, folded };
  return folded;
}

function foldUncached(text: string): FoldedText {
  const units = new Uint16Array(text.length);
  const offsets = new Int32Array(text.length);
  let length = 0;
  for (let i = 0; i < text.length; i += 1) {
    const folded = foldUnit(text.charCodeAt(i));
    // Paragraph breaks are kept (context across one is judged apart, context.ts), once per run.
    if (folded === DROP || (folded === LINE_BREAK && length > 0 && units[length - 1] === LINE_BREAK)) continue;
    units[length] = folded;
    offsets[length] = i;
    length += 1;
  }
  return { text: unitsToString(units.subarray(0, length)), offsets: offsets.slice(0, length) };
}

/** The folded form of a quote, prefix or suffix (no offsets needed). */
export function fold(text: string): string {
  return foldUncached(text).text;
}

/** Folded UTF-16 offsets [start, end) → the original text's span, `end` one past the last kept unit. */
export function unfoldSpan(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  return { start: folded.offsets[start]!, end: folded.offsets[end - 1]! + 1 };
}

function unitsToString(units: Uint16Array): string {
  let out = '';
  // In chunks: 50,000 arguments at once overflow the call stack in some engines. `apply` with a
  // typed array is ten times faster than spreading it (measured in Node 20).
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode.apply(null, units.subarray(i, i + 8192) as unknown as number[]);
  return out;
}
