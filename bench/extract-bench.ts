/**
 * Extraction of a long article (about 200 KB of page HTML), the work the content script does on
 * page load: median of repeated runs, against a same-run baseline that only reads the body's
 * text and splits it at full stops (the least any extractor must do).
 */
import { Window } from 'happy-dom';
import { renderPage } from '../fixtures/render-page';
import type { SamplePage } from '../fixtures/sample-page';
import { extractArticle } from '../lib/extract-article';
import { syntheticBundle } from './corpus-generator';

const RUNS = 25;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A page of `site` whose body repeats synthetic paragraphs until they reach `bytes`. */
function longPage(site: 'globaltimes' | 'netease', bytes: number): SamplePage {
  const lang = site === 'netease' ? 'zh-Hant' : 'en';
  const texts = syntheticBundle(300, 7).articles.filter((a) => a.lang === lang).flatMap((a) => a.text.split('\n\n'));
  const paragraphs: string[] = [];
  for (let size = 0, i = 0; size < bytes * 0.9; i++) {
    const paragraph = texts[i % texts.length]!;
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph);
  }
  const url = site === 'netease' ? 'https://www.163.com/dy/article/KK8V0G2J0556A7QL.html' : 'https://www.globaltimes.cn/page/202601/1346190.shtml';
  return { site, variant: 'desktop', url, lang, title: 'A long article', publishedAt: '2026-01-21T12:00:00+08:00', paragraphs } as SamplePage;
}

/** Adds page chrome (a long teaser list and an inline script) until the page is `bytes` long. */
function padded(html: string, bytes: number): string {
  const teasers: string[] = [];
  for (let size = Buffer.byteLength(html), i = 0; size < bytes * 0.85; i++) {
    const item = `<li class="item"><a href="/page/202601/${1_300_000 + i}.shtml">Related story number ${i} about markets, policy and technology</a><span class="time">2026-01-2${i % 10}</span></li>`;
    teasers.push(item);
    size += item.length;
  }
  const script = `<script>window.__STATE__=${JSON.stringify({ items: Array.from({ length: 600 }, (_, i) => ({ id: i, title: `Headline ${i}`, tags: ['a', 'b'] })) })}</script>`;
  return html.replace('</body>', `<div class="recommend"><ul>${teasers.join('')}</ul></div>${script}</body>`);
}

export interface ExtractFigures {
  page: string;
  htmlKb: number;
  passages: number;
  medianMs: number;
  baselineMedianMs: number;
  ratioToBaseline: number;
}

/**
 * `text`: 200 KB of page that is nearly all article text (the worst case). `typical`: a
 * 12 KB article inside 200 KB of page, the rest navigation, scripts and teaser lists, as on the
 * real sites.
 */
export function extractBench(site: 'globaltimes' | 'netease', kind: 'text' | 'typical'): ExtractFigures {
  const page = longPage(site, kind === 'text' ? 200 * 1024 : 12 * 1024);
  const html = kind === 'text' ? renderPage(page) : padded(renderPage(page), 200 * 1024);
  const window = new Window({ url: page.url });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const times: number[] = [];
  const baseline: number[] = [];
  let passages = 0;
  let baselineSentences = 0;
  for (let run = 0; run < RUNS; run++) {
    let start = performance.now();
    const result = extractArticle(doc, page.url);
    times.push(performance.now() - start);
    passages = result.ok ? result.value.article.passages.length : 0;
    start = performance.now();
    baselineSentences = (doc.body.textContent ?? '').split(/[.。]/).filter((s) => s.trim()).length;
    baseline.push(performance.now() - start);
  }
  void window.happyDOM.close();
  if (baselineSentences === 0) throw new Error('the baseline read no text');
  return {
    page: `${site} (${page.lang}), ${kind}`,
    htmlKb: Math.round(Buffer.byteLength(html) / 1024),
    passages,
    medianMs: median(times),
    baselineMedianMs: median(baseline),
    ratioToBaseline: median(times) / median(baseline),
  };
}
