/**
 * A text under edit that keeps track of one span through every edit: where the annotated quote
 * truly is after the page changed (test and benchmark support for re-anchoring).
 */
import type { Span } from './types';

/** A text, the true place of the annotated span in it (UTF-16 offsets), and what was edited. */
export class EditedText {
  text: string;
  /** Where the annotated text is now; `undefined` once it was destroyed. */
  span: Span | undefined;
  /** Every edited place so far (offsets in the current text): the near-duplicate avoids them. */
  readonly marks: Span[] = [];

  constructor(text: string, span: Span) {
    this.text = text;
    this.span = { ...span };
  }

  /**
   * Replaces `remove` UTF-16 units at offset `at` with `insert`. An edit must lie wholly before, after or
   * strictly inside the span (boundary edits would leave the truth ambiguous): otherwise nothing
   * happens and false is returned.
   */
  splice(at: number, remove: number, insert: string): boolean {
    const delta = insert.length - remove;
    const span = this.span;
    if (span) {
      if (at + remove <= span.start) this.span = { start: span.start + delta, end: span.end + delta };
      else if (at > span.start && at + remove < span.end) this.span = { start: span.start, end: span.end + delta };
      else if (at < span.end) return false;
    }
    for (const mark of this.marks) {
      if (mark.start >= at + remove) {
        mark.start += delta;
        mark.end += delta;
      } else if (mark.end > at) {
        mark.end = Math.max(at, Math.min(mark.end + delta, at + insert.length));
      }
    }
    this.marks.push({ start: at, end: at + insert.length });
    this.text = this.text.slice(0, at) + insert + this.text.slice(at + remove);
    return true;
  }

  /** Forgets the span: its text is about to be destroyed. */
  destroySpan(): void {
    this.span = undefined;
  }

  /** The paragraphs (runs of text between line breaks), in order. */
  paragraphs(): Span[] {
    return [...this.text.matchAll(/[^\n]+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  }

  /** Whether `paragraph` holds any of the span. */
  touchesSpan(paragraph: Span): boolean {
    return this.span !== undefined && paragraph.start < this.span.end && this.span.start < paragraph.end;
  }

  /** Where a paragraph may be inserted without cutting the span: indices for `insertParagraph`. */
  insertionSlots(paragraphs: readonly Span[]): number[] {
    const span = this.span;
    const slots = paragraphs.map((p, index) => (span && p.start > span.start && p.start < span.end ? -1 : index)).filter((index) => index >= 0);
    return [...slots, paragraphs.length];
  }

  /** The index of the paragraph holding the span, or -1. */
  spanParagraph(paragraphs: readonly Span[]): number {
    const span = this.span;
    return span ? paragraphs.findIndex((p) => p.start <= span.start && span.end <= p.end) : -1;
  }

  /** Inserts a paragraph before paragraph `index` (or after the last one when index = length). */
  insertParagraph(index: number, paragraph: string): void {
    const paragraphs = this.paragraphs();
    const next = paragraphs[index];
    if (next) this.splice(next.start, 0, `${paragraph}\n\n`);
    else this.splice(this.text.length, 0, `\n\n${paragraph}`);
  }

  /** Removes paragraph `index` with the line break that separates it from its neighbour. */
  removeParagraph(index: number): boolean {
    const paragraphs = this.paragraphs();
    const target = paragraphs[index];
    if (!target || paragraphs.length < 2) return false;
    const next = paragraphs[index + 1];
    const previous = paragraphs[index - 1];
    if (next) return this.splice(target.start, next.start - target.start, '');
    return this.splice(previous!.end, target.end - previous!.end, '');
  }
}
