/**
 * Words of a text by `Intl.Segmenter`. ICU's Chinese dictionary splits some news words (芯|片,
 * 算|力) and differs between browsers for traditional text, so these words suit per-page work,
 * not stored index keys (notes/matching.md).
 */
import type { Lang } from '../schema';
import { segmenterFor } from './segmenters';

// Words never span a line or a sentence end, and Node 20 segments one long string in superlinear
// time (66 KB of English: 3 s), so long text is segmented a chunk at a time.
const CHUNK_END = /[\n\r\u2028\u2029。！？]+|[.!?;]\s+/g;

function appendWords(chunk: string, segmenter: Intl.Segmenter, out: string[]): void {
  for (const { segment, isWordLike } of segmenter.segment(chunk)) {
    if (isWordLike) out.push(segment.toLowerCase());
  }
}

/**
 * The word-like segments of `text` in order (punctuation and spaces dropped), Latin letters
 * lower-cased in every language. `lang` picks the segmentation rules; [] for text without words.
 */
export function segmentWords(text: string, lang: Lang): string[] {
  const segmenter = segmenterFor(lang, 'word');
  const words: string[] = [];
  let from = 0;
  CHUNK_END.lastIndex = 0;
  for (let match = CHUNK_END.exec(text); match; match = CHUNK_END.exec(text)) {
    if (match.index > from) appendWords(text.slice(from, match.index), segmenter, words);
    from = match.index + match[0].length;
  }
  if (from < text.length) appendWords(from === 0 ? text : text.slice(from), segmenter, words);
  return words;
}
