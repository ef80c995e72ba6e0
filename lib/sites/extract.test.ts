// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { HOSTILE_PARAGRAPHS, hostilePage } from '../../fixtures/hostile-pages';
import { renderPage, variantsOf } from '../../fixtures/render-page';
import { loadSampleArticles } from '../../demo/articles';
import { extractArticle } from '../extract-article';
import { siteAdapters } from './index';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const extract = (page: Parameters<typeof renderPage>[0]) => {
  const result = extractArticle(parse(renderPage(page)), page.url);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('site extraction on page skeletons', () => {
  const cases = siteAdapters.flatMap((site) => variantsOf(site.id).filter((v) => v !== 'barrier').map((variant) => [site.id, variant] as const));

  it.each(cases)('%s %s: the body paragraphs, as text, and nothing around them', (siteId, variant) => {
    const { site, article } = extract(hostilePage(siteId, variant));
    expect(site).toBe(siteId);
    const text = article.text;
    // Audio transcripts are markup-bearing text (sites.md §2): inline tags go, entities decode.
    const paragraphs = variant === 'audio' ? HOSTILE_PARAGRAPHS.filter((p) => !/&|<\/?(b|i|strong|em|span|a)\b/.test(p)) : HOSTILE_PARAGRAPHS;
    for (const paragraph of paragraphs) expect(text).toContain(paragraph.replace(/\s+/g, ' ').split('. ')[0]!);
    expect(text).not.toMatch(/特别声明|Notice: The content above|版权声明|Newspaper headline|Recommended|Photo: VCG|打开网易新闻|温馨提示/);
    for (const passage of article.passages) expect(article.text.slice(passage.start, passage.end).length).toBeGreaterThan(0);
    // A second copy of the article on the page (Huanqiu's rendered view) must not count twice;
    // the bilingual columns may repeat a sentence, but each in its own language.
    const texts = article.passages.map((p) => `${p.lang}:${p.text}`);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('says an FT barrier page is paywalled and invents no body', () => {
    const result = extract(hostilePage('ft', 'barrier'));
    expect(result.status).toBe('paywalled');
    expect(result.article.passages).toEqual([]);
    expect(result.article.title).toBe(hostilePage('ft', 'barrier').title);
  });

  it('keeps a pull quote from counting its sentence twice', () => {
    const page = loadSampleArticles().find((p) => p.site === 'ft')!;
    const { article } = extract(page);
    const texts = article.passages.map((p) => p.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('reads both columns of a bilingual FT Chinese page, each in its language', () => {
    const page = loadSampleArticles().find((p) => p.site === 'ftchinese' && p.variant === 'ce')!;
    const { article } = extract(page);
    expect(new Set(article.passages.map((p) => p.lang))).toEqual(new Set(['en', 'zh-Hans']));
  });

  it('reads metadata: canonical URL, byline, publication time, source lines', () => {
    const articles = loadSampleArticles().map((page) => [page, extract(page).article] as const);
    for (const [page, article] of articles) {
      expect(article.publishedAt, page.url).toBe(new Date(page.publishedAt).toISOString());
      expect(article.canonicalUrl.startsWith('https://www.'), page.url).toBe(true);
      expect(article.lang, page.url).toBe(page.variant === 'ce' ? 'en' : page.lang);
    }
    const netease = articles.find(([page]) => page.site === 'netease')![1];
    expect(netease.sourceLines.some((line) => line.startsWith('来源：'))).toBe(true);
  });

  it('maps passages back to the page text nodes they came from', () => {
    const page = loadSampleArticles().find((p) => p.site === 'netease')!;
    // Into the live document: the DOM emulator's ranges only work there.
    const doc = document;
    doc.body.replaceChildren(...parse(renderPage(page)).body.childNodes);
    const result = extractArticle(doc, page.url);
    if (!result.ok) throw new Error(result.error.message);
    const { article, textMap } = result.value;
    for (const passage of article.passages) {
      const start = textMap.pointAt(passage.start);
      const end = textMap.pointAt(passage.end, 'end');
      expect(start && end, passage.text).toBeTruthy();
      const range = doc.createRange();
      range.setStart(start!.node, start!.offset);
      range.setEnd(end!.node, end!.offset);
      expect(range.toString().replace(/\s+/g, ' ')).toBe(article.text.slice(passage.start, passage.end));
    }
  });
});

describe('Huanqiu', () => {
  it('keeps the reporters’ bracketed lead as a source line, not a claim', () => {
    const page = { ...hostilePage('huanqiu', 'desktop'), paragraphs: ['【环球时报记者 王明 李华】欧洲储能市场去年增长了62%。', '第二段。'] } as Parameters<typeof renderPage>[0];
    const { article } = extract(page);
    expect(article.sourceLines[0]).toBe('环球时报记者 王明 李华');
    expect(article.passages[0]?.text).toBe('欧洲储能市场去年增长了62%。');
  });
});
