/**
 * The selector shapes the anchor module reads and writes, inferred from lib/schema.ts so that a
 * described selection is always a valid stored annotation target.
 */
import type { z } from 'zod';
import type { textPositionSelectorSchema, textQuoteSelectorSchema } from '../schema';

/** W3C TextQuoteSelector: the quote and up to 32 UTF-16 units of context on each side. */
export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;
/** W3C TextPositionSelector: UTF-16 offsets into the article text, end exclusive. */
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>;

/** What anchoring reads of a quote selector (the `type` tag is not needed). */
export type QuoteInput = Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>;
/** What anchoring reads of a position selector. */
export type PositionInput = Pick<TextPositionSelector, 'start' | 'end'>;

/** A span of text: UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}
