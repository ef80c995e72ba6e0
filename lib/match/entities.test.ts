import { describe, expect, it } from 'vitest';
import { gold } from '../../tests/seeds';
import { outlets } from '../outlets';
import type { Lang } from '../schema';
import { stripDebris } from '../text/debris';
import { extractEntities } from './entities';
import { compareNumbers } from './number-conflicts';
import { extractNumbers } from './numbers';

describe('extractEntities', () => {
  it.each<[string, string, Lang]>([
    ['country:us', 'the US said', 'en'],
    ['country:us', 'the U.S. said', 'en'],
    ['country:us', 'the United States said', 'en'],
    ['country:us', "America's allies", 'en'],
    ['country:us', 'Americans said', 'en'],
    ['country:us', 'Washington imposed export controls', 'en'],
    ['country:us', '美国表示', 'zh-Hans'],
    ['country:us', '美國表示', 'zh-Hant'],
    ['country:us', '美方表示', 'zh-Hans'],
    ['country:cn', "China's chips", 'en'],
    ['country:cn', 'Chinese companies', 'en'],
    ['country:cn', 'Beijing responded', 'en'],
    ['country:cn', '中国人会笑到最后', 'zh-Hans'],
    ['country:cn', '中國企業', 'zh-Hant'],
    ['country:cn', '中方回应', 'zh-Hans'],
    ['country:uk', 'British officials', 'en'],
    ['country:uk', '英国官员', 'zh-Hans'],
    ['region:eu', 'the European Union', 'en'],
    ['region:eu', '欧盟委员会', 'zh-Hans'],
    ['country:tw', 'Taiwan', 'en'],
    ['country:tw', '台灣', 'zh-Hant'],
    ['company:nvidia', "Nvidia's H20", 'en'],
    ['company:nvidia', '英伟达的芯片', 'zh-Hans'],
    ['company:nvidia', '輝達的晶片', 'zh-Hant'],
    ['company:deepseek', 'DeepSeek released', 'en'],
    ['company:deepseek', '深度求索发布', 'zh-Hans'],
    ['company:deepseek', '用DeepSeek模型', 'zh-Hans'],
    ['company:qwen', 'Qwen models', 'en'],
    ['company:qwen', '通义千问', 'zh-Hans'],
    ['company:qwen', '千问模型', 'zh-Hans'],
    ['company:moonshot', '月之暗面', 'zh-Hans'],
    ['company:bytedance', '字節跳動', 'zh-Hant'],
    ['company:tsmc', '台積電', 'zh-Hant'],
    ['company:apple', '苹果公司', 'zh-Hans'],
    ['org:aspi', 'the Australian Strategic Policy Institute', 'en'],
    ['org:aspi', 'ASPI researchers', 'en'],
    ['org:aspi', '澳大利亚战略政策研究所', 'zh-Hans'],
    ['org:mit', 'MIT and Hugging Face', 'en'],
    ['org:mit', '麻省理工学院', 'zh-Hans'],
    ['org:hugging-face', 'MIT and Hugging Face', 'en'],
    ['org:nature', "Nature's latest ranking", 'en'],
    ['org:nature', '《自然》杂志的最新排名', 'zh-Hans'],
    ['org:wto', '世贸组织', 'zh-Hans'],
    ['person:trump', 'President Donald Trump', 'en'],
    ['person:trump', '特朗普', 'zh-Hans'],
    ['person:trump', '川普', 'zh-Hant'],
    ['person:xi-jinping', '习近平', 'zh-Hans'],
    ['outlet:ft', 'The Financial Times said', 'en'],
    ['outlet:ft', 'the FT reported', 'en'],
    ['outlet:ft', '英國《金融時報(bào)》在一篇文章中', 'zh-Hant'],
    ['outlet:wsj', 'the Wall Street Journal', 'en'],
    ['outlet:wsj', '华尔街日报', 'zh-Hans'],
  ])('finds %s in %j', (id, text, lang) => {
    expect(extractEntities(text, lang)).toContain(id);
  });

  it.each<[string, Lang, string[]]>([
    ['They told us about a meta-analysis of apple prices.', 'en', []],
    ['US$400bn in US dollars', 'en', []],
    ["Xi'an is a city", 'en', []],
    ['风景很美丽，中间那栋楼很华丽', 'zh-Hans', []],
    ['美中不足的是今日经济数据', 'zh-Hans', []],
    ['其中日本企业最多', 'zh-Hans', ['country:jp']],
    ['美国7日宣布', 'zh-Hans', ['country:us']],
    ['中美两国', 'zh-Hans', ['country:cn', 'country:us']],
    ['中美洲国家', 'zh-Hans', ['region:central-america']],
    ['Latin American and South American markets', 'en', ['region:latin-america', 'region:south-america']],
    ['英国《金融时报》称', 'zh-Hans', ['outlet:ft']],
    ['The Washington Post and Washington', 'en', ['outlet:washingtonpost', 'country:us']],
    ['China and the US, and then China again', 'en', ['country:cn', 'country:us']],
  ])('reads %j as %j', (text, lang, ids) => {
    expect(extractEntities(text, lang)).toEqual(ids);
  });

  it('knows every outlet of the registry by its names in each script', () => {
    for (const outlet of outlets.filter((o) => o.id !== 'other')) {
      expect(extractEntities(outlet.names.en, 'en'), outlet.id).toContain(`outlet:${outlet.id}`);
      expect(extractEntities(outlet.names['zh-Hans'], 'zh-Hans'), outlet.id).toContain(`outlet:${outlet.id}`);
      expect(extractEntities(outlet.names['zh-Hant'], 'zh-Hant'), outlet.id).toContain(`outlet:${outlet.id}`);
    }
  });
});

describe('numbers and entities on the seed gold file (eval/seeds-gold.json)', () => {
  const g = gold();
  const langOf = (doc: string): Lang => g.documents[doc]!.lang;
  // The repost carries pinyin readings after characters; clean them as the pipeline does.
  const keysOf = ({ doc, text }: { doc: string; text: string }) => {
    const lang = langOf(doc);
    const clean = lang === 'en' ? text : stripDebris(text);
    return { numbers: extractNumbers(clean, lang), entities: extractEntities(clean, lang) };
  };
  const overlaps = (a: readonly string[], b: readonly string[]) => a.some((key) => b.includes(key));

  it('gives the Chinese side of every translated sentence the numbers and entities of the English', () => {
    const same = g.pairs.filter((p) => p.label === 'same' && p.a.doc === 'gt-laugh-last' && p.b.doc === 'netease-repost');
    const misses: string[] = [];
    let withKeys = 0;
    for (const pair of same) {
      const [en, zh] = [keysOf(pair.a), keysOf(pair.b)];
      if (en.numbers.length + en.entities.length === 0) continue;
      withKeys++;
      const shared = overlaps(en.numbers, zh.numbers) || overlaps(en.entities, zh.entities);
      if (!shared || compareNumbers(en.numbers, zh.numbers).conflicting) misses.push(pair.a.text);
    }
    // 21 pairs; 17 English sentences name an entity or a number (one: "two major powers" / 兩個大國).
    expect(same).toHaveLength(21);
    expect(withKeys).toBe(17);
    expect(misses).toEqual([]);
  });

  it('flags no number conflict on any gold pair, and shares no number across the related and unrelated ones', () => {
    const verdicts = g.pairs.map((pair) => ({ label: pair.label, ...compareNumbers(keysOf(pair.a).numbers, keysOf(pair.b).numbers) }));
    expect(verdicts.filter((v) => v.conflicting)).toEqual([]);
    expect(verdicts.filter((v) => (v.label === 'none' || v.label === 'related') && v.shared.length > 0)).toEqual([]);
  });
});
