/**
 * A passage as the matcher sees it, the same in every language: content "slots" (an English
 * word's stem, or the English stems a Chinese word glosses to), numbers in language-neutral form,
 * and named entities as ids. Two passages in different languages meet on these.
 */
import { outlets } from '../outlets';
import type { Lang } from '../schema';
import { normalizeForMatch } from '../text/normalize';
import { englishTerms } from './english-terms';
import { extractEntities } from './entities';
import type { GlossTable } from './gloss-table';
import { extractNumbers } from './numbers';

export interface Features {
  lang: Lang;
  /** Content units; each lists the stems any of which counts as a match for the unit. */
  slots: string[][];
  numbers: string[];
  entities: string[];
  /** Chinese only: character bigrams of the simplified text, for same-language comparison. */
  bigrams: string[];
}

/** What building features needs besides the text: the Chinese → English gloss table. */
export interface FeatureContext {
  gloss: GlossTable;
}

const LATIN_RUN = /[A-Za-z][A-Za-z'’-]*/g;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Outlet names in the text, longest first ("the Wall Street Journal", 《金融时报》): who said a thing
 * is the frame, not the claim, and their words ("street", "times") must not count as content.
 * The outlet itself is still an entity of the passage.
 */
const OUTLET_NAMES = new RegExp(
  outlets
    .flatMap((outlet) => [outlet.names.en, outlet.names['zh-Hans'], outlet.names['zh-Hant'], ...outlet.aliases])
    .filter((name) => name.length >= 2)
    .sort((a, b) => b.length - a.length)
    .map((name) => (/^[A-Za-z]/.test(name) ? `\\b${escapeRegExp(name)}\\b` : escapeRegExp(name)))
    .join('|'),
  'g',
);

const withoutOutletNames = (text: string): string => text.replace(OUTLET_NAMES, ' ');
const HAN_RUN = /[\u3400-\u9fff]+/g;

/** The features of one passage of language `lang`. */
export function passageFeatures(text: string, lang: Lang, context: FeatureContext): Features {
  const entities = extractEntities(text, lang);
  if (lang === 'en') {
    return { lang, slots: unique(englishTerms(withoutOutletNames(text))).map((t) => [t]), numbers: extractNumbers(text, lang), entities, bigrams: [] };
  }
  const normalized = withoutOutletNames(normalizeForMatch(text));
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

/** Every index key of a passage: its stems, entity ids and numbers, prefixed by kind. */
export function featureKeys(features: Features): string[] {
  const keys = new Set<string>();
  for (const slot of features.slots) for (const stem of slot) keys.add(stem);
  for (const entity of features.entities) keys.add(`@${entity}`);
  for (const number of features.numbers) keys.add(`#${number}`);
  return [...keys];
}
