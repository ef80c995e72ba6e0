/**
 * Chinese script handling: traditional → simplified conversion, and telling English, simplified
 * and traditional Chinese apart from the text itself (pages mislabel their language, sites.md §0).
 */
import * as OpenCC from 'opencc-js/t2cn';
import type { Lang } from '../schema';

// The t2cn entry is a tenth of the full bundle (109 KB against 1.2 MB), and 'tw' turns 著 into 着
// where the generic 't' leaves 採取著 half converted (notes/matching-experiments.md §3).
let converter: ((text: string) => string) | undefined;

const HAN = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{323ff}]/u;

/**
 * Converts traditional Chinese (Taiwan and Hong Kong forms) to mainland simplified with opencc-js.
 * Simplified Chinese, Latin text and punctuation pass through unchanged; text without a Han
 * character is returned as is without building the converter.
 */
export function toSimplified(text: string): string {
  if (!HAN.test(text)) return text;
  converter ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return converter(text);
}

/** Converting a few thousand characters tells the scripts apart as well as the whole text would. */
const SCRIPT_SAMPLE = 4000;
/** Chinese words average under two characters and English words five letters: a Han character weighs three. */
const HAN_WEIGHT = 3;
/**
 * Share of Han characters that simplification changes, above which text is traditional. On the
 * seeds: 0 of 451 in simplified text; 20–46% per paragraph of the traditional repost.
 */
const TRADITIONAL_SHARE = 0.05;

function isHanCode(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)
    // A high surrogate of the supplementary ideographic planes counts its character once.
    || (code >= 0xd840 && code <= 0xd888);
}

function isLatinLetterCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

/** Counts Han characters and Latin letters in one pass without allocating. */
function countScripts(text: string): { han: number; latin: number } {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHanCode(code)) han++;
    else if (isLatinLetterCode(code)) latin++;
  }
  return { han, latin };
}

/** Share of Han characters that conversion to simplified changes, from the first Han character on. */
function traditionalShare(text: string): number {
  const first = text.search(HAN);
  if (first < 0) return 0;
  const sample = text.length - first > SCRIPT_SAMPLE ? text.slice(first, first + SCRIPT_SAMPLE) : text.slice(first);
  const simplified = toSimplified(sample);
  let han = 0;
  let changed = Math.abs(simplified.length - sample.length);
  const length = Math.min(sample.length, simplified.length);
  for (let i = 0; i < length; i++) {
    const code = sample.charCodeAt(i);
    if (!isHanCode(code)) continue;
    han++;
    if (code !== simplified.charCodeAt(i)) changed++;
  }
  return han === 0 ? 0 : changed / han;
}

/**
 * Whether Han characters outweigh Latin letters (a Han character weighs as three letters): one
 * pass, no conversion, for telling an English sentence inside a Chinese article cheaply.
 */
export function isChineseText(text: string): boolean {
  const { han, latin } = countScripts(text);
  return han > 0 && latin <= han * HAN_WEIGHT;
}

/**
 * The language of a text, judged from its characters (never from markup): `en` when Latin letters
 * outweigh Han characters (a Han character weighs as three letters, so Chinese with a few English
 * words such as "AI" stays Chinese), otherwise `zh-Hant` when converting to simplified changes at
 * least 5% of the Han characters, else `zh-Hans`. Text with neither Latin letters nor Han
 * characters (empty, digits, symbols) is `en`. Only 4,000 UTF-16 code units from the first Han
 * character on are converted to tell the two scripts apart.
 */
export function detectLang(text: string): Lang {
  if (!isChineseText(text)) return 'en';
  return traditionalShare(text) >= TRADITIONAL_SHARE ? 'zh-Hant' : 'zh-Hans';
}
