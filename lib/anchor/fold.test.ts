import { describe, expect, it } from 'vitest';
import { fold, foldText, unfoldSpan } from './fold';

describe('foldText', () => {
  it('drops white space, keeps one break per paragraph break, folds width, quotes, dashes and case', () => {
    expect(fold('“Ｆｕｌｌ－width”\u00a0and\tcurly — dashes\r\n\r\n中国，美国。「好」、 ok\u200b')).toBe('"full-width"andcurly-dashes\n中国,美国."好",ok');
  });

  it('keeps for every folded unit the offset it came from', () => {
    const text = ' A  b\n\nC';
    const folded = foldText(text);
    expect(folded.text).toBe('ab\nc');
    expect([...folded.offsets]).toEqual([1, 4, 5, 7]);
    expect(unfoldSpan(folded, 1, 4)).toEqual({ start: 4, end: 8 });
  });

  it('leaves surrogate pairs and Han characters alone', () => {
    expect(fold('𠀀 漢字')).toBe('𠀀漢字');
  });
});
