/**
 * An article's text → its passages: sentences with UTF-16 offsets into the text, the language of
 * each, whether it states a checkable claim, and which outlet it attributes its content to.
 */
import type { BundlePassage, Lang } from '../schema';
import { stripDebris } from '../text/debris';
import { detectLang, isChineseText } from '../text/script';
import { splitSentences } from '../text/sentences';
import { attributeSentences } from './attribution';
import { lineRole } from './boilerplate';
import { isCheckWorthy } from './check-worthy';

/** A block of the article text: `text.slice(start, end)`, with the language the page declares. */
export interface TextSpan {
  start: number;
  end: number;
  lang?: Lang;
}

interface Sentence {
  text: string;
  start: number;
  end: number;
  lang: Lang;
}

/**
 * Cuts the blocks of `text` into passages; `articleLang` is the language of the text as a whole,
 * the default for blocks and sentences whose script does not say otherwise. Page debris (pinyin after characters, mis-decoded
 * characters) is cleaned from the passage text; its span still points at the original text.
 */
export function buildPassages(text: string, blocks: readonly TextSpan[], articleLang: Lang): BundlePassage[] {
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    const blockText = text.slice(block.start, block.end);
    const lang = block.lang ?? sentenceLang(blockText, articleLang);
    for (const span of splitSentences(blockText, lang)) {
      const clean = stripDebris(span.text).replace(/\s+/g, ' ').trim();
      if (!clean || lineRole(span.text) !== 'claim') continue;
      sentences.push({ text: clean, start: block.start + span.start, end: block.start + span.end, lang: block.lang ?? sentenceLang(clean, lang) });
    }
  }
  const attributions = attributeByLanguage(sentences);
  return sentences.map((sentence, ordinal) => {
    const attribution = attributions[ordinal];
    return {
      ordinal,
      text: sentence.text.slice(0, 5000),
      start: sentence.start,
      end: sentence.end,
      lang: sentence.lang,
      isClaim: isCheckWorthy(sentence.text, sentence.lang, attribution !== undefined),
      ...(attribution ? { attribution } : {}),
    };
  });
}

/**
 * A sentence's language: its block's, unless its script says otherwise (an English sentence in a
 * Chinese article). Short sentences carry too little evidence, so they keep the block's. Telling
 * simplified from traditional needs a conversion, so it is only done when the script changes.
 */
function sentenceLang(sentence: string, blockLang: Lang): Lang {
  if (sentence.length < 12) return blockLang;
  const chinese = isChineseText(sentence);
  if (blockLang === 'en') return chinese ? detectLang(sentence) : 'en';
  return chinese ? blockLang : 'en';
}

/** Attribution follows the text language by language, so "the newspaper" refers within one. */
function attributeByLanguage(sentences: readonly Sentence[]) {
  const result: ReturnType<typeof attributeSentences> = new Array(sentences.length).fill(undefined);
  for (const lang of new Set(sentences.map((s) => s.lang))) {
    const indexes = sentences.flatMap((s, i) => (s.lang === lang ? [i] : []));
    const found = attributeSentences(indexes.map((i) => sentences[i]!.text), lang);
    indexes.forEach((sentenceIndex, k) => (result[sentenceIndex] = found[k]));
  }
  return result;
}

/** The passages of a plain text in one language (paragraphs separated by line breaks). */
export function passagesOfText(text: string, lang: Lang): BundlePassage[] {
  return buildPassages(text, [{ start: 0, end: text.length, lang }], lang);
}
