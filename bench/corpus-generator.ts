/**
 * Deterministic synthetic corpora for benchmarks: articles in English, simplified and traditional
 * Chinese, each sentence one of many templates filled from a bilingual lexicon (40 actors, 40
 * topics, numbers, years), with mutations (per cent or %, traditional script). Every sentence
 * remembers what it says, so a page can carry translations of corpus sentences whose right
 * answer is known, and number-changed translations that must not be labelled `same`.
 */
import * as OpenCC from 'opencc-js/cn2t';
import { passagesOfText } from '../lib/claims/article-passages';
import { CORPUS_BUNDLE_VERSION, type BundleArticle, type CorpusBundle, type Lang } from '../lib/schema';
import { seededRandom } from '../tests/random';
import { actors, templates, topics, type Slots } from './lexicon';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const LANGS: readonly Lang[] = ['en', 'zh-Hans', 'zh-Hant'];

/** What one sentence says, independent of its language. */
export interface Claim {
  template: number;
  slots: Slots;
}

export interface SyntheticCorpus {
  bundle: CorpusBundle;
  /** Per article, the claim of each passage, by ordinal. */
  claims: Claim[][];
}

/** Renders `claim` in `lang`; `percent` picks how English writes per cent. */
export function render(claim: Claim, lang: Lang, percent = '%'): string {
  const template = templates[claim.template]!;
  if (lang === 'en') {
    const sentence = template.en(claim.slots, percent);
    return sentence.charAt(0).toUpperCase() + sentence.slice(1);
  }
  const zh = template.zh(claim.slots);
  return lang === 'zh-Hant' ? toTraditional(zh) : zh;
}

function claimGenerator(random: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  return (subject = pick(actors)): Claim => {
    let partner = pick(actors);
    while (partner === subject) partner = pick(actors);
    return { template: Math.floor(random() * templates.length), slots: { s: subject, p: partner, o: pick(topics), n: 2 + Math.floor(random() * 97), y: 2012 + Math.floor(random() * 18) } };
  };
}

/** A corpus of `count` articles of ten sentences each, the same for the same seed. */
export function syntheticCorpus(count: number, seed = 1): SyntheticCorpus {
  const random = seededRandom(seed);
  const nextClaim = claimGenerator(random);
  const claims: Claim[][] = [];
  const articles: BundleArticle[] = Array.from({ length: count }, (_, i) => {
    const lang = LANGS[i % 3]!;
    // An article keeps to one actor for most of its sentences, as a news story does.
    const story = actors[Math.floor(random() * actors.length)]!;
    const articleClaims = Array.from({ length: 10 }, () => nextClaim(random() < 0.6 ? story : undefined));
    const sentences = articleClaims.map((claim) => render(claim, lang, random() < 0.5 ? '%' : ' per cent'));
    const joiner = lang === 'en' ? ' ' : '';
    const text = [sentences.slice(0, 5).join(joiner), sentences.slice(5).join(joiner)].join('\n\n');
    const passages = passagesOfText(text, lang);
    claims.push(passages.map((passage) => articleClaims[sentences.indexOf(passage.text)]!));
    const url = `https://www.163.com/dy/article/${i.toString(36).toUpperCase().padStart(16, '0')}.html`;
    return { url, canonicalUrl: url, outletId: 'netease', title: sentences[0]!, lang, sourceLines: [], publishedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), text, passages };
  });
  return { bundle: { format: 'claimtrail-corpus', version: CORPUS_BUNDLE_VERSION, exportedAt: '2026-01-01T00:00:00.000Z', articles }, claims };
}

/** A bundle of `count` synthetic articles (see `syntheticCorpus`). */
export const syntheticBundle = (count: number, seed = 1): CorpusBundle => syntheticCorpus(count, seed).bundle;

export interface PageSentence {
  text: string;
  lang: Lang;
  /** A translation of this corpus passage (article index, ordinal): the right answer. */
  translates?: { article: number; ordinal: number };
  /** A translation of this corpus passage with its number changed: must not be `same`. */
  contradicts?: { article: number; ordinal: number };
}

/**
 * A 60-sentence page: 20 translations of corpus sentences into another language or script, 10
 * translations with the number changed (hard negatives) and 30 new sentences on the same topics.
 */
export function syntheticPage(corpus: SyntheticCorpus, seed: number): PageSentence[] {
  const random = seededRandom(seed);
  const nextClaim = claimGenerator(random);
  const articles = corpus.bundle.articles;
  const corpusPassage = () => {
    const article = Math.floor(random() * articles.length);
    const ordinal = Math.floor(random() * corpus.claims[article]!.length);
    const source = articles[article]!.lang;
    const lang = LANGS.filter((l) => l !== source)[Math.floor(random() * 2)]!;
    return { article, ordinal, claim: corpus.claims[article]![ordinal]!, lang };
  };
  const page: PageSentence[] = [];
  for (let i = 0; i < 60; i++) {
    if (i % 3 === 0 || i % 6 === 1) {
      const { article, ordinal, claim, lang } = corpusPassage();
      if (i % 3 === 0) page.push({ text: render(claim, lang), lang, translates: { article, ordinal } });
      else {
        // Every template states a number, a year or both: change both.
        const slots = { ...claim.slots, n: claim.slots.n + 1 + Math.floor(random() * 40), y: claim.slots.y + 1 + Math.floor(random() * 5) };
        page.push({ text: render({ ...claim, slots }, lang), lang, contradicts: { article, ordinal } });
      }
    } else {
      const lang = LANGS[Math.floor(random() * 3)]!;
      page.push({ text: render(nextClaim(), lang), lang });
    }
  }
  return page;
}
