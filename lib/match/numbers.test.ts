import { describe, expect, it } from 'vitest';
import type { Lang } from '../schema';
import { compareNumbers } from './number-conflicts';
import { extractNumbers } from './numbers';

describe('extractNumbers', () => {
  it.each<[string, string, Lang]>([
    ['62%', 'Support rose to 62 per cent', 'en'],
    ['18mo', 'Exports have slowed for 18 consecutive months', 'en'],
    ['18mo', '出口已连续18个月放缓', 'zh-Hans'],
    ['62%', 'Support rose to 62 percent', 'en'],
    ['62%', 'Support rose to 62%', 'en'],
    ['62%', '支持率升至62％', 'zh-Hans'],
    ['62%', '支持率升至百分之六十二', 'zh-Hans'],
    ['62%', '支持率升至六成二', 'zh-Hans'],
    ['60%', '六成受访者表示反对', 'zh-Hans'],
    ['62.5%', '占比为百分之六十二点五', 'zh-Hans'],
    ['4e11usd', 'OpenAI plans to spend $400bn on data centres', 'en'],
    ['4e11usd', 'a $400 billion plan', 'en'],
    ['4e11usd', 'a US$400bn plan', 'en'],
    ['4e11usd', 'some 400 billion dollars', 'en'],
    ['4e11usd', 'USD 400 billion', 'en'],
    ['4e11usd', '计划投资4000亿美元建设数据中心', 'zh-Hans'],
    ['4e11usd', '计划投资4,000亿美元', 'zh-Hans'],
    ['4e11usd', '計劃投資4000億美元', 'zh-Hant'],
    ['1.5e12cny', '1.5万亿元人民币', 'zh-Hans'],
    ['1.5e12cny', 'RMB1.5 trillion', 'en'],
    ['1.5e12cny', '1.5 trillion yuan', 'en'],
    ['3e6eur', 'a €3 million fine', 'en'],
    ['3e6eur', '300万欧元罚款', 'zh-Hans'],
    ['2e7gbp', 'a £20m deal', 'en'],
    ['2e7gbp', '2000万英镑的交易', 'zh-Hans'],
    ['74', '74 companies signed', 'en'],
    ['74', '七十四家公司签署', 'zh-Hans'],
    ['2000', '两千人参加', 'zh-Hans'],
    ['2000', '2,000 people took part', 'en'],
    ['2000', '2000多名员工', 'zh-Hans'],
    ['105', '一百零五个国家', 'zh-Hans'],
    ['35000', '三万五千人', 'zh-Hans'],
    ['1/3', 'a third of the papers', 'en'],
    ['1/3', 'one third of the papers', 'en'],
    ['1/3', '1/3 of the papers', 'en'],
    ['1/3', 'one in three papers', 'en'],
    ['1/3', '三分之一的论文', 'zh-Hans'],
    ['1/2', 'half of the papers', 'en'],
    ['1/2', '一半的论文', 'zh-Hans'],
    ['2/3', 'two-thirds of the papers', 'en'],
    ['2/3', '三分之二的论文', 'zh-Hans'],
    ['y2005', 'In 2005, China accounted for little', 'en'],
    ['y2005', '2005年，中国占比很小', 'zh-Hans'],
    ['y2005', '二〇〇五年', 'zh-Hans'],
    ['y1990s', 'since the 1990s', 'en'],
    ['95min', 'a 95-minute briefing', 'en'],
    ['95min', 'spoke for 95 minutes', 'en'],
    ['95min', '长达95分钟的简报会', 'zh-Hans'],
    ['95min', '長達95分鐘的簡報會', 'zh-Hant'],
    ['10', 'the top 10 research institutions', 'en'],
    ['10', '前十大研究机构', 'zh-Hans'],
    ['5pp', 'up 5 percentage points', 'en'],
    ['5pp', '上升5个百分点', 'zh-Hans'],
    ['3yr', 'over the past three years', 'en'],
    ['3yr', '过去三年', 'zh-Hans'],
    ['7nm', '7nm chips', 'en'],
    ['7nm', '7纳米芯片', 'zh-Hans'],
    ['3x', 'three times faster', 'en'],
    ['3x', '快3倍', 'zh-Hans'],
    ['m7d7', 'reported on July 7', 'en'],
    ['m7d7', 'reported on 7 July', 'en'],
    ['m7d7', '7月7日报道', 'zh-Hans'],
    ['d8', 'told the Global Times on the 8th', 'en'],
    ['d8', '8日对环球时报表示', 'zh-Hans'],
  ])('finds %s in %j', (key, text, lang) => {
    expect(extractNumbers(text, lang)).toContain(key);
  });

  it.each<[string, Lang, string[]]>([
    ['The comparable proportion fell from 43 per cent to 9 per cent.', 'en', ['43%', '9%']],
    ['Its share fell from 95% to 50%.', 'en', ['95%', '50%']],
    ['Its share fell from 95% to 0.', 'en', ['95%', '0%']],
    ['Its share fell from 95 per cent to zero.', 'en', ['95%', '0%']],
    ['其份额从95%降至零。', 'zh-Hans', ['95%', '0%']],
    ['Margins of between 10 and 20 per cent', 'en', ['10%', '20%']],
    ['a $10-20bn investment', 'en', ['1e10usd', '2e10usd']],
    ['2025年7月7日，华尔街日报报道', 'zh-Hans', ['y2025', 'm7d7']],
    ['On July 7, 2025, it said', 'en', ['m7d7', 'y2025']],
    ['a 95-minute briefing on a 95% share held by 95 firms', 'en', ['95min', '95%', '95']],
    ['2025年营收达到300亿元', 'zh-Hans', ['y2025', '3e10cny']],
  ])('reads %j', (text, lang, keys) => {
    expect(extractNumbers(text, lang)).toEqual(keys);
  });

  it.each<[string, Lang]>([
    ['这一点一直都是统一的', 'zh-Hans'],
    ['三星和百度、千问都十分重要', 'zh-Hans'],
    ['两岸关系，万一，几十亿，十几个，一成不变', 'zh-Hans'],
    ['GPT-4 and H20 chips on 5G networks, Qwen2.5, COVID-19', 'en'],
    ['Michael Power of the investment firm Ninety One', 'en'],
    ['a third term in the first half, one of the firms', 'en'],
    ['', 'en'],
  ])('finds no number in %j', (text, lang) => {
    expect(extractNumbers(text, lang)).toEqual([]);
  });

  it('reads traditional Chinese through pinyin debris and full-width digits', () => {
    expect(extractNumbers('佔比達百分(fēn)之六十二，規(guī)模４０００億美元', 'zh-Hant')).toEqual(['62%', '4e11usd']);
  });
});

describe('compareNumbers', () => {
  it.each<[string, string[], string[], boolean]>([
    ['95% → 50% against 95% → 0', ['95%', '50%'], ['95%', '0%'], true],
    ['a 95-minute briefing against a 95% share', ['95min'], ['95%'], false],
    ['one side saying more', ['62%', '50%'], ['62%'], false],
    ['different years', ['y2005'], ['y2006'], true],
    ['a year on one side only', ['y2005', '62%'], ['62%'], false],
    ['different days of one claim', ['m7d7'], ['m7d8'], false],
    ['different dates', ['m7d7'], ['m7d8'], false],
    ['one number rounded two ways', ['62%'], ['60%'], false],
    ['two different shares', ['45%'], ['48%'], true],
    ['different currencies', ['4e11usd'], ['2.9e12cny'], false],
    ['different counts', ['3'], ['5'], true],
    ['one and two, often grammar', ['2'], ['5'], false],
    ['different fractions', ['1/3'], ['2/3'], true],
    ['no numbers on one side', [], ['95%'], false],
  ])('%s: conflicting is %s', (_name, a, b, conflicting) => {
    expect(compareNumbers(a, b).conflicting).toBe(conflicting);
    expect(compareNumbers(b, a).conflicting).toBe(conflicting);
  });

  it('lists the shared keys once, in the order of the first list', () => {
    expect(compareNumbers(['y2024', '12%', '3.5e12usd', '12%'], ['3.5e12usd', '12%', '7%'])).toEqual({ shared: ['12%', '3.5e12usd'], conflicting: false, approximate: false });
  });

  it('agrees on a translation and vetoes the number traps, end to end', () => {
    const compare = (en: string, zh: string) => compareNumbers(extractNumbers(en, 'en'), extractNumbers(zh, 'zh-Hans'));
    expect(compare('Exports rose 12 per cent in 2024 to $3.5tn.', '2024年出口增长12%，达到3.5万亿美元。')).toEqual({
      shared: ['12%', 'y2024', '3.5e12usd'],
      conflicting: false,
      approximate: false,
    });
    expect(compare('Its market share fell from 95% to 50%.', '其市场份额从95%降至零。').conflicting).toBe(true);
    expect(compare('Huang spoke at a 95-minute briefing.', '其市场份额为95%。')).toEqual({ shared: [], conflicting: false, approximate: false });
  });

  it.each<[string, string[], string[], boolean]>([
    ['one number rounded two ways', ['62%'], ['60%'], true],
    ['a share one point off', ['88%'], ['89%'], true],
    ['the same figure', ['62%', 'y2024'], ['62%', 'y2024'], false],
    ['two different shares, a conflict instead', ['45%'], ['48%'], false],
    ['near-equal values of different kinds', ['62min'], ['60%'], false],
  ])('%s: approximate is %s', (_name, a, b, approximate) => {
    expect(compareNumbers(a, b).approximate).toBe(approximate);
    expect(compareNumbers(b, a).approximate).toBe(approximate);
  });
});
