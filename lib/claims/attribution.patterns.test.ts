import { describe, expect, it } from 'vitest';
import type { Lang } from '../schema';
import { attributeSentences, resolveOutlet } from './attribution';

/** The attribution of a one-sentence document. */
const one = (sentence: string, lang: Lang = 'en') => attributeSentences([sentence], lang)[0];
const outlets = (sentences: string[], lang: Lang = 'en') => attributeSentences(sentences, lang).map((a) => a?.outletId);

describe('resolveOutlet', () => {
  it.each([
    ['Financial Times', 'ft'], ['the Financial Times', 'ft'], ['THE FINANCIAL TIMES', 'ft'], ['FT', 'ft'],
    ['The Wall Street Journal', 'wsj'], ['wsj', 'wsj'], ["Bloomberg's", 'bloomberg'], ['Reuters', 'reuters'],
    ['Xinhua News Agency', 'xinhua'], ['The New York Times', 'nyt'], ['FT Chinese', 'ftchinese'],
  ])('resolves the English name %s', (name, id) => {
    expect(resolveOutlet(name)).toBe(id);
  });

  it.each([
    ['英國《金融時報》', 'ft'], ['英国《金融时报》', 'ft'], ['《金融時報》', 'ft'], ['金融时报', 'ft'],
    ['美国《华尔街日报》', 'wsj'], ['美國《華爾街日報》', 'wsj'], ['華爾街日報', 'wsj'], ['彭博社', 'bloomberg'],
    ['路透社', 'reuters'], ['新華社', 'xinhua'], ['《紐約時報》', 'nyt'], ['环球时报', 'globaltimes'],
  ])('resolves the Chinese name %s in either script, with or without 《》 and a country', (name, id) => {
    expect(resolveOutlet(name)).toBe(id);
  });

  it.each(['Hong Yong', 'the newspaper', '该报', '《芯片法案》', 'Other outlet', '', 'Times'])('knows no outlet called %j', (name) => {
    expect(resolveOutlet(name)).toBeUndefined();
  });
});

describe('attributeSentences: English', () => {
  it.each([
    ['Bloomberg reported that chip exports fell by a third.', 'bloomberg', 'reported'],
    ['Chip exports fell by a third, Reuters reported.', 'reuters', 'reported'],
    ['According to Xinhua, the harvest grew 3 per cent.', 'xinhua', 'according to'],
    ['The New York Times noted that the talks had stalled.', 'nyt', 'noted'],
    ["The WSJ's analysis shows that prices doubled.", 'wsj', 'analysis shows'],
    ['The Financial Times analysis states that models got cheaper.', 'ft', 'analysis states'],
    ['An article in the Financial Times argued that tariffs backfired.', 'ft', 'argued'],
    ['"Tariffs backfired," said the FT.', 'ft', 'said'],
    ['Furthermore, the Financial Times also emphasised that power is cheap.', 'ft', 'emphasised'],
    ['The Wall Street Journal published an article stating that demand rose.', 'wsj', 'published an article stating'],
    ['Bloomberg on Monday reported that the order was signed.', 'bloomberg', 'reported'],
    ['A Reuters report said that 40 ships were waiting.', 'reuters', 'report said'],
  ])('attributes %j', (sentence, outletId, verb) => {
    expect(one(sentence)).toEqual({ outletId, verb, confidence: 1 });
  });

  it.each([
    'He reads the Financial Times every day.',
    'Internet expert Guo Tao told the Global Times on the 8th that the ban backfired.',
    'Hong Yong said in an interview with Reuters that chips matter.',
    '"The gap is closing," says Jenny Wong-Leung.',
    'According to Hong Yong, China has many talents.',
    'Economist Paul Krugman said that tariffs backfire.',
    'The newspaper said that prices rose.',
    'The Financial Times is a newspaper.',
    'People familiar with the matter told the Wall Street Journal that talks stalled.',
    "The Financial Times' Martin Wolf said growth would slow.",
  ])('attributes nothing to an outlet in %j', (sentence) => {
    expect(one(sentence)).toBeUndefined();
  });
});

describe('attributeSentences: Chinese, matched on the simplified form', () => {
  it.each([
    ['据彭博社报道，芯片出口下降了三分之一。', 'bloomberg', '据'],
    ['路透社报道称，谈判已经停滞。', 'reuters', '报道称'],
    ['美国《华尔街日报》指出，需求上升。', 'wsj', '指出'],
    ['美國《華爾街日報》指出，需求上升。', 'wsj', '指出'],
    ['新华社称，收成增长3%。', 'xinhua', '称'],
    ['《紐約時報》報道，談判已經停滯。', 'nyt', '报道'],
    ['英国《金融时报》在一篇文章中认为，中国会笑到最后。', 'ft', '认为'],
    ['不仅如此，《金融时报》还提到了稀土。', 'ft', '提到'],
    ['英國《金融時報(bào)》在一篇文章中認(rèn)為,中國會笑到最后。', 'ft', '认为'],
    ['《华尔街日报》7日报道称，美国的制裁正在促使中国企业加快研究。', 'wsj', '报道称'],
    ['英国《金融时报》网站8日刊文称，中国的发电能力很强。', 'ft', '刊文称'],
    ['据美国《华尔街日报》7日报道，需求上升。', 'wsj', '据'],
  ])('attributes %j', (sentence, outletId, verb) => {
    expect(one(sentence, 'zh-Hans')).toEqual({ outletId, verb, confidence: 1 });
  });

  it.each([
    '互联网专家郭涛8日对《环球时报》表示，禁令适得其反。',
    '洪勇接受《环球时报》采访时表示，芯片很重要。',
    '据报道，谈判已经停滞。',
    '他每天都读《金融时报》。',
    '知情人士告诉彭博社，谈判已经停滞。',
    '《芯片法案》指出，补贴将持续五年。',
  ])('attributes nothing to an outlet in %j', (sentence) => {
    expect(one(sentence, 'zh-Hans')).toBeUndefined();
  });
});

describe('attributeSentences: coreference and restatements', () => {
  it('resolves "the newspaper" and its Chinese forms to the outlet named last, at lower confidence', () => {
    const en = attributeSentences(['Bloomberg reported that sales fell.', 'Reuters said prices rose.', 'The newspaper also emphasized the risk.'], 'en');
    expect(en[2]).toEqual({ outletId: 'reuters', verb: 'emphasized', confidence: 0.8 });
    const zh = ['《华尔街日报》指出，销量下降。', '由此，该报认为，中国会赢。', '而且，該媒體還引用專業機構的分析指出，模型更便宜。', '最后，该报总结说，差距很小。', '报道称，谈判停滞。'];
    expect(attributeSentences(zh, 'zh-Hans').map((a) => [a?.outletId, a?.verb])).toEqual([
      ['wsj', '指出'], ['wsj', '认为'], ['wsj', '引用'], ['wsj', '总结说'], ['wsj', '称'],
    ]);
  });

  it('starts every document without an antecedent', () => {
    expect(outlets(['The Financial Times said that chips matter.', 'The newspaper believes China will win.'])).toEqual(['ft', 'ft']);
    expect(outlets(['The newspaper believes China will win.'])).toEqual([undefined]);
    expect(outlets(['该报认为，中国会赢。'], 'zh-Hant')).toEqual([undefined]);
  });

  it('takes the antecedent only from attributions, not from mere mentions', () => {
    expect(outlets(['Bloomberg said sales fell.', 'He reads the Financial Times every day.', 'The paper added that it was cheap.'])).toEqual([
      'bloomberg', undefined, 'bloomberg',
    ]);
    expect(outlets(['Guo Tao told the Global Times that chips matter.', 'The media also cited experts.'])).toEqual([undefined, undefined]);
  });

  it('gives a restatement of an attributed claim that attribution, at lower confidence', () => {
    const doc = ['The Economist believes that the Chinese will ultimately laugh last.', 'Chips are cheap.', 'Therefore, the Chinese will ultimately laugh last.'];
    expect(attributeSentences(doc, 'en')[2]).toEqual({ outletId: 'economist', verb: 'believes', confidence: 0.6 });
    expect(attributeSentences(['据美联社报道，中国人会笑到最后。', '因此，中國人會笑到最後。'], 'zh-Hant')[1]).toMatchObject({ outletId: 'ap', confidence: 0.6 });
    expect(outlets(['CNN said that the Chinese will laugh last.', 'Therefore, China has a long-term advantage.'])).toEqual(['cnn', undefined]);
  });
});
