import type { CorpusMatch } from '../lib/schema';

/** A tracked Global Times sentence matched as `same`, with whatever `overrides` change. */
export const corpusMatch = (overrides: Partial<CorpusMatch> = {}): CorpusMatch => ({
  passageId: 'a_0123456789abcdef:1',
  articleId: 'a_0123456789abcdef',
  url: 'https://www.globaltimes.cn/page/202601/1346190.shtml',
  outletId: 'globaltimes',
  title: 'FT says China will laugh last in AI race',
  lang: 'en',
  publishedAt: '2026-01-21T04:00:00.000Z',
  text: 'Chinese open-source models have already surpassed their U.S. counterparts.',
  label: 'same',
  score: 0.8,
  reasons: { terms: ['model'], numbers: [], entities: ['country:cn'] },
  ...overrides,
});
