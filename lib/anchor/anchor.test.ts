import { describe, expect, it } from 'vitest';
import { anchorSelectors, type AnchorResult } from './anchor';
import { describeSelection } from './describe';
import { MIN_SCORE } from './score';

const PARAGRAPHS = [
  'Harbour officials opened the new container terminal on Monday after three years of work.',
  'The terminal can handle 40 ships a week, according to the port authority, which paid for most of it.',
  'Shipping lines said the extra berths would cut waiting times during the winter peak.',
  'Local fishermen, however, complained that the dredging had driven fish out of the bay.',
  'The authority promised a review of the dredging schedule before the next season.',
];
const page = (paragraphs: readonly string[]) => paragraphs.join('\n\n');
const TEXT = page(PARAGRAPHS);

/** The selectors of `quote` where it occurs in `text` (the first time). */
function selectorsOf(text: string, quote: string) {
  const start = text.indexOf(quote);
  const described = describeSelection(text, start, start + quote.length);
  if (!described.ok) throw new Error(described.error.message);
  return described.value;
}

function textAt(text: string, result: AnchorResult): string | undefined {
  return result.status === 'anchored' ? text.slice(result.start, result.end) : undefined;
}

describe('anchorSelectors', () => {
  const quote = 'can handle 40 ships a week';
  const { quote: stored, position } = selectorsOf(TEXT, quote);

  it('takes the stored position while its text is still the quote', () => {
    expect(anchorSelectors(TEXT, stored, position)).toEqual({ status: 'anchored', start: position.start, end: position.end, score: 1, method: 'position' });
  });

  it('finds the exact quote after the text before it changed', () => {
    const text = page(['A new first paragraph about the weather.', ...PARAGRAPHS]);
    const result = anchorSelectors(text, stored, position);
    expect(result).toMatchObject({ status: 'anchored', method: 'exact' });
    expect(textAt(text, result)).toBe(quote);
  });

  it('picks the occurrence whose context fits when the quote occurs twice', () => {
    const text = page([PARAGRAPHS[0]!, 'A rival port said its own terminal can handle 40 ships a week as well.', ...PARAGRAPHS.slice(1)]);
    const result = anchorSelectors(text, stored);
    expect(result).toMatchObject({ status: 'anchored', method: 'exact' });
    expect(result.status === 'anchored' && result.start).toBe(text.lastIndexOf(quote));
  });

  it('finds an edited quote approximately, with offsets in the edited text', () => {
    const text = TEXT.replace(quote, 'can handel 40 ship a week');
    const result = anchorSelectors(text, stored, position);
    expect(result).toMatchObject({ status: 'anchored', method: 'fuzzy' });
    expect(textAt(text, result)).toBe('can handel 40 ship a week');
  });

  it('ignores white space, width and case, and maps offsets back to the original', () => {
    const text = TEXT.replace(quote, 'can  handle\u00a040\u2009ships a ＷＥＥＫ');
    const result = anchorSelectors(text, stored, position);
    expect(result).toMatchObject({ status: 'anchored', method: 'exact', score: 1 });
    expect(textAt(text, result)).toBe('can  handle\u00a040\u2009ships a ＷＥＥＫ');
  });

  it('anchors Chinese text after ASCII ↔ full-width punctuation changes and spaces around Latin words', () => {
    const zh = page(['港口管理局周一宣布，新码头每周可以处理40艘船。', '渔民表示，疏浚工程把鱼赶出了海湾，他们要求重新评估。', '管理局承诺在下一季之前审查疏浚计划。']);
    const selection = selectorsOf(zh, '渔民表示，疏浚工程把鱼赶出了海湾');
    const edited = zh.replace('渔民表示，疏浚工程', '渔民表示, 疏浚 工程').replace('宣布，', '宣布,');
    const result = anchorSelectors(edited, selection.quote, selection.position);
    expect(result).toMatchObject({ status: 'anchored', method: 'exact' });
    expect(textAt(edited, result)).toBe('渔民表示, 疏浚 工程把鱼赶出了海湾');
  });

  it('is an orphan when nothing like the quote is left', () => {
    const result = anchorSelectors(page(PARAGRAPHS.filter((p) => !p.includes(quote))), stored, position);
    expect(result.status).toBe('orphan');
    expect(result.score).toBeLessThan(MIN_SCORE);
  });

  it('is an orphan for a quote that folds to nothing, without throwing', () => {
    expect(anchorSelectors(TEXT, { exact: ' \n ', prefix: '', suffix: '' })).toEqual({ status: 'orphan', score: 0 });
    expect(anchorSelectors('', stored, position)).toMatchObject({ status: 'orphan' });
  });

  it('does not take a stored position past the end of the text', () => {
    const result = anchorSelectors(TEXT.slice(0, position.end - 1), stored, position);
    expect(result.status === 'anchored' ? result.end : 0).toBeLessThanOrEqual(position.end - 1);
  });
});

describe('anchorSelectors with near-duplicates (a repost beside the original)', () => {
  const sentence = 'Shipping lines said the extra berths would cut waiting times during the winter peak.';
  const { quote: stored, position } = selectorsOf(TEXT, sentence);
  const repost = 'Shipping lines said the extra berths would cut waiting times during the summer peak.';

  it('stays on the lightly edited original when a changed copy is inserted before it', () => {
    const edited = sentence.replace('extra', 'exta');
    const text = page([PARAGRAPHS[0]!, repost, PARAGRAPHS[1]!, edited, ...PARAGRAPHS.slice(3)]);
    const result = anchorSelectors(text, stored, position);
    expect(result).toMatchObject({ status: 'anchored', method: 'fuzzy' });
    expect(textAt(text, result)).toBe(edited);
  });

  it('stays on the original when the copy sits right after it and takes over its old neighbour', () => {
    const edited = sentence.replace('would cut', 'would  cut,');
    const text = page([...PARAGRAPHS.slice(0, 2), edited, repost, ...PARAGRAPHS.slice(3)]);
    const result = anchorSelectors(text, stored, position);
    expect(result.status === 'anchored' && result.start).toBe(text.indexOf(edited));
  });

  it('orphans rather than take a changed copy standing in other context once the original is gone', () => {
    const elsewhere = `Analysts were unconvinced. ${repost} They expect delays to continue.`;
    const text = page([...PARAGRAPHS.slice(0, 2), ...PARAGRAPHS.slice(3), elsewhere]);
    const result = anchorSelectors(text, stored, position);
    expect(result.status).toBe('orphan');
    expect(result.score).toBeLessThan(MIN_SCORE);
  });

  it('orphans rather than take a copy with a changed number', () => {
    const { quote: numbers } = selectorsOf(TEXT, PARAGRAPHS[1]!);
    const text = page([PARAGRAPHS[0]!, ...PARAGRAPHS.slice(2), 'Figures released later told another story.', PARAGRAPHS[1]!.replace('40', '25'), 'Nobody at the port would comment.']);
    expect(anchorSelectors(text, numbers).status).toBe('orphan');
  });
});
