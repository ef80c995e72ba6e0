import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from './sentences';
import type { Lang } from '../schema';

const texts = (text: string, lang: Lang) => splitSentences(text, lang).map((s) => s.text);

describe('splitParagraphs', () => {
  it('splits on every line break, trims, drops blank lines and keeps offsets', () => {
    const text = '  First line \r\nSecond\n\n\u3000\u3000第三段\n   \n';
    const spans = splitParagraphs(text);
    expect(spans.map((s) => s.text)).toEqual(['First line', 'Second', '第三段']);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('gives nothing for blank text', () => {
    expect(splitParagraphs(' \n\t\n ')).toEqual([]);
  });
});

describe('splitSentences', () => {
  it('splits English and keeps offsets into the original text', () => {
    const text = '  Prices fell by a third. Will they recover?\n\nAnalysts doubt it!';
    const spans = splitSentences(text, 'en');
    expect(spans.map((s) => s.text)).toEqual(['Prices fell by a third.', 'Will they recover?', 'Analysts doubt it!']);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('splits Chinese on full-width sentence ends', () => {
    const text = '中国电池占欧洲储能的62%。价格下降了三分之一！这会持续吗？';
    expect(texts(text, 'zh-Hans')).toEqual(['中国电池占欧洲储能的62%。', '价格下降了三分之一！', '这会持续吗？']);
  });

  it('ends a sentence at a blank line or a single line break even without punctuation', () => {
    const text = 'A headline without a stop\n\nThe body begins.\nA second paragraph';
    expect(splitSentences(text, 'en').map((s) => [s.text, s.start])).toEqual([
      ['A headline without a stop', 0], ['The body begins.', 27], ['A second paragraph', 44],
    ]);
  });

  it('gives nothing for blank text', () => {
    expect(splitSentences(' \n\n ', 'en')).toEqual([]);
  });

  it('does not split after abbreviations, initials or titles', () => {
    expect(texts('The U.S. is not only retreating.', 'en')).toEqual(['The U.S. is not only retreating.']);
    expect(texts('Mr. Power said so. Dr. Li and Prof. Wang agreed, e.g. Beijing did.', 'en'))
      .toEqual(['Mr. Power said so.', 'Dr. Li and Prof. Wang agreed, e.g. Beijing did.']);
    expect(texts('J. Smith of Acme Inc. Holdings met the U.K. Treasury on Jan. 5 at No. 10 Downing St.', 'en')).toHaveLength(1);
    expect(texts('It sold 5 vs. 3 units at Smith & Co. last year.', 'en')).toHaveLength(1);
  });

  it('still splits after an abbreviation that ends a sentence', () => {
    expect(texts('China has already surpassed the U.S. This means it can deploy quickly.', 'en'))
      .toEqual(['China has already surpassed the U.S.', 'This means it can deploy quickly.']);
    expect(texts('She moved to the U.K. Her brother stayed.', 'en')).toEqual(['She moved to the U.K.', 'Her brother stayed.']);
  });

  it('keeps closing quotes with their sentence and the reporting clause after "!" or "?"', () => {
    expect(texts('He said: “We will win.” Then he left.', 'en')).toEqual(['He said: “We will win.”', 'Then he left.']);
    expect(texts('"We will win!" he said. "Why?" she asked.', 'en')).toEqual(['"We will win!" he said.', '"Why?" she asked.']);
    expect(texts('(Analysts expected more.) Then it fell.', 'en')).toEqual(['(Analysts expected more.)', 'Then it fell.']);
  });

  it('keeps Chinese quotes with their sentence and moves opening brackets forward', () => {
    expect(texts('他说：“我们会赢。”然后离开了。', 'zh-Hans')).toEqual(['他说：“我们会赢。”', '然后离开了。']);
    expect(texts('這一點,已經得到了展現。《金融時報》指出,中國領先。', 'zh-Hant')).toEqual(['這一點,已經得到了展現。', '《金融時報》指出,中國領先。']);
    expect(texts('已经展现。「他说」很好。', 'zh-Hans')).toEqual(['已经展现。', '「他说」很好。']);
    expect(texts('已经展现。"他说"很好。', 'zh-Hans')).toEqual(['已经展现。', '"他说"很好。']);
    expect(texts('真的吗？！当然。', 'zh-Hans')).toEqual(['真的吗？！', '当然。']);
  });

  it('does not split Chinese at ；, at an ellipsis inside a sentence or at English words', () => {
    expect(texts('中国在更开放的拥抱世界；美国则不仅在大幅收缩。', 'zh-Hans')).toHaveLength(1);
    expect(texts('他说……我不知道。', 'zh-Hans')).toEqual(['他说……我不知道。']);
    expect(texts('双方比拼的并不是谁能在研发最强大的 AI 大模型上 “短跑冲线”。', 'zh-Hans')).toHaveLength(1);
    expect(texts('苹果公司Apple Inc. 的CEO与U.S. 政府会面。', 'zh-Hans')).toHaveLength(1);
  });

  it('ends a sentence at an ellipsis followed by space and a new sentence', () => {
    expect(texts('We waited … The talks failed.', 'en')).toEqual(['We waited …', 'The talks failed.']);
    expect(texts('等等…… 他终于来了。', 'zh-Hans')).toEqual(['等等……', '他终于来了。']);
    expect(texts('We waited … and waited.', 'en')).toHaveLength(1);
  });

  it('splits a long single-line text as it splits the same text line by line', () => {
    const sentence = 'The Financial Times said that China is fully developing its own chips, as Mr. Li noted in the U.S. last week. ';
    const long = sentence.repeat(400);
    const spans = splitSentences(long, 'en');
    expect(spans).toHaveLength(400);
    expect(new Set(spans.map((s) => s.text))).toEqual(new Set([sentence.trim()]));
    for (const span of spans) expect(long.slice(span.start, span.end)).toBe(span.text);
  });
});
