/**
 * Which sentences carry a claim worth checking across outlets. A cheap, explainable filter in
 * the spirit of check-worthiness detection: a sentence qualifies when it states something that
 * another article can confirm or contradict — a figure, a comparison, a superlative, a
 * prediction, a cause — or attributes its content to an outlet. Chinese is tested in simplified
 * script so that one vocabulary serves both scripts.
 */
import type { Lang } from '../schema';
import { toSimplified } from '../text/script';

/** Fewer words (English) or Han characters (Chinese) than this is a fragment, not a claim. */
const MIN_WORDS = 5;
const MIN_HAN = 8;
/** A line without a closing stop and at most this many words reads as a headline or a label. */
const HEADLINE_MAX_WORDS = 20;

const HAN = /\p{Script=Han}/gu;
const SENTENCE_END = /[.!。！…"”’'»）)]$/u;
const QUESTION = /[?？]["”’'）)]?$/u;

// Page furniture that ends up among the sentences (sites.md §6): source lines, notices, captions.
const BOILERPLATE = [
  /^(?:source|original|statement|newspaper headline|notice|photo|image|editor|copyright)\s*[:：]/i,
  /^the author is\b/i,
  /©|\ball rights reserved\b/i,
  /^(?:来源|本文来源|原文|责任编辑|责编|作者|编辑|特别声明|声明|图片来源|原创)\s*[:：]?/u,
  /^!\[[^\]]*\]\([^)]*\)$/,
];

// Each list is a family of checkable content; one hit is enough.
const SIGNALS: Record<'en' | 'zh', readonly RegExp[]> = {
  en: [
    /\d|[$£€¥%]|\bper ?cent\b|\b(?:hundreds?|thousands?|millions?|billions?|trillions?|dozens?)\b/i,
    /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|yesterday|last (?:week|month|year))\b/i,
    /\b(?:more|less|fewer|than|surpass\w*|overt[ao]k\w*|exceed\w*|outperform\w*|outpac\w*|lead(?:s|ing)?|led|behind|lag(?:s|ged|ging)?|ahead of|rival\w*|match(?:es|ed)?|double[ds]?|tripled?|half|gap)\b/i,
    /\b(?:most|least|largest|biggest|highest|lowest|fastest|strongest|best|worst|first|only|record)\b/i,
    /\b(?:will|won't|would|expected|expects?|forecasts?|predict\w*|likely|going to|plans? to|set to|projected)\b/i,
    /\b(?:because|due to|therefore|thus|as a result|leads? to|led to|result(?:s|ed)? in|caus\w+|prompt\w*|means that|thanks to|driven by)\b/i,
  ],
  zh: [
    /\d|[$£€¥%]|百分之|[十百千万亿][美欧日]?元|[万亿]|[一二三四五六七八九十两]成/u,
    /[年月日]|去年|今年|明年|上周|本周/u,
    /超过|超越|领先|落后|赶上|不及|高于|低于|多于|少于|接近|翻番|差距|更(?!别提)|比(?!如|方|喻|赛|拼)/u,
    /最|第一|首个|首次|唯一|纪录/u,
    /将|预计|预期|预测|有望|可能|计划/u,
    /因为|由于|导致|因此|所以|促使|使得|从而|意味着|得益于/u,
  ],
};

const wordCount = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** True when the sentence is too short, a question, a headline-like line or page boilerplate. */
function isNoise(text: string, lang: Lang): boolean {
  if (BOILERPLATE.some((pattern) => pattern.test(text)) || QUESTION.test(text)) return true;
  const size = lang === 'en' ? wordCount(text) : (text.match(HAN) ?? []).length;
  if (size < (lang === 'en' ? MIN_WORDS : MIN_HAN)) return true;
  return !SENTENCE_END.test(text) && (lang !== 'en' || size <= HEADLINE_MAX_WORDS);
}

/**
 * True when `sentence` carries a claim worth checking: it attributes its content to an outlet
 * (`attributed`), or states figures (numbers, percentages, money, dates), a comparison, a
 * superlative, a prediction or a cause. Never for fragments (under 5 words or 8 Han characters),
 * questions, headline-like lines without a closing stop, or boilerplate such as "Source: …" and
 * 责任编辑：…; a pure opinion with none of the signals ("This is very interesting.") is not one.
 */
export function isCheckWorthy(sentence: string, lang: Lang, attributed: boolean): boolean {
  const text = sentence.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const subject = lang === 'en' ? text : toSimplified(text);
  if (isNoise(subject, lang)) return false;
  return attributed || SIGNALS[lang === 'en' ? 'en' : 'zh'].some((pattern) => pattern.test(subject));
}
