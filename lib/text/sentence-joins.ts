/**
 * Decides when a candidate sentence break is false and the two pieces are one sentence:
 * `Intl.Segmenter` breaks after "Mr. " or "J. " before a capital, and after "!" or "?" before
 * the lower-case rest of a sentence (`"Win!" he said.`).
 */

// Words that always precede a name or an example, so a break after them is never a sentence end.
const ALWAYS_BEFORE = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'maj', 'sgt',
  'capt', 'cmdr', 'adm', 'rev', 'hon', 'pres', 'supt', 'messrs', 'mme', 'mlle',
  'e.g', 'i.e', 'vs', 'cf', 'approx',
]);

// Abbreviations that may also end a sentence ("… surpassed the U.S. This means …"): a break after
// them stands only when the next piece starts like a sentence. Initialisms with inner stops
// (U.S., a.m.) and single capital initials (J. Smith) count as well.
const MAYBE_FINAL = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'ltd', 'co', 'corp', 'bros', 'plc', 'jr', 'sr', 'st', 'mt', 'ft', 'ave', 'rd', 'blvd',
  'no', 'nos', 'vol', 'pp', 'fig', 'est', 'etc', 'al', 'dept', 'univ',
]);

// Capitalised words that start sentences far more often than they continue a name or a title.
const SENTENCE_STARTERS = new Set(`A An The This That These Those It Its He She His Her They Their Them
We Our I You Your My There Here But And Or So Yet Nor However Meanwhile Moreover Furthermore Still
Also In On At For As If When While After Before Although Though Since Because Despite With Without
By From To Of Not No Yes What Why How Who Whom Whose Where Which Some Many Most Much All Both Each
Every Such One Last Next Then Now Today Yesterday Tomorrow Instead Indeed Thus Therefore Hence
Finally Overall According Under Over Among Even Only Just Other Another Analysts Officials Experts
Critics Shares Prices Asked Earlier Later Separately Elsewhere Nevertheless Nonetheless Otherwise
Besides Unlike Like During Until Through Against Between Within Beyond Rather Perhaps Maybe Sometimes
Often Recently Currently Previously Initially Ultimately`.split(/\s+/));

// Latin letters only: in Chinese text a Han character may sit right before `U.S.`.
const TAIL_ABBREVIATION = /(?:^|[^\p{Script=Latin}\p{N}.'’])((?:\p{Script=Latin}\.){2,}|\p{Script=Latin}{1,6}\.)\s*$/u;
const SINGLE_INITIAL = /^\p{Lu}\.$/u;
const INITIALISM = /^(?:\p{Script=Latin}\.){2,}$/u;
const NEXT_WORD = /^[\s"“‘'([]*(\p{L}+)/u;
const QUOTED_CAPITAL = /^\s*["“‘]\s*\p{Lu}/u;
const CJK_END = /[。！？｡︒][”’」』）)\]》]*\s*$/;
const LATIN_END = /[.!?…][”’"')\]]*\s*$/;
const LOWER_START = /^\s*\p{Ll}/u;

/** Lower-cased abbreviation class of the last token of `tail`, if it is one. */
function abbreviationClass(tail: string): 'always' | 'maybe' | undefined {
  const token = TAIL_ABBREVIATION.exec(tail)?.[1];
  if (!token) return undefined;
  const key = token.slice(0, -1).toLowerCase();
  if (ALWAYS_BEFORE.has(key)) return 'always';
  if (MAYBE_FINAL.has(key) || SINGLE_INITIAL.test(token) || INITIALISM.test(token)) return 'maybe';
  return undefined;
}

function startsSentence(head: string): boolean {
  if (QUOTED_CAPITAL.test(head)) return true;
  const word = NEXT_WORD.exec(head)?.[1];
  return word !== undefined && SENTENCE_STARTERS.has(word);
}

/**
 * True when the break between a piece ending in `tail` and one starting with `head` is false,
 * so the two belong to one sentence. `tail` is the end of the previous piece and `head` the start
 * of the next (a few dozen UTF-16 code units each are enough). Never joins after 。！？.
 */
export function shouldJoin(tail: string, head: string): boolean {
  if (CJK_END.test(tail)) return false;
  const abbreviation = abbreviationClass(tail);
  if (abbreviation === 'always') return true;
  if (abbreviation === 'maybe') return !startsSentence(head);
  return LATIN_END.test(tail) && LOWER_START.test(head);
}
