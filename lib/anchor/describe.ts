/**
 * A reader's selection → the selectors stored with an annotation: the quote with its context
 * (which survives edits elsewhere on the page) and the position (the cheap first try).
 */
import { fail, ok, type Result } from '../result';
import type { TextPositionSelector, TextQuoteSelector } from './types';

/** How much context is kept on each side, in UTF-16 units (Hypothesis keeps 32 too). */
export const CONTEXT_LENGTH = 32;
/** The longest quote a stored selector may hold (textQuoteSelectorSchema). */
const MAX_QUOTE = 10_000;

/** Both selectors of one selection. */
export interface SelectionDescription {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/**
 * Describes `text.slice(start, end)`; `start` and `end` are UTF-16 offsets into `text`, end
 * exclusive. Fails (`invalidMessage`) for an empty, reversed, out-of-range, blank or over-long span.
 */
export function describeSelection(text: string, start: number, end: number): Result<SelectionDescription> {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
    return fail('invalidMessage', `The selection ${start}–${end} is outside the text (0–${text.length})`);
  }
  if (end <= start) return fail('invalidMessage', `The selection ${start}–${end} is empty`);
  const exact = text.slice(start, end);
  if (!exact.trim()) return fail('invalidMessage', 'The selection is only white space');
  if (exact.length > MAX_QUOTE) return fail('invalidMessage', `The selection is longer than ${MAX_QUOTE} characters`);
  return ok({
    quote: { type: 'TextQuoteSelector', exact, prefix: wholeUnits(text.slice(Math.max(0, start - CONTEXT_LENGTH), start), 'start'), suffix: wholeUnits(text.slice(end, end + CONTEXT_LENGTH), 'end') },
    position: { type: 'TextPositionSelector', start, end },
  });
}

// A context cut through a surrogate pair would store half an emoji or a rare Han character,
// which no later page text can match and JSON tools may reject.
function wholeUnits(context: string, cut: 'start' | 'end'): string {
  if (cut === 'start' && /^[\udc00-\udfff]/.test(context)) return context.slice(1);
  if (cut === 'end' && /[\ud800-\udbff]$/.test(context)) return context.slice(0, -1);
  return context;
}
