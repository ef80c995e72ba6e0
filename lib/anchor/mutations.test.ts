import search from 'approx-string-match';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../tests/random';
import { EditedText } from './edited-text';
import { fold } from './fold';
import { LIGHT_EDITS, mutatePage, type MutationKind } from './mutations';

const EN = [
  'The city council voted on Tuesday to close the old bridge for repairs that will take 18 months.',
  'Engineers found cracks in two of the supporting piers during an inspection last spring.',
  'Commuters will be sent over the northern crossing, which the council says can take the extra traffic.',
  'Shop owners near the bridge fear that fewer people will pass their doors while it is closed.',
  'The mayor said the council would help affected businesses with a temporary rates discount.',
].join('\n\n');
const ZH = ['市议会周二投票决定关闭旧桥进行维修，工程将持续18个月。', '工程师在去年春天的检查中发现两个桥墩出现裂缝。', '通勤者将改走北边的大桥，议会表示那座桥可以承受额外的车流。', '桥附近的店主担心，封桥期间经过店门口的人会减少。'].join('\n\n');

const spanOf = (text: string, quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
const distance = (a: string, b: string) => search(a, b, b.length)[0]?.errors ?? b.length;

describe('mutatePage', () => {
  const cases: [string, string, string][] = [
    ['English', EN, 'Engineers found cracks in two of the supporting piers'],
    ['Chinese', ZH, '通勤者将改走北边的大桥，议会表示'],
  ];

  describe.each(cases)('on %s text', (_, text, quote) => {
    const span = spanOf(text, quote);
    const run = (kinds: MutationKind[], seed: number) => mutatePage(text, span, kinds, seededRandom(seed));

    it.each([1, 2, 3, 4, 5])('follows the quote exactly through paragraph and context edits (seed %i)', (seed) => {
      const mutated = run(['paragraphs', 'contextEdit'], seed);
      expect(mutated.text).not.toBe(text);
      expect(mutated.text.slice(mutated.truth!.start, mutated.truth!.end)).toBe(quote);
    });

    it.each([1, 2, 3])('keeps the quote equal but for white space through white-space edits (seed %i)', (seed) => {
      const mutated = run(['whitespace'], seed);
      expect(mutated.text).not.toBe(text);
      expect(fold(mutated.text.slice(mutated.truth!.start, mutated.truth!.end))).toBe(fold(quote));
    });

    it.each([1, 2, 3])('changes the quote by one or two characters in a quote edit (seed %i)', (seed) => {
      const mutated = run(['quoteEdit'], seed);
      const edited = mutated.text.slice(mutated.truth!.start, mutated.truth!.end);
      expect(edited).not.toBe(quote);
      expect(distance(edited, quote)).toBeLessThanOrEqual(2);
      expect(mutated.text.slice(0, mutated.truth!.start)).toBe(text.slice(0, span.start));
    });

    it.each([1, 2, 3])('adds a changed copy of the paragraph and leaves the original in place (seed %i)', (seed) => {
      const mutated = run(['nearDuplicate'], seed);
      expect(mutated.text.slice(mutated.truth!.start, mutated.truth!.end)).toBe(quote);
      expect(mutated.text.split('\n\n')).toHaveLength(text.split('\n\n').length + 1);
    });

    it.each([1, 2, 3])('destroys the original and leaves a changed copy in other context (seed %i)', (seed) => {
      const mutated = run(['duplicateOnly'], seed);
      expect(mutated.truth).toBeUndefined();
      expect(mutated.text).not.toContain(quote);
      const [copy] = search(mutated.text, quote, Math.floor(quote.length / 2));
      expect(copy?.errors).toBeGreaterThan(0);
      expect(copy?.errors).toBeLessThanOrEqual(9);
    });

    it('repeats itself for a seed', () => {
      expect(run([...LIGHT_EDITS, 'nearDuplicate'], 7)).toEqual(run([...LIGHT_EDITS, 'nearDuplicate'], 7));
    });
  });

  it('swaps ASCII and full-width punctuation in Chinese text', () => {
    const mutated = mutatePage(ZH, spanOf(ZH, '工程师在去年春天'), ['punctuation'], seededRandom(3));
    expect(mutated.text).not.toBe(ZH);
    expect(mutated.text.length).toBeLessThanOrEqual(ZH.length);
  });
});

describe('EditedText', () => {
  it('moves the span with edits before it, stretches it with edits inside, ignores edits after', () => {
    const text = new EditedText('0123456789', { start: 3, end: 6 });
    expect(text.splice(0, 1, 'ab')).toBe(true);
    expect(text.span).toEqual({ start: 4, end: 7 });
    expect(text.splice(5, 1, 'xyz')).toBe(true);
    expect(text.span).toEqual({ start: 4, end: 9 });
    expect(text.splice(9, 0, '!')).toBe(true);
    expect(text.text.slice(text.span!.start, text.span!.end)).toBe('3xyz5');
  });

  it('refuses an edit across the edge of the span', () => {
    const text = new EditedText('0123456789', { start: 3, end: 6 });
    expect(text.splice(2, 2, '')).toBe(false);
    expect(text.splice(3, 1, 'x')).toBe(false);
    expect(text.splice(5, 2, '')).toBe(false);
    expect(text.text).toBe('0123456789');
  });
});
