// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../fixtures/render-page';
import type { SamplePage } from '../../fixtures/sample-page';
import { SEED_DATES, seedText } from '../../tests/seeds';
import { extractArticle } from '../extract-article';
import { pageKey, textFingerprint } from './page-key';

const paragraphs = seedText('netease-repost').split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
const repost = (variant: 'desktop' | 'mobile', url: string, extra: string[] = []): SamplePage => ({ site: 'netease', variant, url, lang: 'zh-Hant', title: '英媒：中國人會笑到最後', publishedAt: SEED_DATES['netease-repost']!, paragraphs: [...extra, ...paragraphs] });
const gtParagraphs = seedText('gt-laugh-last').split(/\r?\n/).map((line) => line.trim()).filter(Boolean);

function keyOf(page: SamplePage) {
  const result = extractArticle(new DOMParser().parseFromString(renderPage(page), 'text/html'), page.url);
  if (!result.ok) throw new Error(result.error.message);
  return pageKey(result.value.article);
}

describe('the page key of annotations', () => {
  it('is the same for the desktop and mobile pages of one article, with or without tracking parameters', () => {
    const desktop = keyOf(repost('desktop', 'https://www.163.com/dy/article/KK8V0G2J0556A7QL.html'));
    const mobile = keyOf(repost('mobile', 'https://m.163.com/dy/article/KK8V0G2J0556A7QL.html?spss=newsapp&utm_source=wechat'));
    expect(mobile).toEqual(desktop);
    expect(desktop.canonicalUrl).toBe('https://www.163.com/dy/article/KK8V0G2J0556A7QL.html');
    expect(desktop.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('is the same at an FT Chinese mirror', () => {
    const page = (url: string): SamplePage => ({ site: 'ftchinese', variant: 'zh', url, lang: 'zh-Hans', title: '美国可能在进行错误的AI竞赛', publishedAt: SEED_DATES['ftchinese-wrong-race']!, paragraphs: ['中国开源模型在全球采用方面已经超过了同类的美国模型，这一变化值得美国决策者认真对待。', '美国的人工智能战略过度集中于前沿模型的性能竞赛，而忽视了部署和普及。'] });
    expect(keyOf(page('https://www.ftacademy.cn/story/001108123?utm_campaign=x'))).toEqual(keyOf(page('https://www.ftchinese.com/story/001108123')));
  });

  it('finds the article by its text when its address differs entirely, and tells articles apart', () => {
    const original = keyOf(repost('desktop', 'https://www.163.com/dy/article/KK8V0G2J0556A7QL.html'));
    const copied = keyOf(repost('desktop', 'https://www.163.com/dy/article/KK8V0G2J0556ZZZZ.html', ['轉載自網易號。']));
    expect(copied.canonicalUrl).not.toBe(original.canonicalUrl);
    expect(copied.fingerprint).toBe(original.fingerprint);
    const other = keyOf({ site: 'globaltimes', variant: 'desktop', url: 'https://www.globaltimes.cn/page/202601/1346190.shtml', lang: 'en', title: 'FT says China will laugh last in AI race', publishedAt: SEED_DATES['gt-laugh-last']!, paragraphs: gtParagraphs });
    expect(other.fingerprint).not.toBe(original.fingerprint);
  });

  it('ignores white space and punctuation, and has no fingerprint for a text of short lines', () => {
    const text = paragraphs.join('\n');
    expect(textFingerprint(text.replace(/，/g, ',').replace(/ /g, '  '))).toBe(textFingerprint(text));
    expect(textFingerprint('Short. Lines. Only.')).toBeUndefined();
  });
});
