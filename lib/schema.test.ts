import { describe, expect, it } from 'vitest';
import { annotationSchema, articleSchema, pageReportSchema, passageSchema, settingsSchema } from './schema';

const annotation = {
  id: '2f1d6c1e-8a4b-4c3e-9d2f-1b7a6e5c4d3b',
  type: 'Annotation',
  target: {
    source: 'https://m.163.com/dy/article/ABCDEFGH0534ABCD.html?spss=wap',
    canonicalUrl: 'https://www.163.com/dy/article/ABCDEFGH0534ABCD.html',
    selector: [
      { type: 'TextQuoteSelector', exact: '性能已經全面超越', prefix: '中國儲能系統的', suffix: '歐洲本土產品' },
      { type: 'TextPositionSelector', start: 120, end: 128 },
    ],
  },
  body: { note: 'The FT said share, not performance.', tags: ['batteries'], verdict: 'misattributed' },
  created: '2026-01-16T12:00:00.000Z',
  modified: '2026-01-16T12:05:00+08:00',
  deleted: false,
  revision: '2-9f3a',
};

describe('schema', () => {
  it('accepts a W3C-shaped annotation with a quote and a position selector', () => {
    expect(annotationSchema.safeParse(annotation).success).toBe(true);
  });

  it('requires the quote selector first and rejects a reversed position', () => {
    const positionOnly = { ...annotation, target: { ...annotation.target, selector: [annotation.target.selector[1]] } };
    expect(annotationSchema.safeParse(positionOnly).success).toBe(false);
    const reversed = { ...annotation, target: { ...annotation.target, selector: [annotation.target.selector[0], { type: 'TextPositionSelector', start: 9, end: 2 }] } };
    expect(annotationSchema.safeParse(reversed).error?.issues[0]?.path).toEqual(['target', 'selector', 1, 'end']);
  });

  it('rejects non-web URLs anywhere a page is named', () => {
    expect(pageReportSchema.safeParse({ kind: 'notArticle', url: 'javascript:alert(1)', outletId: 'ft' }).success).toBe(false);
    expect(pageReportSchema.safeParse({ kind: 'notArticle', url: 'file:///etc/passwd', outletId: 'ft' }).success).toBe(false);
  });

  it('keeps passage spans ordered and ids tied to their article', () => {
    const passage = { id: 'a_0123456789abcdef:3', articleId: 'a_0123456789abcdef', ordinal: 3, text: 'A claim.', start: 10, end: 18, lang: 'en', isClaim: true, features: { slots: [['claim']], numbers: [], entities: [], bigrams: [] }, bands: [] };
    expect(passageSchema.safeParse(passage).success).toBe(true);
    expect(passageSchema.safeParse({ ...passage, end: 5 }).success).toBe(false);
    expect(passageSchema.safeParse({ ...passage, id: 'p1' }).success).toBe(false);
  });

  it('fills settings defaults, so a reader with no stored settings gets sensible ones', () => {
    expect(settingsSchema.parse({})).toEqual({ autoTrack: false, browserSync: false, highlight: { same: true, supports: true } });
    expect(settingsSchema.parse({ highlight: { supports: false } })).toEqual({ autoTrack: false, browserSync: false, highlight: { same: true, supports: false } });
  });

  it('refuses an article without a title or with an unknown language', () => {
    const article = { id: 'a_0123456789abcdef', url: 'https://www.ft.com/content/x', canonicalUrl: 'https://www.ft.com/content/x', outletId: 'ft', title: 'T', lang: 'en', sourceLines: [], origin: 'tracked', addedAt: '2026-01-01T00:00:00Z', text: '' };
    expect(articleSchema.safeParse(article).success).toBe(true);
    expect(articleSchema.safeParse({ ...article, title: '   ' }).success).toBe(false);
    expect(articleSchema.safeParse({ ...article, lang: 'zh' }).success).toBe(false);
  });
});
