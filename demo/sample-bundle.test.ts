import { describe, expect, it } from 'vitest';
import { parseBundle } from '../lib/store/bundle-parse';
import { loadSampleArticles } from './articles';
import { sampleBundle } from './sample-bundle';

describe('the demo corpus bundle', () => {
  it('is a valid bundle whose passages point at their sentences', () => {
    const bundle = sampleBundle(loadSampleArticles(), '2026-01-20T00:00:00.000Z');
    const parsed = parseBundle(JSON.stringify(bundle));
    expect(parsed.ok).toBe(true);
    for (const article of bundle.articles) {
      expect(article.passages.length).toBeGreaterThan(5);
      for (const passage of article.passages) expect(article.text.slice(passage.start, passage.end)).toBe(passage.text);
    }
  });
});
