import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLang, toSimplified } from './script';

const seeds = join(import.meta.dirname, '../../../shared/seeds');

describe('toSimplified', () => {
  it('converts Taiwan and Hong Kong forms to mainland simplified', () => {
    expect(toSimplified('中國的開源模型在表現上已經超過了美國')).toBe('中国的开源模型在表现上已经超过了美国');
    expect(toSimplified('還採取著截然不同的貿易政策')).toBe('还采取着截然不同的贸易政策');
  });

  it('leaves simplified Chinese and Latin text unchanged', () => {
    expect(toSimplified('中国的开源模型 AI')).toBe('中国的开源模型 AI');
    expect(toSimplified('The U.S. (AI)')).toBe('The U.S. (AI)');
  });
});

describe('detectLang', () => {
  it('tells the scripts of short sentences apart', () => {
    expect(detectLang('中国的开源模型在表现上已经超过了美国')).toBe('zh-Hans');
    expect(detectLang('中國的開源模型在表現上已經超過了美國')).toBe('zh-Hant');
    expect(detectLang('The Financial Times said so.')).toBe('en');
  });

  it('keeps Chinese with a few English words Chinese', () => {
    expect(detectLang('研发最强大的 AI 大模型上')).toBe('zh-Hans');
    expect(detectLang('苹果公司Apple Inc.的CEO说')).toBe('zh-Hans');
    expect(detectLang('指出AI的發展最終是要與實體經濟產生關聯的')).toBe('zh-Hant');
  });

  it('keeps English with a few Chinese words English', () => {
    expect(detectLang('The term 内卷 describes involution in the Chinese economy.')).toBe('en');
  });

  it('answers en for text without letters or Han characters', () => {
    expect(detectLang('')).toBe('en');
    expect(detectLang('123 — !!! 。')).toBe('en');
  });

  it('labels the seed articles: the NetEase repost is zh-Hant, the others en', () => {
    const langs = Object.fromEntries(readdirSync(seeds).map((file) => [file, detectLang(readFileSync(join(seeds, file), 'utf8'))]));
    for (const [file, lang] of Object.entries(langs)) expect(lang, file).toBe(file.startsWith('netease-') ? 'zh-Hant' : 'en');
  });

  it('labels every traditional paragraph of the NetEase seed zh-Hant, and its conversion zh-Hans', () => {
    const text = readFileSync(join(seeds, 'netease-zh-hant-repost-ft-says-china-will-laugh-last.txt'), 'utf8');
    const chinese = text.split('\n').filter((line) => /\p{Script=Han}{4}/u.test(line));
    expect(chinese.length).toBeGreaterThan(10);
    for (const line of chinese) {
      expect(detectLang(line), line).toBe('zh-Hant');
      expect(detectLang(toSimplified(line)), line).toBe('zh-Hans');
    }
  });
});
