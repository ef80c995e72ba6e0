/**
 * Shared `Intl.Segmenter` instances: building one costs far more than using it, and content
 * scripts split every page they read.
 */
import type { Lang } from '../schema';

const LOCALES: Record<Lang, string> = { en: 'en', 'zh-Hans': 'zh-Hans', 'zh-Hant': 'zh-Hant' };
const cache = new Map<string, Intl.Segmenter>();

/** The segmenter for `lang` at `granularity`, built on first use and reused after. */
export function segmenterFor(lang: Lang, granularity: 'word' | 'sentence'): Intl.Segmenter {
  const key = `${lang}/${granularity}`;
  let segmenter = cache.get(key);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(LOCALES[lang], { granularity });
    cache.set(key, segmenter);
  }
  return segmenter;
}
