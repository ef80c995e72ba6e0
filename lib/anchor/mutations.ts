/**
 * Seeded page mutations for measuring re-anchoring (anchor-seeds.test.ts, benchmarks): the edits
 * a news page goes through after a reader annotated it, each applied through `EditedText` so the
 * annotated span's true place in the mutated text is known exactly (or known to be gone).
 */
import search from 'approx-string-match';
import { EditedText } from './edited-text';
import type { Span } from './types';

/** One kind of page change. */
export type MutationKind =
  /** Paragraphs inserted and removed elsewhere (never the annotated one). */
  | 'paragraphs'
  /** Spaces doubled or made non-breaking; spaces put beside Chinese characters. */
  | 'whitespace'
  /** Quote marks, dashes and commas swapped; ASCII ↔ full-width in Chinese text. */
  | 'punctuation'
  /** One or two characters changed, dropped or added inside the quote. */
  | 'quoteEdit'
  /** One or two characters edited within 32 characters before or after the quote. */
  | 'contextEdit'
  /** A copy of the annotated paragraph with a word of the quote changed, inserted elsewhere. */
  | 'nearDuplicate'
  /** The annotated paragraph removed; the quote with a word changed put in another paragraph. */
  | 'duplicateOnly';

/** The edits after which the annotation must still be found. */
export const LIGHT_EDITS: readonly MutationKind[] = ['paragraphs', 'whitespace', 'punctuation', 'quoteEdit', 'contextEdit'];

/** A mutated page and the annotated span's true place in it (UTF-16 offsets), if it survived. */
export interface MutatedPage {
  text: string;
  truth: Span | undefined;
}

/**
 * Applies `kinds` in order to `text`, following `span` (UTF-16 offsets); `random` is a seeded PRNG
 * in [0, 1). The two duplicate kinds leave a quote that spans paragraphs alone; `duplicateOnly`
 * throws if no paragraph apart from the quote's and its neighbours is left to build on.
 */
export function mutatePage(text: string, span: Span, kinds: readonly MutationKind[], random: () => number): MutatedPage {
  const page = new EditedText(text, span);
  const tools = { page, original: { text, span }, random, cjk: isCjk(text), pick: <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]! };
  for (const kind of kinds) mutators[kind](tools);
  return { text: page.text, truth: page.span };
}

interface Tools {
  page: EditedText;
  /** The page as it was annotated. */
  original: { text: string; span: Span };
  random: () => number;
  cjk: boolean;
  pick: <T>(items: readonly T[]) => T;
}

const between = (random: () => number, low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const HAN = /\p{Script=Han}/u;
const isCjk = (text: string) => (text.match(/\p{Script=Han}/gu)?.length ?? 0) > text.length / 4;

const mutators: Record<MutationKind, (tools: Tools) => void> = {
  paragraphs: (tools) => {
    for (let i = between(tools.random, 1, 2); i > 0; i -= 1) insertFiller(tools);
    for (let i = between(tools.random, 1, 2); i > 0; i -= 1) {
      const paragraphs = tools.page.paragraphs();
      const others = paragraphs.map((_, index) => index).filter((index) => !tools.page.touchesSpan(paragraphs[index]!));
      if (others.length > 0) tools.page.removeParagraph(tools.pick(others));
    }
  },
  whitespace: (tools) => editAround(tools, between(tools.random, 4, 8), () => [0, tools.page.text.length], whitespaceEdit),
  punctuation: (tools) => editAround(tools, between(tools.random, 3, 6), () => [0, tools.page.text.length], punctuationEdit),
  quoteEdit: (tools) => {
    const span = tools.page.span;
    if (span && span.end - span.start >= 4) editAround(tools, between(tools.random, 1, 2), () => [span.start + 1, tools.page.span!.end - 1], characterEdit);
  },
  contextEdit: (tools) => {
    const span = tools.page.span;
    if (!span) return;
    editAround(tools, 1, () => [Math.max(0, tools.page.span!.start - 32), tools.page.span!.start], characterEdit);
    editAround(tools, 1, () => [tools.page.span!.end, Math.min(tools.page.text.length, tools.page.span!.end + 32)], characterEdit);
  },
  nearDuplicate: (tools) => {
    const paragraphs = tools.page.paragraphs();
    const own = paragraphs[tools.page.spanParagraph(paragraphs)];
    const span = tools.page.span;
    if (!own || !span) return;
    const copy = changeWord(tools, tools.page.text, span, own);
    tools.page.insertParagraph(between(tools.random, 0, paragraphs.length), copy);
  },
  duplicateOnly: (tools) => {
    const paragraphs = tools.page.paragraphs();
    const index = tools.page.spanParagraph(paragraphs);
    const span = tools.page.span;
    if (index < 0 || !span) return;
    const changed = changeWord(tools, tools.page.text, span, span);
    const { before, after } = otherContext(tools.original);
    if (before.length === 0 || after.length === 0) throw new Error('duplicateOnly needs paragraphs apart from the quote and its neighbours');
    const gap = tools.cjk ? '' : ' ';
    const paragraph = `${tools.pick(before).slice(-120)}${gap}${changed}${gap}${tools.pick(after).slice(0, 120)}`;
    tools.page.destroySpan();
    tools.page.removeParagraph(index);
    // Not into the old place either, where the old neighbours would be its context again.
    const slots = Array.from({ length: paragraphs.length }, (_, slot) => slot).filter((slot) => Math.abs(slot - index) > 1);
    tools.page.insertParagraph(slots.length > 0 ? tools.pick(slots) : paragraphs.length - 1, paragraph);
  },
};

/**
 * Paragraphs of the page as it was annotated to stand before and after the changed copy: not the
 * quote's paragraph or its neighbours, and none whose end (before) or start (after) holds the text
 * that stood just before or after the quote.
 */
function otherContext(original: { text: string; span: Span }): { before: string[]; after: string[] } {
  const { text, span } = original;
  const page = new EditedText(text, span);
  const paragraphs = page.paragraphs();
  const index = page.spanParagraph(paragraphs);
  const others = paragraphs.filter((_, i) => Math.abs(i - index) > 1).map((p) => text.slice(p.start, p.end));
  const [nearBefore, nearAfter] = [text.slice(Math.max(0, span.start - 12), span.start), text.slice(span.end, span.end + 12)].map((s) => s.trim());
  const lacks = (near: string | undefined, edge: string) => !near || near.length < 4 || !edge.includes(near);
  return { before: others.filter((p) => lacks(nearBefore, p.slice(-40))), after: others.filter((p) => lacks(nearAfter, p.slice(0, 40))) };
}

/** Up to `count` edits by `edit` at random places in `range()` (re-read after every edit). */
function editAround(tools: Tools, count: number, range: () => [number, number], edit: (tools: Tools, at: number) => boolean): void {
  let done = 0;
  for (let tries = 0; done < count && tries < count * 40; tries += 1) {
    const [low, high] = range();
    if (high <= low) return;
    if (edit(tools, between(tools.random, low, high - 1))) done += 1;
  }
}

// A space doubled, tripled, made non-breaking or followed by a tab (re-flowed or pasted text).
const SPACE_VARIANTS = ['  ', '   ', '\u00a0', ' \t'];

function whitespaceEdit(tools: Tools, at: number): boolean {
  const { page } = tools;
  const char = page.text[at]!;
  if (char === ' ') return page.splice(at, 1, tools.pick(SPACE_VARIANTS));
  // Chinese sources disagree on `AI 大模型` vs `AI大模型`: a space may appear beside any character.
  if (tools.cjk && HAN.test(char) && page.text[at - 1] !== '\n') return page.splice(at, 0, ' ');
  return false;
}

// ASCII ↔ full-width, straight ↔ curly, Western ↔ Chinese corner quotes, hyphen ↔ dashes (both
// ways); then edits one way only: a comma turned into a semicolon, a dropped comma, an enumeration
// comma.
const SWAP_BOTH_WAYS = ['，,', '。.', '：:', '；;', '？?', '！!', '（(', '）)', '“"', '”"', '「“', '」”', "’'", '-–', '-—', '–—'];
const SWAP_ONE_WAY = [[',', ';'], [',', ''], ['，', '、'], [';', ',']];
const SWAPS = new Map<string, string[]>();
for (const [from, to] of [...SWAP_BOTH_WAYS.flatMap(([a, b]) => [[a!, b!], [b!, a!]]), ...SWAP_ONE_WAY]) SWAPS.set(from!, [...(SWAPS.get(from!) ?? []), to!]);

function punctuationEdit(tools: Tools, at: number): boolean {
  const swaps = SWAPS.get(tools.page.text[at]!);
  // A full stop in English text becomes 。 only in the Chinese seeds, where reposts do that.
  if (!swaps || (!tools.cjk && tools.page.text[at] === '.')) return false;
  return tools.page.splice(at, 1, tools.pick(swaps));
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function characterEdit(tools: Tools, at: number): boolean {
  const { page } = tools;
  const char = page.text[at]!;
  // Line breaks delimit paragraphs; an edit there would merge or split them.
  if (char === '\n' || /[\ud800-\udfff]/.test(char)) return false;
  const replacement = HAN.test(char) ? otherHan(tools, char) : /\d/.test(char) ? String((Number(char) + between(tools.random, 1, 9)) % 10) : tools.pick([...LETTERS].filter((c) => c !== char.toLowerCase()));
  const operation = between(tools.random, 0, 2);
  if (operation === 0) return page.splice(at, 1, replacement);
  if (operation === 1) return page.splice(at, 1, '');
  return page.splice(at, 0, replacement);
}

/** A Han character of the page other than `char`: an edit a Chinese page could really make. */
function otherHan(tools: Tools, char: string): string {
  const text = tools.page.text;
  for (let tries = 0; tries < 200; tries += 1) {
    const candidate = text[Math.floor(tools.random() * text.length)]!;
    if (candidate !== char && HAN.test(candidate)) return candidate;
  }
  return char === '中' ? '美' : '中';
}

function insertFiller(tools: Tools): void {
  const paragraphs = tools.page.paragraphs();
  const source = tools.pick(paragraphs.filter((paragraph) => !tools.page.touchesSpan(paragraph)));
  if (!source) return;
  // Another paragraph turned around at a random point: the page's own vocabulary, new sentences.
  const text = tools.page.text.slice(source.start, source.end);
  // Cut near the middle: a cut near an end would leave a near-copy of the source paragraph.
  const cut = between(tools.random, Math.floor(text.length / 4), Math.ceil((text.length * 3) / 4));
  tools.page.insertParagraph(tools.pick(tools.page.insertionSlots(paragraphs)), `${text.slice(cut).trim()}${tools.cjk ? '' : ' '}${text.slice(0, cut).trim()}`);
}

const WORDS_EN = ['Japan', 'Europe', 'India', 'never', 'rarely', 'billions', 'slower', 'weaker', 'officials', 'investors', 'startups', 'Brussels', 'yesterday'];
const WORDS_ZH = ['日本', '歐洲', '印度', '政府', '企業', '投資', '市場', '官員', '銀行', '法院', '東京', '議會'];

/**
 * `text.slice(region)` with one word inside `span` replaced (a number by another number): a word
 * no earlier mutation touched, so the copy is further from the stored quote than the original.
 */
function changeWord(tools: Tools, text: string, span: Span, region: Span): string {
  const tokens = (pattern: RegExp) => [...text.slice(span.start, span.end).matchAll(pattern)].map((m) => ({ start: span.start + m.index, end: span.start + m.index + m[0].length, word: m[0] }));
  // A quote too short for a whole word (`to a mar`) still gets its copy changed.
  const long = tokens(tools.cjk ? /\p{Script=Han}{2}/gu : /[\p{L}\p{N}]{3,}|\d+/gu);
  const words = long.length > 0 ? long : tokens(/[\p{L}\p{N}]+/gu);
  const untouched = words.filter((w) => !tools.page.marks.some((mark) => w.start <= mark.end && mark.start <= w.end));
  const chosen = tools.pick(untouched.length > 0 ? untouched : words);
  if (!chosen) return text.slice(region.start, region.end);
  const replacement = replacementFor(tools, chosen.word);
  return text.slice(region.start, chosen.start) + replacement + text.slice(chosen.end, region.end);
}

function replacementFor(tools: Tools, word: string): string {
  if (/^\d+$/.test(word)) {
    const digits = [...word].map((d) => String((Number(d) + between(tools.random, 1, 9)) % 10)).join('');
    return word.length === 1 ? `${digits}${between(tools.random, 1, 9)}` : digits;
  }
  const pool = tools.cjk ? WORDS_ZH : WORDS_EN;
  // At least two edits away, so that a copy never ties with an original that had two edits.
  const far = pool.filter((candidate) => (search(candidate, word, word.length)[0]?.errors ?? word.length) >= 2);
  return tools.pick(far.length > 0 ? far : pool);
}
