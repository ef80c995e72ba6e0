/**
 * The gloss table on the real generated file (run `npm run build:gloss` first) and, as acceptance,
 * on the seed translation pair read from ../shared at test time, never copied.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GlossTable } from './gloss-table';
import { loadGlossTable } from './load-gloss';
import { stemWord } from './stem';
import { ENGLISH_STOPWORDS } from './stopwords';

const table = loadGlossTable();
const words = (text: string): string[] => table.slots(text).map((slot) => slot.word);

describe('GlossTable.segment', () => {
  it.each(['芯片', '算力', '马拉松', '金融时报', '开源', '数据中心', '人工智能'])('keeps the news word %s whole', (word) => {
    expect(table.segment(`英国的${word}已经领先`)).toContain(word);
  });

  it('keeps 大模型 whole if CC-CEDICT has it, else splits it into 大 and 模型', () => {
    const expected = table.lookup('大模型') ? ['大模型'] : ['大', '模型'];
    expect(table.segment('大模型')).toEqual(expected);
  });

  it('keeps function words whole: they are headwords with no stems', () => {
    expect(table.segment('中国芯片算力不足甚至落后')).toEqual(['中国', '芯片', '算力', '不足', '甚至', '落后']);
    expect(table.segment('已经超过')).toEqual(['已经', '超过']);
    expect(table.lookup('已经')).toEqual({ stems: [], proper: false });
  });

  it('never merges Latin letters or digits with Han characters', () => {
    expect(table.segment('AI大模型')).toEqual(['AI', '大', '模型']);
    expect(table.segment('GPT-4和DeepSeek')).toEqual(['GPT', '-', '4', '和', 'DeepSeek']);
  });

  it('returns tokens that concatenate back to the input', () => {
    const text = '英国《金融时报》指出, 中国 AI 模型 2025年\n已经𠀀超过';
    expect(table.segment(text).join('')).toBe(text);
  });

  it('breaks ties toward the longer earlier word and lets unknown characters stand alone', () => {
    const small = GlossTable.fromText('研究\tresearch\n研究生\tgraduat student\n生命\tlife\n命\tfate\n');
    expect(small.segment('研究生命')).toEqual(['研究生', '命']);
    expect(small.segment('研究鳥生命')).toEqual(['研究', '鳥', '生命']);
    expect(small.segment('𠀀研究')).toEqual(['𠀀', '研究']);
  });
});

describe('GlossTable.lookup', () => {
  it('glosses news words into the stems English text has', () => {
    expect(table.lookup('芯片')?.stems).toContain(stemWord('chip'));
    expect(table.lookup('算力')?.stems).toEqual(expect.arrayContaining([stemWord('computing'), stemWord('power')]));
  });

  it('marks proper nouns', () => {
    expect(table.lookup('金融时报')).toEqual({ stems: [stemWord('financial'), stemWord('times')], proper: true });
  });

  it('puts common readings before proper-noun readings', () => {
    const bi = table.lookup('比');
    expect(bi?.proper).toBe(false);
    expect(bi?.stems[0]).toBe(stemWord('compare'));
  });

  it('returns undefined for words the table lacks', () => {
    expect(table.lookup('不是一个词')).toBeUndefined();
  });
});

describe('GlossTable.slots', () => {
  it('keeps content words only: no function words, punctuation, Latin words or numbers', () => {
    expect(words('英国《金融时报》指出，中国AI大模型已经超过了美国2025年')).toEqual(
      ['英国', '金融时报', '指出', '中国', '大', '模型', '超过', '美国'],
    );
  });

  it('leaves the unit of a date in digits to the number, and segments what follows it on its own', () => {
    expect(table.segment('2019年前腾讯')).toEqual(['2019', '年', '前', '腾讯']);
    expect(words('2019年前腾讯')).toEqual(['前', '腾讯']);
    expect(words('3月9日宣布')).toEqual(['宣布']);
    // Without digits before it, 年 is a word like any other.
    expect(words('今年前')).toEqual(table.slots('今年前').map((slot) => slot.word));
    expect(words('去年增长')).toContain('去年');
  });

  it('gives traditional and simplified text the same slots', () => {
    expect(table.slots('開源模型')).toEqual(table.slots('开源模型'));
    expect(words('開源模型')).toEqual(['开源', '模型']);
  });

  it('strips pinyin debris before segmenting', () => {
    expect(words('英國《金融時報(bào)》認(rèn)為')).toEqual(['英国', '金融时报', '认为']);
  });
});

describe('loadGlossTable', () => {
  it('loads once per process', () => {
    expect(loadGlossTable()).toBe(table);
    expect(table.size).toBeGreaterThan(100_000);
  });

  it('says how to generate a missing file', () => {
    expect(() => loadGlossTable('/nonexistent/cedict-gloss.txt')).toThrow(/npm run build:gloss/);
  });

  it('refuses a damaged file, saying how to rebuild it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-'));
    writeFileSync(join(dir, 'cut.txt'), '研究\tresearch\n研究生');
    expect(() => loadGlossTable(join(dir, 'cut.txt'))).toThrow(/line 2 has no headword and tab.*npm run build:gloss/);
  });
});

describe('GlossTable.fromText', () => {
  it('reads every line, with or without a final newline; a function word has no stems, a proper noun is marked', () => {
    for (const text of ['研究\tresearch\n的\t\n北京\t!beij\n', '研究\tresearch\n的\t\n北京\t!beij']) {
      const small = GlossTable.fromText(text);
      expect(small.size).toBe(3);
      expect(small.lookup('研究')).toEqual({ stems: ['research'], proper: false });
      expect(small.lookup('的')).toEqual({ stems: [], proper: false });
      expect(small.lookup('北京')).toEqual({ stems: ['beij'], proper: true });
      expect(small.lookup('研')).toBeUndefined();
    }
    expect(GlossTable.fromText('').size).toBe(0);
  });

  it('finds words whose hashes share a cell, and words beyond the Basic Multilingual Plane', () => {
    const headwords = Array.from({ length: 3000 }, (_, i) => String.fromCodePoint(0x4e00 + (i % 200), 0x4e00 + Math.floor(i / 200)));
    headwords.push('𠀀字');
    const small = GlossTable.fromText(headwords.map((word, i) => `${word}\tw${i}`).join('\n'));
    headwords.forEach((word, i) => expect(small.lookup(word)?.stems).toEqual([`w${i}`]));
    expect(small.segment('𠀀字一丁')).toEqual(['𠀀字', '一丁']);
  });

  it('refuses a line without a headword or tab, and a headword given twice', () => {
    expect(() => GlossTable.fromText('研究 research\n')).toThrow(/line 1 has no headword and tab/);
    expect(() => GlossTable.fromText('\tresearch\n')).toThrow(/line 1/);
    expect(() => GlossTable.fromText('研究\tresearch\n研究\tstudy\n')).toThrow(/repeats the headword 研究 \(line 2\)/);
  });
});

interface GoldPair {
  a: { doc: string; text: string };
  b: { doc: string; text: string };
  label: string;
}

describe('acceptance: the seed translation pair', () => {
  const gold = JSON.parse(readFileSync(join(import.meta.dirname, '../../../shared/eval/seeds-gold.json'), 'utf8')) as { pairs: GoldPair[] };
  const pairs = gold.pairs.filter((pair) => pair.label === 'same' && pair.a.doc === 'gt-laugh-last' && pair.b.doc === 'netease-repost');
  const englishStems = (text: string): Set<string> =>
    new Set((text.toLowerCase().match(/[a-z]+/g) ?? []).filter((word) => !ENGLISH_STOPWORDS.has(word)).map(stemWord));

  it('glosses most Chinese content words into a stem of the English sentence', () => {
    let sum = 0;
    for (const pair of pairs) {
      const english = englishStems(pair.a.text);
      const slots = table.slots(pair.b.text);
      sum += slots.filter((slot) => slot.stems.some((stem) => english.has(stem))).length / slots.length;
    }
    expect(pairs).toHaveLength(21);
    // Measured 0.658; the rest is mostly entities ("U.S." against 美国) and paraphrase.
    expect(sum / pairs.length).toBeGreaterThanOrEqual(0.63);
  });
});
