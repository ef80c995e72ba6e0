import { describe, expect, it } from 'vitest';
import { gold as readGold } from '../../tests/seeds';
import { isCheckWorthy } from './check-worthy';

describe('isCheckWorthy: English', () => {
  it.each([
    ['figures', 'Chinese batteries make up 62% of European storage.'],
    ['money', 'OpenAI boasts a staggering valuation of $157 billion.'],
    ['a date', 'The Wall Street Journal story ran on July 7 and was widely shared.'],
    ['a comparison', 'Chinese open-source models have already surpassed their U.S. counterparts.'],
    ['lagging behind', "China's semiconductor industry still lags behind the U.S. in certain aspects."],
    ['a superlative', 'China is now home to the largest semiconductor market on the planet.'],
    ['a prediction', 'Chinese chip makers are expected to usher in a new opportunity.'],
    ['a cause', 'The restrictions prompted Chinese companies to innovate in algorithms.'],
  ])('keeps a sentence with %s', (_kind, sentence) => {
    expect(isCheckWorthy(sentence, 'en', false)).toBe(true);
  });

  it('keeps an attributed sentence without any other signal', () => {
    const sentence = 'The Financial Times also mentioned China’s advantages in rare earth processing.';
    expect(isCheckWorthy(sentence, 'en', false)).toBe(false);
    expect(isCheckWorthy(sentence, 'en', true)).toBe(true);
  });

  it.each([
    ['a headline', 'U.S. media: "lack of core" difficult to stop Chinese companies to accelerate artificial intelligence'],
    ['a question', 'Will China overtake the United States in AI by 2030?'],
    ['a fragment', 'By 2030.'],
    ['a source line', 'Source: Global Times'],
    ['a statement line', 'Statement: This article represents the views of the author.'],
    ['a notice', 'Notice: The content above (including the pictures and videos if any) is uploaded by a user.'],
  ])('drops %s, attributed or not', (_kind, sentence) => {
    expect(isCheckWorthy(sentence, 'en', true)).toBe(false);
  });

  it('drops an opinion without content', () => {
    expect(isCheckWorthy('This is truly a fascinating and remarkable story.', 'en', false)).toBe(false);
  });
});

describe('isCheckWorthy: Chinese, either script', () => {
  it.each([
    ['figures', '中国电池占欧洲储能的62%。', 'zh-Hans'],
    ['a comparison', '中國的開源模型在表現上已經超過了美國的同類產品。', 'zh-Hant'],
    ['falling behind', '尽管中国的半导体行业在某些方面仍然落后美国。', 'zh-Hans'],
    ['a gap', '畢竟，在這方面，中國國產芯片與美國芯片的差距並不是很大。', 'zh-Hant'],
    ['a superlative', '中國是全球最大的半導體市場之一。', 'zh-Hant'],
    ['a prediction', '中国人工智能芯片企业预计将迎来新的机遇。', 'zh-Hans'],
    ['a cause', '由于缺乏高端芯片，中国企业转向算法创新。', 'zh-Hans'],
  ])('keeps a sentence with %s', (_kind, sentence, lang) => {
    expect(isCheckWorthy(sentence, lang as 'zh-Hans' | 'zh-Hant', false)).toBe(true);
  });

  it('keeps an attributed sentence without any other signal', () => {
    expect(isCheckWorthy('《金融時報》稱，中國正在全力發展自己的芯片。', 'zh-Hant', false)).toBe(false);
    expect(isCheckWorthy('《金融時報》稱，中國正在全力發展自己的芯片。', 'zh-Hant', true)).toBe(true);
  });

  it.each([
    ['a headline', '美媒：缺芯难阻中国企业加速发展人工智能'],
    ['a question', '中国会在人工智能领域超过美国吗？'],
    ['a fragment', '原創耿直哥'],
    ['a disclaimer', '特別聲明：以上內容為自媒體平臺“網易號”用戶上傳並發布，本平臺僅提供信息存儲服務。'],
    ['an editor line', '责任编辑：王明，本文仅代表作者本人的观点。'],
    ['an image placeholder', '![]()'],
  ])('drops %s, attributed or not', (_kind, sentence) => {
    expect(isCheckWorthy(sentence, 'zh-Hant', true)).toBe(false);
  });

  it('drops an opinion without content', () => {
    expect(isCheckWorthy('这真是一个非常有意思的故事。', 'zh-Hans', false)).toBe(false);
  });
});

describe('isCheckWorthy on the seed articles (eval/seeds-gold.json)', () => {
  const gold = readGold();

  it('drops every boilerplate line of the Global Times article and the NetEase repost', () => {
    expect(gold.boilerplate['gt-laugh-last']?.filter((line) => isCheckWorthy(line, 'en', false))).toEqual([]);
    expect(gold.boilerplate['netease-repost']?.filter((line) => isCheckWorthy(line, 'zh-Hant', false))).toEqual([]);
  });

  it('keeps every attributed gold claim', () => {
    expect(gold.attributedClaims.filter((claim) => !isCheckWorthy(claim.text, 'en', true))).toEqual([]);
  });
});
