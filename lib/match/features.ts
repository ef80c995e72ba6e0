/**
 * A passage as the matcher sees it, the same in every language: content "slots" (an English
 * word's stem, or the English stems a Chinese word glosses to), numbers in language-neutral form,
 * and named entities as ids. Two passages in different languages meet on these.
 */
import type { Lang, PassageFeatures } from '../schema';
import type { PassageIndexer } from '../store/article-records';
import { normalizeForMatch } from '../text/normalize';
import { englishTerms } from './english-terms';
import { OUTLET_COREFERENCE } from '../claims/attribution';
import { scanEntities } from './entities';
import type { GlossTable } from './gloss-table';
import { bandKeys } from './minhash';
import { extractNumbers } from './numbers';

/** A passage's features (see `PassageFeatures`) with its language. */
export interface Features extends PassageFeatures {
  lang: Lang;
}

/**
 * Names the feature code's output: stored features of another version are rebuilt. Bump it
 * whenever a change here, in the stemmer, the gloss table or the tables alters any passage's
 * features or keys.
 */
export const FEATURES_VERSION = 3;

/** What building features needs besides the text: the Chinese → English gloss table. */
export interface FeatureContext {
  gloss: GlossTable;
}

const LATIN_RUN = /[A-Za-z][A-Za-z'’-]*/g;

const HAN_RUN = /[\u3400-\u9fff]+/g;

/** The features of one passage of language `lang`. */
export function passageFeatures(text: string, lang: Lang, context: FeatureContext): Features {
  // Named actors and outlets are matched by their ids, not by the words of their names (who
  // said a thing frames the claim; a transliterated name glosses to nonsense); "the newspaper"
  // names an outlet again.
  const { ids: entities, rest: named } = scanEntities(text, lang);
  const rest = named.replace(lang === 'en' ? OUTLET_COREFERENCE.en : OUTLET_COREFERENCE.zh, ' ');
  if (lang === 'en') {
    return { lang, slots: unique(englishTerms(rest)).map((t) => [t]), numbers: extractNumbers(text, lang), entities, bigrams: [] };
  }
  const normalized = normalizeForMatch(rest);
  const glossed = context.gloss.slots(normalized).filter((slot) => slot.stems.length > 0).map((slot) => slot.stems);
  // English words inside Chinese text ("AI 大模型") are matched as English.
  const latin = englishTerms((normalized.match(LATIN_RUN) ?? []).join(' ')).map((t) => [t]);
  return { lang, slots: [...glossed, ...latin], numbers: extractNumbers(text, lang), entities, bigrams: hanBigrams(normalized) };
}

/** Overlapping character pairs of each run of Han characters. */
function hanBigrams(text: string): string[] {
  const bigrams = new Set<string>();
  for (const run of text.match(HAN_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) bigrams.add(run.slice(i, i + 2));
  }
  return [...bigrams];
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/** The index keys of a passage's features: its stems, entity ids and numbers, prefixed by kind. */
export function featureKeys(features: PassageFeatures): string[] {
  const keys = new Set<string>();
  for (const slot of features.slots) for (const stem of slot) keys.add(stem);
  for (const entity of features.entities) keys.add(`@${entity}`);
  for (const number of features.numbers) keys.add(`#${number}`);
  return [...keys];
}

/** A passage as the matcher uses it: its features, and its keys with MinHash bands. */
export interface MatchEntry {
  features: Features;
  keys: string[];
}

export function matchEntry(text: string, lang: Lang, context: FeatureContext): MatchEntry {
  const features = passageFeatures(text, lang, context);
  return { features, keys: storedKeys(features, bandKeys(text, lang)) };
}

/** Anchors paired per passage at most: 6 give 15 pair keys. */
const MAX_ANCHORS = 6;
/** Anchors combined in threes at most: 4 give 4 triple keys. */
const MAX_TRIPLE_ANCHORS = 4;

/**
 * Pairs and triples of the passage's anchors — entities and numbers, the same in every language
 * — as keys (`&a|b`, `&a|b|c`). Each name or number alone is common in a large corpus; "BYD"
 * with "45%" is rare, so candidates are found by what the claim hinges on, across languages. At
 * a year of feeds even pairs recur ("Vietnam" with "2027" in a thousand passages), so a claim
 * naming two actors and a year is found by the three together.
 */
export function anchorKeys(features: PassageFeatures): string[] {
  const anchors = [...new Set([...features.entities.filter((e) => !e.startsWith('outlet:')).map((e) => `@${e}`), ...features.numbers.map((n) => `#${n}`)])].sort();
  const keys: string[] = [];
  const paired = anchors.slice(0, MAX_ANCHORS);
  for (let i = 0; i < paired.length; i++) for (let j = i + 1; j < paired.length; j++) keys.push(`&${paired[i]}|${paired[j]}`);
  const tripled = anchors.slice(0, MAX_TRIPLE_ANCHORS);
  for (let i = 0; i < tripled.length; i++) for (let j = i + 1; j < tripled.length; j++) for (let k = j + 1; k < tripled.length; k++) keys.push(`&${tripled[i]}|${tripled[j]}|${tripled[k]}`);
  return keys;
}

/** What is stored with a passage for matching (its language is the passage's own). */
export function indexFields(text: string, lang: Lang, context: FeatureContext): { features: PassageFeatures; bands: string[] } {
  const { lang: _lang, ...features } = passageFeatures(text, lang, context);
  return { features, bands: bandKeys(text, lang) };
}

/** A stored passage's index keys, as `matchEntry` gives them, from what is stored with it. */
export function storedKeys(features: PassageFeatures, bands: readonly string[]): string[] {
  return [...featureKeys(features), ...anchorKeys(features), ...bands];
}

/** The store's passage indexer (lib/store/article-records.ts) over this feature code. */
export function passageIndexer(context: FeatureContext): PassageIndexer {
  return { version: FEATURES_VERSION, fields: (text, lang) => indexFields(text, lang, context) };
}
