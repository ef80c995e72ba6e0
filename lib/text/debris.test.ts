import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDebrisOnly, stripDebris } from './debris';

const shared = join(import.meta.dirname, '../../../shared');
const PINYIN_AFTER_HAN = /\p{Script=Han}[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü ]*[)）]/u;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

describe('stripDebris', () => {
  it('removes pinyin readings after Han characters', () => {
    expect(stripDebris('領(lǐng)域的實(shí)力')).toBe('領域的實力');
    expect(stripDebris('中文（zhōngwén）和拼音(pīn yīn)')).toBe('中文和拼音');
  });

  it('removes a reading whose opening bracket was mis-decoded', () => {
    expect(stripDebris('因?yàn)美國')).toBe('因美國');
    expect(stripDebris('因\ufffdyīn)為')).toBe('因為');
  });

  it('keeps real parentheticals', () => {
    for (const text of ['人工智能(AI)領域', '在(2024)年', 'The field of artificial intelligence (AI).', '咖啡(café)', 'Hello (wǒ)', '模型(model)']) {
      expect(stripDebris(text)).toBe(text);
    }
  });

  it('removes replacement and control characters', () => {
    expect(stripDebris('中\ufffd國\u0007人')).toBe('中國人');
  });

  it('removes image placeholders and collapses the space they leave', () => {
    expect(stripDebris('before ![]() after')).toBe('before after');
    expect(stripDebris('a ![chart](https://x.test/a.png) b [图片] c [圖片]')).toBe('a b c');
  });

  it('cleans the NetEase seed and its gold sentences of pinyin', () => {
    const text = readFileSync(join(shared, 'seeds/netease-zh-hant-repost-ft-says-china-will-laugh-last.txt'), 'utf8');
    expect(PINYIN_AFTER_HAN.test(text)).toBe(true);
    const clean = stripDebris(text);
    expect(PINYIN_AFTER_HAN.test(clean)).toBe(false);
    expect(clean).toContain('人工智能(AI)');
    const gold = JSON.parse(readFileSync(join(shared, 'eval/seeds-gold.json'), 'utf8')) as { pairs: { a: { doc: string; text: string }; b: { doc: string; text: string } }[] };
    const sentences = gold.pairs.flatMap((pair) => [pair.a, pair.b]).filter((side) => side.doc === 'netease-repost');
    expect(sentences.length).toBeGreaterThan(20);
    for (const { text: sentence } of sentences) expect(stripDebris(sentence)).not.toMatch(TONE_MARK);
  });
});

describe('isDebrisOnly', () => {
  it('is true for a line that is only a placeholder', () => {
    expect(isDebrisOnly('![]()')).toBe(true);
    expect(isDebrisOnly('  [圖片] ')).toBe(true);
  });

  it('is false for text with content and for blank text', () => {
    expect(isDebrisOnly('![]() 中國')).toBe(false);
    expect(isDebrisOnly('')).toBe(false);
    expect(isDebrisOnly('   ')).toBe(false);
  });
});
