/**
 * The gloss table on the real generated file (run `npm run build:gloss` first) and, as acceptance,
 * on the seed translation pair read from ../shared at test time, never copied.
 */
import { readFileSync } from 'node:fs';
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
    const small = GlossTable.fromRecord({ 研究: 'research', 研究生: 'graduat student', 生命: 'life', 命: 'fate' });
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
      ['英国', '金融时报', '指出', '中国', '大', '模型', '超过', '美国', '年'],
    );
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
    expect(() => loadGlossTable('/nonexistent/cedict-gloss.json')).toThrow(/npm run build:gloss/);
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
