/**
 * Matching quality on the seed gold file: the five real seed articles (read from ../shared at
 * test time) are the corpus; each gold sentence is a query.
 */
import { describe, expect, it } from 'vitest';
import { gold, SEED_URLS, seedText } from '../../tests/seeds';
import { extractText } from '../extract-text';
import type { RankLine } from '../schema';
import { normalizeForMatch } from '../text/normalize';
import { passageFeatures } from './features';
import { loadGlossTable } from './load-gloss';
import { indexCorpus, rankQuery } from './rank';
import { scorePair } from './score';

const g = gold();
const context = { gloss: loadGlossTable() };
const URLS = SEED_URLS;

/** Every passage of every seed, as `rank` corpus lines with ids `<doc>#<ordinal>`. */
const corpus: RankLine[] = Object.keys(g.documents).flatMap((doc) => {
  const article = extractText(seedText(doc), URLS[doc]!);
  if (!article.ok) throw new Error(article.error.message);
  return article.value.article.passages.map((p) => ({ id: `${doc}#${p.ordinal}`, lang: p.lang, text: p.text }));
});
const byId = new Map(corpus.map((line) => [line.id, line]));
const lang = (doc: string) => g.documents[doc]!.lang;

/** Whether corpus passage `id` is the gold sentence (same document, same text once normalised). */
const isSentence = (id: string, doc: string, text: string) =>
  id.startsWith(`${doc}#`) && normalizeForMatch(byId.get(id)!.text).includes(normalizeForMatch(text));

describe('matching on the seed gold file', () => {
  const index = indexCorpus(corpus, context);
  const same = g.pairs.filter((pair) => pair.label === 'same');

  it('finds all 21 same pairs at rank 1 and labels them same, in both directions', () => {
    const misses: string[] = [];
    for (const pair of same) {
      for (const [query, target] of [[pair.a, pair.b], [pair.b, pair.a]] as const) {
        // The query's own article is in the corpus too; its passages are set aside, not counted.
        const { results } = rankQuery(index, { id: `query:${query.doc}`, lang: lang(query.doc), text: query.text }, context, 100);
        const top = results.filter((r) => !r.id.startsWith(`${query.doc}#`))[0];
        if (!top || !isSentence(top.id, target.doc, target.text) || top.label !== 'same') misses.push(`${query.text.slice(0, 60)} → ${top ? `${top.label} ${top.score} ${byId.get(top.id)!.text.slice(0, 60)}` : 'nothing'}`);
      }
    }
    expect(same).toHaveLength(21);
    expect(misses).toEqual([]);
  });

  const score = (pair: (typeof g.pairs)[number]) =>
    scorePair(passageFeatures(pair.a.text, lang(pair.a.doc), context), passageFeatures(pair.b.text, lang(pair.b.doc), context), index.frequencies);

  it('labels at least 2 of the 3 supports pairs supports or same', () => {
    const labels = g.pairs.filter((pair) => pair.label === 'supports').map((pair) => score(pair).label);
    expect(labels.filter((label) => label !== 'none').length, labels.join(',')).toBeGreaterThanOrEqual(2);
  });

  it('labels none of the related and none pairs', () => {
    const labelled = g.pairs.filter((pair) => pair.label === 'related' || pair.label === 'none').map((pair) => ({ pair, result: score(pair) })).filter(({ result }) => result.label !== 'none');
    expect(labelled.map(({ pair, result }) => `${result.label} ${result.score.toFixed(2)}: ${pair.a.text.slice(0, 50)} / ${pair.b.text.slice(0, 50)}`)).toEqual([]);
  });
});
