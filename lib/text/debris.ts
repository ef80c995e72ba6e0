/**
 * Removal of page debris that breaks matching but carries no content: reading aids, mis-decoded
 * characters and media placeholders left in copied or converted text.
 */
import { isPinyin } from './pinyin';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ\u0300-\u0304\u030c';

// Converter and mirror sites print a reading after a character: `領(lǐng)域` (sites.md §0). When
// the page was mis-decoded the opening bracket can arrive as `?` or U+FFFD (`因?yàn)`, NetEase
// seed). Only runs with a tone mark are candidates, so `人工智能(AI)` and `(ai)` stay. The
// bracket comes first so that the look-behind runs at brackets only.
const READING_AFTER_HAN = new RegExp(
  `[(\\uff08?\\ufffd](?<=\\p{Script=Han}.)([a-zü${TONED}' -]{1,40})[)\\uff09]`,
  'gu',
);
const HAS_TONE = new RegExp(`[${TONED}]`);

// Markdown images (`![]()`, `![alt](url)`) and bracketed media placeholders, with the horizontal
// space around them so that one space at most is left behind.
const PLACEHOLDER_HINT = /!\[|图片|圖片|视频|視頻/;
const PLACEHOLDER = /([^\S\r\n]*)(?:!\[[^\]\r\n]*\]\([^)\r\n]*\)|[[【](?:图片|圖片|视频|視頻)[\]】])([^\S\r\n]*)/g;

// U+FFFD and its kin, C0/C1 controls other than white space, private-use icon-font glyphs and
// lone surrogates: mis-decoding leaves them and no reader or matcher can use them.
const JUNK = /[\ufffd\ufffc\ufffe\uffff\u0000-\u0008\u000e-\u001f\u007f-\u009f\ue000-\uf8ff\p{Cs}]/gu;

// A converted page repeats a few hundred readings; remembering them makes long texts cheap.
const readings = new Map<string, boolean>();
const MAX_REMEMBERED = 4096;

function dropReading(match: string, reading: string): string {
  let drop = readings.get(reading);
  if (drop === undefined) {
    drop = HAS_TONE.test(reading) && isPinyin(reading);
    if (readings.size < MAX_REMEMBERED) readings.set(reading, drop);
  }
  return drop ? '' : match;
}

function keepOneSpace(_match: string, before: string, after: string): string {
  return before || after ? ' ' : '';
}

/**
 * Returns `text` without page debris: pinyin readings in brackets right after a Han character
 * (`領(lǐng)域` → `領域`; real parentheticals such as `(AI)` or `(2024)` stay), U+FFFD and other
 * mis-decoded or control characters, markdown image placeholders and `[图片]`-style media
 * placeholders. Space around a removed placeholder shrinks to one space; the result is trimmed.
 * Mis-decoded runs that decode to valid Han characters cannot be told from text and stay.
 */
export function stripDebris(text: string): string {
  // The pre-checks skip whole passes on clean text, the usual case on 100k-article corpora.
  let clean = HAS_TONE.test(text) ? text.replace(READING_AFTER_HAN, dropReading) : text;
  if (PLACEHOLDER_HINT.test(clean)) clean = clean.replace(PLACEHOLDER, keepOneSpace);
  return clean.replace(JUNK, '').trim();
}

/**
 * True when `text` has visible content and all of it is debris (e.g. a line that is only `![]()`
 * or `[圖片]`). False for blank text and for any text that keeps something after `stripDebris`.
 */
export function isDebrisOnly(text: string): boolean {
  return text.trim() !== '' && stripDebris(text) === '';
}
