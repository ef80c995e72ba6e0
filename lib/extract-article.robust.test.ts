// @vitest-environment happy-dom
/** Extraction runs on other people's pages: whatever the page, it answers and never throws. */
import { describe, expect, it } from 'vitest';
import { hostilePage } from '../fixtures/hostile-pages';
import { renderPage, variantsOf } from '../fixtures/render-page';
import { seededRandom } from '../tests/random';
import { extractArticle } from './extract-article';
import { MAX_ARTICLE_CHARS } from './schema';
import { siteAdapters } from './sites';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const ODD_TEXT = ['\u0000', '\uFFFD', '\uD800', '​', '‮evil', '<script>alert(1)</script>', '。。。', '  \n\t ', '(lǐng)', 'U.S.', '{"text":[[{"start":1', '"'];

/** Applies `count` random edits: removals, moves, duplicates, odd text, renamed classes, nesting. */
function mutate(doc: Document, random: () => number, count: number): void {
  const pick = <T>(items: ArrayLike<T>): T | undefined => items[Math.floor(random() * items.length)];
  for (let i = 0; i < count; i++) {
    const elements = doc.body.querySelectorAll('*');
    const target = pick(elements);
    if (!target) return;
    const action = Math.floor(random() * 6);
    try {
      edit(doc, target, action, pick(elements), pick(ODD_TEXT)!, random);
    } catch {
      // The DOM refuses some edits (an element moved into itself); the next one is tried.
    }
  }
}

function edit(doc: Document, target: Element, action: number, other: Element | undefined, odd: string, random: () => number): void {
  const pick = <T>(items: ArrayLike<T>): T | undefined => items[Math.floor(random() * items.length)];
  if (action === 0) target.remove();
  else if (action === 1) other?.append(target);
  else if (action === 2) target.after(target.cloneNode(true));
  else if (action === 3) target.append(doc.createTextNode(odd));
  else if (action === 4) target.className = pick(['', 'post_body', 'article_right', 'leftp', 'o-ads', 'story-body'])!;
  else target.replaceWith(Object.assign(doc.createElement(pick(['div', 'p', 'br', 'span', 'li', 'textarea'])!), { textContent: target.textContent?.slice(0, 200) ?? '' }));
}

describe('extraction never throws', () => {
  const cases = siteAdapters.flatMap((site) => variantsOf(site.id).map((variant) => [site.id, variant] as const));

  it.each(cases)('%s %s under 40 rounds of random DOM mutations', (siteId, variant) => {
    const page = hostilePage(siteId, variant);
    const random = seededRandom(siteId.length * 97 + variant.length);
    for (let round = 0; round < 40; round++) {
      const doc = parse(renderPage(page));
      mutate(doc, random, 1 + Math.floor(random() * 25));
      const result = extractArticle(doc, page.url);
      expect(result.ok).toBe(true);
      if (result.ok) for (const p of result.value.article.passages) expect(p.end).toBeLessThanOrEqual(result.value.article.text.length);
    }
  });

  it('on deeply nested pages', () => {
    const nested = (depth: number) => parse(`<html><body><div class="post_body">${'<div>'.repeat(depth)}<p>Deep text is still read.</p>${'</div>'.repeat(depth)}</div></body></html>`);
    const url = 'https://www.163.com/dy/article/ABCDEFGH0534ABCD.html';
    const deep = extractArticle(nested(1500), url);
    expect(deep.ok && deep.value.article.passages.map((p) => p.text)).toEqual(['Deep text is still read.']);
    // Deeper than the DOM emulator's own recursive selector engine goes: a clear result, no throw.
    expect(() => extractArticle(nested(20_000), url)).not.toThrow();
  });

  it('on a huge page, cutting the text at the stored maximum', () => {
    const paragraph = 'Chinese battery makers supplied 62 per cent of the grid storage installed in Europe last year. ';
    const html = `<html><head><title>Huge</title></head><body><div class="article_title">Huge</div><div class="article_content"><div class="article_right">${`<p>${paragraph.repeat(20)}</p>`.repeat(400)}</div></div></body></html>`;
    const result = extractArticle(parse(html), 'https://www.globaltimes.cn/page/202601/1234567.shtml');
    expect(result.ok && result.value.article.text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    expect(result.ok && result.value.article.passages.length).toBeGreaterThan(1000);
  });

  it('on an empty document, a garbage URL, and a page of another site', () => {
    expect(extractArticle(parse(''), 'https://www.ft.com/content/00000000-0000-4000-8000-000000000001').ok).toBe(true);
    expect(extractArticle(parse('<p>x</p>'), 'not a url')).toMatchObject({ ok: false, error: { code: 'extractionFailed' } });
    const other = extractArticle(parse('<html><body><article><h1>T</h1><p>Just one short line.</p></article></body></html>'), 'https://example.org/a');
    expect(other.ok && other.value.site).toBe('generic');
  });
});
