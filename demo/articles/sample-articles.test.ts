// @vitest-environment happy-dom
import { describe, it, expect } from 'vitest';
import { loadSampleArticles } from './index';
import { renderPage } from '../../fixtures/render-page';

const articles = loadSampleArticles();
const byFile = (site: string, variant: string) => articles.find((a) => a.site === site && a.variant === variant);

describe('demo sample articles', () => {
  it('cover all five sites and the three languages', () => {
    expect(new Set(articles.map((a) => a.site))).toEqual(new Set(['ft', 'ftchinese', 'globaltimes', 'huanqiu', 'netease']));
    expect(new Set(articles.map((a) => a.lang))).toEqual(new Set(['en', 'zh-Hans', 'zh-Hant']));
  });

  it('are fictional, 6–12 paragraphs long and in publication order', () => {
    for (const a of articles) {
      expect(a.note).toBe('Fictional sample written for the ClaimTrail demo; not from any outlet.');
      expect(a.paragraphs.length).toBeGreaterThanOrEqual(6);
      expect(a.paragraphs.length).toBeLessThanOrEqual(12);
    }
    const times = articles.map((a) => Date.parse(a.publishedAt));
    expect(times).toEqual([...times].sort((x, y) => x - y));
  });

  it('keep the bilingual page consistent with the FT original and the Chinese story', () => {
    const ce = byFile('ftchinese', 'ce');
    expect(ce?.paragraphs).toEqual(byFile('ft', 'desktop')?.paragraphs);
    expect(ce?.translations).toEqual(byFile('ftchinese', 'zh')?.paragraphs.slice(0, -1));
  });

  for (const a of articles) {
    it(`renders ${a.site}/${a.variant} (${a.url}) with its title and body as text`, () => {
      const doc = new DOMParser().parseFromString(renderPage(a), 'text/html');
      expect(doc.title).toContain(a.title);
      expect(doc.body.textContent).toContain(a.paragraphs[0]?.slice(0, 20));
    });
  }
});
