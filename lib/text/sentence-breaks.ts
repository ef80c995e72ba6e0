/**
 * Candidate sentence breaks inside one paragraph: `Intl.Segmenter`'s, with opening punctuation
 * moved to the sentence it opens, plus breaks after an ellipsis that starts a new sentence.
 * Which candidates to undo again (abbreviations and the like) is sentence-joins.ts's job.
 */
import type { Lang } from '../schema';
import { segmenterFor } from './segmenters';

// ICU counts every bracket and quote after a sentence end as closing it, so in all engines
// `…展现。《金融时报》指出` breaks after 《 (notes/matching-experiments.md §2).
const OPENERS = new Set([...'“‘«「『《〈【〔〖（([{［｛'].map((c) => c.charCodeAt(0)));
// Straight quotes open and close alike: one is an opener when its segment holds an odd number.
const STRAIGHT_QUOTES = new Set([0x22, 0xff02]);

// An ellipsis ends a sentence only where white space and a sentence start follow it. ICU already
// does so for `...` before a capital, not for `…`, `……` or `⋯`, and never before Han text.
const ELLIPSIS_BREAK = /(?:\u2026+|\.{3,}|\u22ef+)[”’"')\]）」』》〉】]*(?=\s+[\p{Lu}\p{Script=Han}“‘"'(（「『《【])/gu;

/** True for the UTF-16 code units that `\s` matches. */
export function isSpaceCode(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 32 || code === 0xa0 || code === 0x1680
    || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f
    || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function countStraightQuotes(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (STRAIGHT_QUOTES.has(text.charCodeAt(i))) count++;
  return count;
}

/** Moves a break at `end` back over trailing space and opening punctuation of the segment. */
function shiftOpeners(text: string, segmentStart: number, end: number): number {
  let cut = end;
  while (cut > segmentStart && isSpaceCode(text.charCodeAt(cut - 1))) cut--;
  const beforeOpeners = cut;
  while (cut > segmentStart && OPENERS.has(text.charCodeAt(cut - 1))) cut--;
  const last = text.charCodeAt(cut - 1);
  if (cut > segmentStart && STRAIGHT_QUOTES.has(last) && countStraightQuotes(text, segmentStart, cut) % 2 === 1) cut--;
  return cut === beforeOpeners ? end : cut;
}

// Node 20 segments one long string in superlinear time (a 100 KB line: 150 ms against 6 ms in
// paragraphs), so long paragraphs go to ICU a window at a time, each restarting at a break.
const WINDOW = 4000;
// Breaks this close to a window's cut may depend on text past it: the next window redoes them.
const LOOKAHEAD = 200;

/** Appends ICU's breaks in `chunk` (shifted by `offset`) up to `limit`; returns the last one or `offset`. */
function collectBreaks(chunk: string, offset: number, limit: number, lang: Lang, out: number[]): number {
  let last = offset;
  for (const { index } of segmenterFor(lang, 'sentence').segment(chunk)) {
    if (index === 0) continue;
    if (offset + index > limit) break;
    last = offset + index;
    out.push(last);
  }
  return last;
}

function icuBreaks(paragraph: string, lang: Lang): number[] {
  const breaks: number[] = [];
  let from = 0;
  while (paragraph.length - from > WINDOW) {
    const limit = from + WINDOW - LOOKAHEAD;
    const last = collectBreaks(paragraph.slice(from, from + WINDOW), from, limit, lang, breaks);
    from = last > from ? last : limit;
  }
  collectBreaks(from === 0 ? paragraph : paragraph.slice(from), from, paragraph.length, lang, breaks);
  return breaks;
}

/**
 * Offsets (UTF-16, into `paragraph`, ascending, without 0 or the length) where a sentence may
 * end. Breaks can leave white-space-only pieces between them; callers trim and drop those.
 */
export function sentenceBreaks(paragraph: string, lang: Lang): number[] {
  const breaks: number[] = [];
  let segmentStart = 0;
  for (const index of icuBreaks(paragraph, lang)) {
    breaks.push(shiftOpeners(paragraph, segmentStart, index));
    segmentStart = index;
  }
  ELLIPSIS_BREAK.lastIndex = 0;
  let added = false;
  for (let match = ELLIPSIS_BREAK.exec(paragraph); match; match = ELLIPSIS_BREAK.exec(paragraph)) {
    breaks.push(match.index + match[0].length);
    added = true;
  }
  return added ? [...new Set(breaks)].sort((a, b) => a - b) : breaks;
}
