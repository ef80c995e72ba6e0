/**
 * Paragraphs and sentences of an article text, as spans into it: passages show the original text
 * and anchor annotations by offset, so nothing here rewrites the text.
 */
import type { Lang } from '../schema';
import { isSpaceCode, sentenceBreaks } from './sentence-breaks';
import { shouldJoin } from './sentence-joins';

/** A sentence (or paragraph) of a text, with UTF-16 offsets into it (end exclusive), trimmed of white space. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

// A line's content from its first to its last non-space character.
const LINE_CONTENT = /\S(?:[^\n\r\u2028\u2029]*\S)?/g;
// Without any of these a paragraph is one sentence, and the segmenter need not run.
const TERMINATOR = /[.!?。！？｡︒﹒﹖﹗．‼⁇⁈⁉…⋯]/;
/** UTF-16 code units of context handed to the join rules on each side of a break. */
const CONTEXT = 40;

/**
 * The paragraphs of `text`: every line break ends one (the seeds and extractors give one paragraph
 * a line). Spans are trimmed, white-space-only lines are dropped; [] for blank text.
 */
export function splitParagraphs(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  LINE_CONTENT.lastIndex = 0;
  for (let match = LINE_CONTENT.exec(text); match; match = LINE_CONTENT.exec(text)) {
    spans.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** Appends the sentences of one paragraph, offsets shifted to the whole text. */
function appendSentences(paragraph: SentenceSpan, lang: Lang, out: SentenceSpan[]): void {
  const text = paragraph.text;
  const push = (start: number, end: number): void => {
    out.push({ text: text.slice(start, end), start: paragraph.start + start, end: paragraph.start + end });
  };
  if (!TERMINATOR.test(text)) return push(0, text.length);
  const breaks = sentenceBreaks(text, lang);
  let start = -1;
  let end = -1;
  let from = 0;
  for (let i = 0; i <= breaks.length; i++) {
    let pieceStart = from;
    let pieceEnd = breaks[i] ?? text.length;
    from = pieceEnd;
    while (pieceStart < pieceEnd && isSpaceCode(text.charCodeAt(pieceStart))) pieceStart++;
    while (pieceEnd > pieceStart && isSpaceCode(text.charCodeAt(pieceEnd - 1))) pieceEnd--;
    if (pieceStart === pieceEnd) continue;
    const joined = start >= 0
      && shouldJoin(text.slice(Math.max(start, end - CONTEXT), end), text.slice(pieceStart, pieceStart + CONTEXT));
    if (!joined) {
      if (start >= 0) push(start, end);
      start = pieceStart;
    }
    end = pieceEnd;
  }
  if (start >= 0) push(start, end);
}

/**
 * Splits `text` into sentences with `Intl.Segmenter` plus rules for news text: a line break always
 * ends a sentence; no break after abbreviations (Mr., U.S., Jan., e.g.) or initials (J. Smith)
 * unless the next word starts a sentence; closing quotes and brackets stay with their sentence,
 * opening ones go to the next; 。！？ end Chinese sentences, ； does not; an ellipsis ends one only
 * before white space and a sentence start. Spans are trimmed UTF-16 offsets into `text` (end
 * exclusive) with `text.slice(start, end) === span.text`; [] for blank text.
 */
export function splitSentences(text: string, lang: Lang): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  // Segmenting paragraph by paragraph also dodges Node 20's superlinear cost on long strings.
  for (const paragraph of splitParagraphs(text)) appendSentences(paragraph, lang, spans);
  return spans;
}
