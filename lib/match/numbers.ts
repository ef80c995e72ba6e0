/**
 * Numbers as language-neutral keys: "62 per cent", "62%" and 百分之六十二 meet as `62%`, "$400bn"
 * and 4000亿美元 as `4e11usd`, while a 95-minute briefing (`95min`) never meets a 95% share. Number
 * disagreement vetoes a `same` label (notes/matching.md, "Hard negatives"), so extraction leans to
 * precision: a numeral inside a word (统一, 三星, 十分, GPT-4, H20) is no number.
 *
 * Over 300 lines: English and Chinese numerals, scales, currencies, units, dates, fractions and
 * ranges interact (a range states its unit once, a date's digits are no count), so they are read
 * in one place, in passes that mask what an earlier pass took.
 */
import type { Lang } from '../schema';
import { stripDebris } from '../text/debris';
import { toSimplified } from '../text/script';

/** A canonical number: `62%`, `4e11usd`, `95min`, `1/3`, `y2005`, `m7d7`, or a bare count `95`. */
export type NumberKey = string;

/** A number found in the text; `keys` is set for dates and fractions, else built from the rest. */
interface Token {
  at: number;
  end: number;
  value: number;
  /** '' for a bare count, else a unit such as `%`, `usd`, `min`, or `nian` (年: a year or years). */
  unit: string;
  /** The multiplier of a scale word (billion, 亿), 1 without one. */
  factor: number;
  /** Kept only if a unit reaches it: a lone 两 or 零, the word "one". */
  weak: boolean;
  keys?: NumberKey[];
}

const HAN_DIGIT: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const HAN_POWER: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };
const HAN_DIGITS = '零〇一二两三四五六七八九';
// A Chinese numeral starts with a digit or 十: one starting with 百, 千 or 万 is a word (百度, 千问, 万一).
// Outside 百分之 a decimal needs a scale after it (一点五万亿): 这一点一直 is "this point, always".
const HAN_NUMBER = `[${HAN_DIGITS}十][${HAN_DIGITS}十百千万亿]*(?:点[${HAN_DIGITS}]+(?=[万亿]))?`;
const HAN_SMALL = `[${HAN_DIGITS}十百千]+(?:点[${HAN_DIGITS}]+)?`;

const ONES = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const WORD_VALUE = new Map<string, number>([['a', 1], ...ONES.map((w, i): [string, number] => [w, i]), ...TENS.map((w, i): [string, number] => [w, 20 + 10 * i])]);
const EN_SMALL = `(?:${TENS.join('|')})(?:-(?:${ONES.slice(1, 10).join('|')}))?|${ONES.join('|')}`;
const EN_NUMBER = `\\b(?:${EN_SMALL})(?:\\s+hundred(?:\\s+(?:and\\s+)?(?:${EN_SMALL}))?)?\\b|\\ba(?=\\s+(?:hundred|thousand|million|billion|trillion)\\b)`;

// Digits not glued to a code (H20, GPT-4, v2.5, a URL) unless to a currency code (RMB1.5tn), a
// Chinese numeral not after an approximation (几十亿 "several billion", 数百), or number words.
const CORE = new RegExp(
  `(?:(?<=RMB|USD|CNY|EUR|GBP|JPY|HKD)|(?<![A-Za-z\\d/_]|\\d[.,]|[A-Za-z][-.]))(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)|(?<![几数上成好多])(${HAN_NUMBER})(?!几)|(${EN_NUMBER})`,
  'gi',
);
const SCALE = /[\s-]?(thousand|million|billion|trillion|hundred)\b|(k|m|mn|b|bn|tn)\b|(万亿|亿|万|千(?![米克瓦])|百(?!分))/y;
const SCALE_FACTOR: Readonly<Record<string, number>> = { hundred: 100, thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6,
  billion: 1e9, b: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12, 百: 100, 千: 1e3, 万: 1e4, 亿: 1e8, 万亿: 1e12 };

// Units in the order tried: longer and more specific forms first (percentage points before per
// cent, 美元 before 元, 日元 before 日 the day, years-old before years). `ord` keeps a count bare.
const UNITS: readonly (readonly [string, string])[] = [
  ['pp', 'percentage[- ]points?\\b|个百分点'], ['%', '%|per ?cent\\b|pc\\b|pct\\b'],
  ['hkd', 'Hong Kong dollars?\\b|HK dollars?\\b|港元|港币'], ['twd', 'NT dollars?\\b|新台币|台币'],
  ['aud', 'Australian dollars?\\b|澳元'], ['cad', 'Canadian dollars?\\b|加元'],
  ['usd', '(?:US |U\\.S\\. )?dollars?\\b|USD\\b|美元|美金'], ['eur', 'euros?\\b|EUR\\b|欧元'],
  ['gbp', 'pounds? sterling\\b|pounds?\\b|GBP\\b|英镑'], ['jpy', 'yen\\b|JPY\\b|日元|日圆'], ['krw', '韩元'],
  ['inr', 'rupees?\\b|卢比'], ['rub', 'roubles?\\b|rubles?\\b|卢布'], ['cny', 'yuan\\b|renminbi\\b|RMB\\b|CNY\\b|元人民币|元|人民币'],
  ['yo', 'years?[- ]old\\b|岁'], ['min', 'minutes?\\b|mins?\\b|分钟'], ['h', 'hours?\\b|hrs?\\b|个?小时|个?钟头'],
  ['s', 'seconds?\\b|secs?\\b|秒'], ['d', 'days?\\b|天'], ['wk', 'weeks?\\b|个?星期|周(?!年)'], ['mo', 'months?\\b|个月'],
  ['yr', 'years?\\b'], ['nian', '年(?!代)'], ['km', 'km\\b|kilomet(?:er|re)s?\\b|公里|千米'], ['mi', 'miles?\\b|英里'],
  ['nm', 'nm\\b|nanomet(?:er|re)s?\\b|纳米'], ['kg', 'kg\\b|kilo(?:gram)?s?\\b|公斤|千克'], ['t', 'tonnes?\\b|tons?\\b|吨'],
  ['gw', 'GW\\b|gigawatts?\\b|吉瓦'], ['mw', 'MW\\b|megawatts?\\b|兆瓦'], ['kw', 'kW\\b|kilowatts?\\b|千瓦'],
  ['x', 'times\\b|x\\b|倍'], ['deg', 'degrees?\\b|°C?|摄氏度'],
  ['time', "o'clock\\b|[ap]\\.m\\.|[ap]m\\b|点(?![零〇一二三四五六七八九\\d])|时(?![间代期候])"],
  ['month', '月份?'], ['day', '[日号](?!本|报)'], ['ord', '(?:st|nd|rd|th)\\b'], ['decade', 's\\b|年代'],
];
// "18 consecutive months" is 18 months, as 连续18个月 is.
const UNIT_QUALIFIER = '(?:consecutive|straight|successive|full|more|additional|extra|previous|past)\\s';
const UNIT = new RegExp(`[\\s-]?(?:${UNIT_QUALIFIER})?(?:${UNITS.map(([, pattern]) => `(${pattern})`).join('|')})`, 'y');
// A date or a time: a neighbour in a range never takes it ("2025年营收达到300亿" is no range of years).
const CALENDAR = new Set(['nian', 'decade', 'month', 'day', 'time']);

const CURRENCY_BEFORE = /(US\$|HK\$|NT\$|A\$|C\$|S\$|\$|€|£|¥|₹|USD|RMB|CNY|EUR|GBP|JPY|HKD|人民币)\s?$/;
const CURRENCY_CODE: Readonly<Record<string, string>> = { 'US$': 'usd', $: 'usd', USD: 'usd', 'HK$': 'hkd', HKD: 'hkd', 'NT$': 'twd',
  'A$': 'aud', 'C$': 'cad', 'S$': 'sgd', '€': 'eur', EUR: 'eur', '£': 'gbp', GBP: 'gbp', '¥': 'cny', RMB: 'cny', CNY: 'cny', 人民币: 'cny', JPY: 'jpy', '₹': 'inr' };
// Chinese classifiers that make a lone numeral a count (两家, 三名); without one, 两 and 三 are
// parts of words (两岸, 三星).
const CLASSIFIER = /[个家名位项条种次件台款座所辆架艘部份篇场轮批人例起枚颗张只支股届]/;
// A capitalised number word after a lower-case word is a name ("the firm Ninety One").
const MID_SENTENCE = /[a-z,]\s+$/;

/** Formats a value once for all languages: `62`, `0.5`, `4e11`, `1.5e9`. */
function formatValue(value: number): string {
  const rounded = Number(value.toPrecision(6));
  return Math.abs(rounded) < 1e6 ? String(rounded) : rounded.toExponential().replace('+', '');
}

/** The value of a Chinese integer numeral (七十四, 两千, 一百零五, 三万五, 二〇二五), or undefined. */
function parseHanInteger(numeral: string): number | undefined {
  if (numeral.length > 1 && [...numeral].every((ch) => ch in HAN_DIGIT)) {
    // Digit by digit is how years are written (二〇二五); 三四 ("three or four") is no number.
    return numeral.length === 4 ? Number([...numeral].map((ch) => HAN_DIGIT[ch]).join('')) : undefined;
  }
  // Whole 亿 groups, whole 万 groups, the group below 万, a pending digit, the last power seen.
  let [yi, wan, group, digit, lastPower] = [0, 0, 0, -1, 1];
  let afterZero = false;
  for (const ch of numeral) {
    const power = HAN_POWER[ch];
    if (power === undefined) {
      if (ch === '零' || ch === '〇') afterZero = true;
      else if (digit >= 0) return undefined;
      else digit = HAN_DIGIT[ch] ?? 0;
      continue;
    }
    if (power < 1e4) group += (digit >= 0 ? digit : 1) * power;
    else if (power === 1e4) [wan, group] = [(wan + group + Math.max(digit, 0)) * power, 0];
    else [yi, wan, group] = [(yi + wan + group + Math.max(digit, 0)) * power, 0, 0];
    digit = -1;
    lastPower = power;
    afterZero = false;
  }
  // 三万五 is 35,000 and 两千五 2,500: a last digit right after a power counts a tenth of it.
  const tail = digit < 0 ? 0 : afterZero || lastPower === 1 ? digit : (digit * lastPower) / 10;
  return yi + wan + group + tail;
}

/** The value of a Chinese numeral with an optional decimal part (三点五). */
function parseHan(numeral: string): number | undefined {
  const [whole = '', decimals] = numeral.split('点');
  const value = parseHanInteger(whole);
  if (value === undefined || decimals === undefined) return value;
  return Number(`${value}.${[...decimals].map((ch) => HAN_DIGIT[ch]).join('')}`);
}

/** The value of English number words ("twenty-five", "two hundred and fifty", "a"). */
function wordValue(phrase: string): number {
  let value = 0;
  for (const word of phrase.toLowerCase().split(/[\s-]+/)) value = word === 'hundred' ? (value || 1) * 100 : value + (WORD_VALUE.get(word) ?? 0);
  return value;
}

/** The value of digits, a Chinese numeral or English number words. */
function parseNumeral(numeral: string): number | undefined {
  if (/^[\d.,]+$/.test(numeral)) return Number(numeral.replace(/,/g, ''));
  return /^[a-z\s-]+$/i.test(numeral) ? wordValue(numeral) : parseHan(numeral);
}

const between = (value: number, low: number, high: number): boolean => Number.isInteger(value) && value >= low && value <= high;
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** A fraction key in lowest terms, or undefined unless 0 < numerator < denominator. */
function fractionKey(numerator: number | undefined, denominator: number | undefined): NumberKey | undefined {
  if (numerator === undefined || denominator === undefined || numerator <= 0 || numerator >= denominator) return undefined;
  const divisor = gcd(numerator, denominator);
  return `${numerator / divisor}/${denominator / divisor}`;
}

const MONTH = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const monthOf = (name: string): number => 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(name.slice(0, 3).toLowerCase()) / 3 + 1;
// "July 7", "7 July", a month after a preposition ("in May": "May" alone is a modal verb), or a
// day of the month as Chinese wire copy gives it in English ("told the Global Times on the 8th").
const EN_DATE = new RegExp(
  `\\b(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![.,]?\\d)|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})\\b` +
    `|\\b(?:in|since|until|by|from|last|next|early|late|mid-|during|of|this)\\s+(${MONTH})\\b(?!\\.?\\s+\\d{1,2}\\b)|\\bon the (\\d{1,2})(?:st|nd|rd|th)\\b`,
  'g',
);
const ZH_DATE = new RegExp(`(\\d{1,2}|[${HAN_DIGITS}十]{1,3})月(\\d{1,2}|[${HAN_DIGITS}十]{1,3})[日号]`, 'g');
const ISO_DATE = /\b((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\b/g;
const CLOCK = /(?<![\d:])(\d{1,2}):(\d{2})(?![\d:])/g;
const ZH_PERCENT = new RegExp(`百分之(${HAN_SMALL}|\\d+(?:\\.\\d+)?)`, 'g');
const ZH_FRACTION = new RegExp(`(${HAN_SMALL}|\\d+)分之(${HAN_SMALL}|\\d+)`, 'g');
// 六成 is 60% and 六成二 62%; 成 after a numeral is also the start of words (成员, 成本, 一成不变).
const ZH_TENTHS = new RegExp(`(?<![${HAN_DIGITS}十百千几数])([${HAN_DIGITS}十])成([${HAN_DIGITS}](?!成))?(?!员|本|果|就|功|绩|交|立|熟|长|不变)`, 'g');
// "First half" and "second half" are periods, not shares.
const HALF = /一半|半数|(?<!\b(?:first|second|latter|other|back|front|a|one)\s)\bhalf\b/gi;
const DENOMINATORS = ['half', 'third', 'quarter', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const DENOMINATOR_VALUE = [2, 3, 4, 4, 5, 6, 7, 8, 9, 10];
// A singular "a third" or "one fifth" is a share only before "of"; else it is an ordinal ("a third term").
const EN_FRACTION = new RegExp(`\\b(a|${ONES.slice(1, 10).join('|')})[\\s-](${DENOMINATORS.join('|')})(s?)\\b(\\s+of\\b)?`, 'gi');
// "One in three", "2 out of 5", "1/3".
const ONE_IN = new RegExp(
  `\\b(${ONES.slice(1, 10).join('|')}|\\d{1,2})\\s+(?:in|out of)\\s+(${ONES.slice(2, 11).join('|')}|\\d{1,3})\\b|(?<![\\d/.])([1-9]\\d?)/([1-9]\\d?)(?![\\d/])`,
  'gi',
);

type Reader = (match: RegExpExecArray, text: string) => Token | undefined;

/** A token with a value and a unit, for the range pass to complete; undefined without a value. */
function measured(match: RegExpExecArray, value: number | undefined, unit: string): Token | undefined {
  const at = match.index;
  return value === undefined ? undefined : { at, end: at + match[0].length, value, unit, factor: 1, weak: false };
}

/** A token whose keys are final (a date, a time, a fraction); undefined if one is invalid. */
function fixed(match: RegExpExecArray, keys: readonly (NumberKey | undefined)[]): Token | undefined {
  const token = keys.includes(undefined) ? undefined : measured(match, 0, '');
  return token && { ...token, keys: keys as NumberKey[] };
}

/** `m7d7` for a valid month and day, else undefined. */
const dateKey = (month: number | undefined, day: number | undefined): NumberKey | undefined =>
  month !== undefined && day !== undefined && between(month, 1, 12) && between(day, 1, 31) ? `m${month}d${day}` : undefined;

const readEnglishDate: Reader = (m) => {
  if (m[6]) return fixed(m, [between(Number(m[6]), 1, 31) ? `d${Number(m[6])}` : undefined]);
  return fixed(m, [m[5] ? `m${monthOf(m[5])}` : dateKey(monthOf(m[1] ?? m[4] ?? ''), Number(m[2] ?? m[3]))]);
};
const readChineseDate: Reader = (m) => fixed(m, [dateKey(parseNumeral(m[1] ?? ''), parseNumeral(m[2] ?? ''))]);
const readIsoDate: Reader = (m) => fixed(m, [`y${m[1]}`, dateKey(Number(m[2]), Number(m[3]))]);
const readClock: Reader = (m) => (Number(m[1]) <= 24 ? fixed(m, [`t${Number(m[1])}`]) : undefined);
const readChinesePercent: Reader = (m) => measured(m, parseNumeral(m[1] ?? ''), '%');
const readChineseFraction: Reader = (m) => fixed(m, [fractionKey(parseNumeral(m[2] ?? ''), parseNumeral(m[1] ?? ''))]);
const readTenths: Reader = (m) => measured(m, 10 * (parseHan(m[1] ?? '') ?? 0) + (parseHan(m[2] ?? '零') ?? 0), '%');
const readHalf: Reader = (m) => fixed(m, ['1/2']);
const readOneIn: Reader = (m) => fixed(m, [fractionKey(parseNumeral(m[1] ?? m[3] ?? ''), parseNumeral(m[2] ?? m[4] ?? ''))]);

function readEnglishFraction(m: RegExpExecArray): Token | undefined {
  const name = (m[2] ?? '').toLowerCase();
  if (m[3] === '' && name !== 'half' && m[4] === undefined) return undefined;
  return fixed(m, [fractionKey(wordValue(m[1] ?? ''), DENOMINATOR_VALUE[DENOMINATORS.indexOf(name)])]);
}

/** Applies a scale word after the numeral (400 billion, 400bn, 4000亿). */
function readScale(text: string, token: Token): void {
  SCALE.lastIndex = token.end;
  const match = SCALE.exec(text);
  const factor = SCALE_FACTOR[match?.[1] ?? match?.[2] ?? match?.[3] ?? ''];
  if (factor !== undefined) Object.assign(token, { value: token.value * factor, factor, end: SCALE.lastIndex });
}

/** Reads the unit after the number, else a currency sign or code before it. */
function readUnit(text: string, token: Token): void {
  UNIT.lastIndex = token.end;
  const match = UNIT.exec(text);
  if (match) {
    const unit = UNITS[match.findIndex((group, i) => i > 0 && group !== undefined) - 1]?.[0] ?? '';
    token.end = UNIT.lastIndex;
    if (unit !== 'ord') token.unit = unit;
    return;
  }
  const currency = CURRENCY_BEFORE.exec(text.slice(Math.max(0, token.at - 5), token.at))?.[1];
  if (currency !== undefined) token.unit = CURRENCY_CODE[currency] ?? '';
}

/** Reads digits, a Chinese numeral or number words with the scale and unit around them. */
function readCore(match: RegExpExecArray, text: string): Token | undefined {
  const [numeral, digits, han, words] = match;
  const at = match.index;
  if (words !== undefined && /^[A-Z]/.test(words) && MID_SENTENCE.test(text.slice(Math.max(0, at - 3), at))) return undefined;
  const value = parseNumeral(numeral);
  if (value === undefined) return undefined;
  const token: Token = { at, end: at + numeral.length, value, unit: '', factor: 1, weak: false };
  readScale(text, token);
  readUnit(text, token);
  // A code such as 5G or 3D: digits glued to letters that are no unit.
  if (token.end === at + numeral.length && /[A-Za-z]/.test(text[token.end] ?? '')) return undefined;
  // Four plain digits in 1900–2100 without a unit are a year, as if 年 followed ("in 2005"),
  // unless counted (2000人, 2000多家).
  const next = text[token.end] ?? '';
  if (token.unit === '' && /^\d{4}$/.test(digits ?? '') && between(value, 1900, 2100) && !/[多余]/.test(next) && !CLASSIFIER.test(next)) token.unit = 'nian';
  if (digits !== undefined) return token;
  // 一点 is "a little" and 十点 a clock time the English rarely gives in figures.
  if (han !== undefined && token.unit === 'time') return undefined;
  const one = token.value === 1 && token.factor === 1;
  const lone = han !== undefined && han.length === 1 && token.factor === 1 && !CLASSIFIER.test(next) && text[at - 1] !== '前';
  token.weak = one || lone;
  return token;
}

// Each pass skips what an earlier one took: dates before counts, 百分之 before 分之, all before CORE.
const PASSES: readonly (readonly [RegExp, Reader])[] = [
  [ISO_DATE, readIsoDate], [EN_DATE, readEnglishDate], [ZH_DATE, readChineseDate], [CLOCK, readClock],
  [ZH_PERCENT, readChinesePercent], [ZH_FRACTION, readChineseFraction], [ZH_TENTHS, readTenths], [HALF, readHalf],
  [EN_FRACTION, readEnglishFraction], [ONE_IN, readOneIn],
  [CORE, readCore],
];

// A range states its unit and scale once: "10-20%", "$10-20bn", "from 95% to 0", 从95%降至零.
const RANGE = /^\s*(?:(?:[a-z]+\s+)?to|-|–|—|~)\s*$|^[\u4e00-\u9fff]{0,3}[至到为]$/;
// "Between 10 and 20 per cent" lends the unit backwards only: in "50% and 3 firms" it is no range.
const BETWEEN = /^\s*(?:and|or|或)\s*$/;

function adoptUnit(to: Token, from: Token): void {
  if (to.unit !== '' || from.unit === '' || CALENDAR.has(from.unit) || (from.unit === '%' && to.value > 100)) return;
  to.unit = from.unit;
}

function adoptFactor(to: Token, from: Token): void {
  if (to.factor === 1 && to.unit === from.unit) Object.assign(to, { value: to.value * from.factor, factor: from.factor });
}

/** Completes numbers that a neighbour in a range leaves implicit; tokens sorted by position. */
function joinRanges(tokens: readonly Token[], text: string): void {
  for (let i = 1; i < tokens.length; i++) {
    const [a, b] = [tokens[i - 1], tokens[i]];
    if (!a || !b || a.keys || b.keys) continue;
    const gap = text.slice(a.end, b.at);
    const forward = RANGE.test(gap);
    if (!forward && !BETWEEN.test(gap)) continue;
    adoptUnit(a, b);
    if (forward) adoptUnit(b, a);
    adoptFactor(a, b);
    if (forward) adoptFactor(b, a);
  }
}

// Units that key a calendar position rather than an amount, with their valid range.
const CALENDAR_KEY: Readonly<Record<string, readonly [string, number, number]>> = { month: ['m', 1, 12], day: ['d', 1, 31], time: ['t', 0, 24] };

/** The key of a measured token, or undefined when its unit makes it no valid date part. */
function keyOf({ value, unit }: Token): NumberKey | undefined {
  const year = between(value, 1900, 2100);
  if (unit === '') return formatValue(value);
  if (unit === 'nian') return year ? `y${value}` : `${formatValue(value)}yr`;
  if (unit === 'decade') return year && value % 10 === 0 ? `y${value}s` : formatValue(value);
  const calendar = CALENDAR_KEY[unit];
  if (calendar === undefined) return `${formatValue(value)}${unit}`;
  return between(value, calendar[1], calendar[2]) ? `${calendar[0]}${value}` : undefined;
}

const FULL_WIDTH = /[\uff01-\uff5e]/;

/** Text as the patterns expect it: ASCII digits and signs; Chinese simplified, without debris. */
function prepare(text: string, lang: Lang): string {
  const narrow = FULL_WIDTH.test(text) ? text.normalize('NFKC') : text;
  return lang === 'en' ? narrow : stripDebris(toSimplified(narrow));
}

/**
 * The numbers of `text` as canonical, language-neutral keys, unique, in order of appearance:
 * percentages `62%` (62 per cent, 62％, 百分之六十二, 六成二), amounts with a currency `4e11usd`
 * ($400bn, US$400 billion, 4,000亿美元; cny, eur, gbp, jpy, hkd, …), other units `95min`, `3yr`,
 * `7nm`, `2x`, `5pp` (percentage points), fractions `1/3` (a third, 三分之一, one in three),
 * years `y2005` (2005, 2005年), dates `m7d7` / `m7` / `d7`, clock times `t10`, and bare counts
 * `95` (七十四 → 74; "top 10" and 前十 → 10). Values of a million and more are written `4e11`.
 * A range lends its unit and scale to both ends ("from 95% to 0" → 95%, 0%). `lang` says whether
 * to simplify and clean Chinese first. Returns [] for text without numbers.
 */
export function extractNumbers(text: string, lang: Lang): NumberKey[] {
  const prepared = prepare(text, lang);
  const tokens: Token[] = [];
  for (const [pattern, read] of PASSES) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(prepared); match; match = pattern.exec(prepared)) {
      const { index } = match;
      const end = index + match[0].length;
      if (tokens.some((token) => index < token.end && end > token.at)) continue;
      const token = read(match, prepared);
      if (token) tokens.push(token);
    }
  }
  tokens.sort((a, b) => a.at - b.at);
  joinRanges(tokens, prepared);
  const keys = tokens.filter((token) => !token.weak || token.unit !== '').flatMap((token) => token.keys ?? [keyOf(token)]);
  return [...new Set(keys.filter((key) => key !== undefined))];
}
