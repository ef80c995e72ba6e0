import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('splits English and keeps offsets into the original text', () => {
    const text = '  Prices fell by a third. Will they recover?\n\nAnalysts doubt it!';
    const spans = splitSentences(text, 'en');
    expect(spans.map((s) => s.text)).toEqual(['Prices fell by a third.', 'Will they recover?', 'Analysts doubt it!']);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('splits Chinese on full-width sentence ends', () => {
    const text = '中国电池占欧洲储能的62%。价格下降了三分之一！这会持续吗？';
    expect(splitSentences(text, 'zh-Hans').map((s) => s.text)).toEqual(['中国电池占欧洲储能的62%。', '价格下降了三分之一！', '这会持续吗？']);
  });

  it('ends a sentence at a paragraph break even without punctuation', () => {
    const text = 'A headline without a stop\n\nThe body begins.';
    expect(splitSentences(text, 'en').map((s) => [s.text, s.start])).toEqual([['A headline without a stop', 0], ['The body begins.', 27]]);
  });

  it('gives nothing for blank text', () => {
    expect(splitSentences(' \n\n ', 'en')).toEqual([]);
  });
});
