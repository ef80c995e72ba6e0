import { describe, expect, it } from 'vitest';
import { textPositionSelectorSchema, textQuoteSelectorSchema } from '../schema';
import { CONTEXT_LENGTH, describeSelection } from './describe';

const TEXT = 'The port authority paid for most of the terminal. Fishermen complained about the dredging, which drove fish out of the bay.';

describe('describeSelection', () => {
  it('keeps the quote, 32 characters of context on each side and the position', () => {
    const start = TEXT.indexOf('Fishermen');
    const end = TEXT.indexOf(', which');
    const described = describeSelection(TEXT, start, end);
    expect(described).toEqual({
      ok: true,
      value: {
        quote: { type: 'TextQuoteSelector', exact: 'Fishermen complained about the dredging', prefix: TEXT.slice(start - CONTEXT_LENGTH, start), suffix: TEXT.slice(end, end + CONTEXT_LENGTH) },
        position: { type: 'TextPositionSelector', start, end },
      },
    });
    // What it describes is a valid stored selector.
    expect(textQuoteSelectorSchema.safeParse(described.ok && described.value.quote).success).toBe(true);
    expect(textPositionSelectorSchema.safeParse(described.ok && described.value.position).success).toBe(true);
  });

  it('keeps shorter context at the edges of the text', () => {
    const described = describeSelection(TEXT, 0, 8);
    expect(described.ok && described.value.quote).toMatchObject({ exact: 'The port', prefix: '', suffix: TEXT.slice(8, 40) });
  });

  it('never cuts a surrogate pair in the context', () => {
    const text = `😀${'a'.repeat(31)}quote${'b'.repeat(31)}😀`;
    const described = describeSelection(text, 33, 38);
    expect(described.ok && described.value.quote).toMatchObject({ exact: 'quote', prefix: 'a'.repeat(31), suffix: 'b'.repeat(31) });
  });

  it.each([
    ['empty', 5, 5, 'empty'],
    ['reversed', 9, 5, 'empty'],
    ['negative', -1, 5, 'outside the text'],
    ['past the end', 5, TEXT.length + 1, 'outside the text'],
    ['fractional', 1.5, 5, 'outside the text'],
  ])('fails for a %s span', (_, start, end, message) => {
    const described = describeSelection(TEXT, start, end);
    expect(described).toMatchObject({ ok: false, error: { code: 'invalidMessage' } });
    expect(!described.ok && described.error.message).toContain(message);
  });

  it('fails for white space alone and for a quote too long to store', () => {
    expect(describeSelection('a \n\t b', 1, 5)).toMatchObject({ ok: false, error: { message: 'The selection is only white space' } });
    expect(describeSelection('x'.repeat(10_001), 0, 10_001)).toMatchObject({ ok: false, error: { message: 'The selection is longer than 10000 characters' } });
  });
});
