import { describe, expect, it } from 'vitest';
import { normalizeForMatch, normalizeKey } from './normalize';

describe('normalizeKey', () => {
  it('folds width, quotes, dashes, white space and case', () => {
    expect(normalizeKey('  ＡＢＣ１２３，Ｘ\u3000“Quoted” ‘single’ „low‟ 5″ 3′ ')).toBe('abc123,x "quoted" \'single\' "low" 5" 3\'');
    expect(normalizeKey('a—b–c―d')).toBe('a-b-c-d');
    expect(normalizeKey('Line\n\n\tbreaks  and\u00a0spaces')).toBe('line breaks and spaces');
  });

  it('drops invisible characters and leaves Han text alone', () => {
    expect(normalizeKey('zero\u200bwidth\ufeff')).toBe('zerowidth');
    expect(normalizeKey('中國《金融時報》。')).toBe('中國《金融時報》。');
  });

  it('matches boilerplate in its desktop and mobile forms', () => {
    expect(normalizeKey('特別聲明：以上內容')).toBe(normalizeKey('特別聲明:以上內容'));
  });

  it('gives "" for blank text', () => {
    expect(normalizeKey(' \n\t ')).toBe('');
  });
});

describe('normalizeForMatch', () => {
  it('makes traditional, simplified and debris-laden forms of a sentence equal', () => {
    const simplified = '《金融时报》指出，中国的开源模型在表现上已经超过了美国的同类产品。';
    const traditional = '《金融時報(bào)》指出,中國的開源模型在表現(xiàn)上已經(jīng)超過了美國的同類產(chǎn)品。';
    expect(normalizeForMatch(traditional)).toBe(normalizeForMatch(simplified));
  });

  it('ignores spaces next to Han characters and unifies corner quotes', () => {
    expect(normalizeForMatch('研發最強大的 AI 大模型上 “短跑沖線”')).toBe(normalizeForMatch('研发最强大的AI大模型上「短跑冲线」'));
  });

  it('keeps English word spacing', () => {
    expect(normalizeForMatch('The  U.S. is “not” retreating')).toBe('the u.s. is "not" retreating');
  });
});
