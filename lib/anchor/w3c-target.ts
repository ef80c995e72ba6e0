/**
 * The selectors of a W3C Web Annotation (https://www.w3.org/TR/annotation-model/) as written by
 * other tools: `target` one object or a list, its `selector` one object or a list, selector types
 * we do not read (RangeSelector, XPathSelector…) and extra fields passed over, prefix and suffix
 * optional.
 */
import { z } from 'zod';
import { fail, ok, type Result } from '../result';
import { spanIsOrdered, spanMessage } from '../schema/primitives';
import { formatPath } from '../zod-errors';
import type { PositionInput, QuoteInput } from './types';

const quoteSchema = z.object({
  exact: z.string().min(1).max(10_000),
  // Longer than ClaimTrail stores (32), but bounded: context beyond a few dozen characters
  // adds nothing to anchoring and costs time.
  prefix: z.string().max(1000).default(''),
  suffix: z.string().max(1000).default(''),
});
const positionSchema = z.object({ start: z.int().min(0), end: z.int().min(0) }).refine(spanIsOrdered, spanMessage);
const withTarget = z.object({ target: z.unknown().refine((target) => target !== undefined, 'Required') });
const withSelector = z.object({ selector: z.unknown() });

/**
 * The selectors anchoring reads, from the first target that has a TextQuoteSelector. The position
 * is read as UTF-16 offsets, ClaimTrail's unit; the W3C model counts code points, which differ
 * only after an astral character, and a position is only the first try: the quote decides.
 */
export interface W3cSelectors {
  quote: QuoteInput;
  position?: PositionInput;
}

type Path = (string | number)[];

/**
 * Reads the quote (and position, if any) selector of a parsed W3C annotation. Fails with
 * `invalidMessage` and one line naming the field path (`target[1].selector.exact: …`).
 */
export function readW3cSelectors(annotation: unknown): Result<W3cSelectors> {
  const envelope = withTarget.safeParse(annotation);
  if (!envelope.success) return invalid(envelope.error, []);
  for (const [target, targetPath] of items(envelope.data.target, ['target'])) {
    // A target may also be a bare IRI: no selector to read there.
    const selectors = withSelector.safeParse(target);
    if (!selectors.success) continue;
    const listed = items(selectors.data.selector, [...targetPath, 'selector']);
    const quote = listed.find(([selector]) => typeOf(selector) === 'TextQuoteSelector');
    if (!quote) continue;
    const parsedQuote = quoteSchema.safeParse(quote[0]);
    if (!parsedQuote.success) return invalid(parsedQuote.error, quote[1]);
    const position = listed.find(([selector]) => typeOf(selector) === 'TextPositionSelector');
    if (!position) return ok({ quote: parsedQuote.data });
    const parsedPosition = positionSchema.safeParse(position[0]);
    if (!parsedPosition.success) return invalid(parsedPosition.error, position[1]);
    return ok({ quote: parsedQuote.data, position: parsedPosition.data });
  }
  return fail('invalidMessage', 'target.selector: no TextQuoteSelector in any target');
}

/** One value or a list of them, each with its path (indices only where there was a list). */
function items(value: unknown, path: Path): [unknown, Path][] {
  return Array.isArray(value) ? value.map((item, index): [unknown, Path] => [item, [...path, index]]) : [[value, path]];
}

function typeOf(selector: unknown): unknown {
  return typeof selector === 'object' && selector !== null ? (selector as { type?: unknown }).type : undefined;
}

function invalid(error: z.ZodError, base: Path): Result<never> {
  const problems = error.issues.map((issue) => `${formatPath([...base, ...issue.path])}: ${issue.message}`);
  return fail('invalidMessage', problems.join('; '));
}
