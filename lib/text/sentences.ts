/** A sentence of a text, with UTF-16 offsets into it (end exclusive), trimmed of white space. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/**
 * Splits text into sentences with `Intl.Segmenter`, which knows both English and Chinese
 * sentence ends (。！？ as well as . ! ?). Paragraph breaks (blank lines) always end a sentence.
 * Empty and white-space-only pieces are dropped.
 */
export function splitSentences(text: string, locale: string): SentenceSpan[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const spans: SentenceSpan[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    let cursor = 0;
    for (const line of segment.split(/\n\s*\n/)) {
      const at = segment.indexOf(line, cursor);
      cursor = at + line.length;
      const offset = index + at;
      const leading = line.length - line.trimStart().length;
      const trimmed = line.trim();
      if (trimmed) spans.push({ text: trimmed, start: offset + leading, end: offset + leading + trimmed.length });
    }
  }
  return spans;
}
