import { describe, expect, it } from 'vitest';
import { segmentWords } from './words';

describe('segmentWords', () => {
  it('gives lower-cased English words without punctuation', () => {
    expect(segmentWords('The U.S. market rose 3.5%. Prices fell!', 'en')).toEqual(['the', 'u.s', 'market', 'rose', '3.5', 'prices', 'fell']);
  });

  it('segments Chinese into words and keeps embedded English words', () => {
    const words = segmentWords('中国的开源模型已经超过了美国。AI大模型', 'zh-Hans');
    expect(words).toContain('中国');
    expect(words).toContain('美国');
    expect(words).toContain('ai');
    expect(words.join('')).toBe('中国的开源模型已经超过了美国ai大模型');
  });

  it('segments traditional Chinese', () => {
    expect(segmentWords('中國的開源模型', 'zh-Hant').join('')).toBe('中國的開源模型');
  });

  it('gives nothing for text without words', () => {
    expect(segmentWords(' 。，!? ', 'en')).toEqual([]);
    expect(segmentWords('', 'zh-Hans')).toEqual([]);
  });
});
