import { describe, expect, it } from 'vitest';
import { sentenceBreaks } from './sentence-breaks';

describe('sentenceBreaks', () => {
  it('moves an opening bracket or quote after 。 to the next sentence', () => {
    const text = '已经展现。《金融时报》指出。“好”他说。';
    expect(sentenceBreaks(text, 'zh-Hans')).toEqual([text.indexOf('《'), text.indexOf('“')]);
  });

  it('treats a straight quote as opening only when its segment holds an odd number', () => {
    expect(sentenceBreaks('他说:"我们会赢。"然后离开了。', 'zh-Hans')).toEqual([10]);
    expect(sentenceBreaks('展现。"他说"很好。', 'zh-Hans')).toEqual([3]);
  });

  it('adds a break after an ellipsis followed by space and a new sentence only', () => {
    expect(sentenceBreaks('We waited … The talks failed.', 'en')).toEqual([11]);
    expect(sentenceBreaks('他说……我不知道。', 'zh-Hans')).toEqual([]);
  });
});
