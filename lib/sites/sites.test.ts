import { describe, expect, it } from 'vitest';
import { outletById } from '../outlets';
import { hostPermissions } from './hosts';
import { pickSite, siteAdapters } from './index';
import { sampleUrls } from './sample-urls';

describe('site registry', () => {
  it.each(siteAdapters.flatMap((site) => sampleUrls[site.id].map((url) => [site.id, url] as const)))('%s recognises its sample URL %s', (id, url) => {
    const site = pickSite(url);
    expect(site?.id).toBe(id);
    expect(site?.isArticleUrl(new URL(url))).toBe(true);
  });

  it.each([
    ['ft', 'https://www.ft.com/'],
    ['ft', 'https://www.ft.com/video/9a1c2f6e-3b0d-4c8e-9f31-2d6b7a5e4c10'],
    ['ft', 'https://markets.ft.com/data/equities'],
    ['ftchinese', 'https://www.ftchinese.com/channel/china.html'],
    ['ftchinese', 'https://www.ftchinese.com/story/12345'],
    ['globaltimes', 'https://www.globaltimes.cn/opinion/index.html'],
    ['huanqiu', 'https://www.huanqiu.com/'],
    ['netease', 'https://www.163.com/dy/media/T1234567890123.html'],
    ['netease', 'https://www.163.com/special/0001/list.html'],
  ])('%s serves %s, which is not an article URL', (id, url) => {
    const site = pickSite(url);
    expect(site?.id).toBe(id);
    expect(site?.isArticleUrl(new URL(url))).toBe(false);
  });

  it.each(['https://example.org/content/9a1c2f6e-3b0d-4c8e-9f31-2d6b7a5e4c10', 'https://notft.com/', 'https://ft.com.evil.example/content/x', 'file:///www.ft.com/content/x', 'not a url', ''])('gives no adapter to %s', (url) => {
    expect(pickSite(url)).toBeUndefined();
  });

  it('credits each site to a registered outlet', () => {
    for (const site of siteAdapters) expect(outletById(site.outletId)).toBeDefined();
  });

  it('asks host permission for every domain an adapter serves, and for nothing else', () => {
    const served = siteAdapters.flatMap((site) => site.domains);
    for (const domain of served) expect(hostPermissions).toContain(`*://*.${domain}/*`);
    expect(hostPermissions.every((pattern) => served.some((d) => pattern.endsWith(`${d}/*`)))).toBe(true);
    expect(hostPermissions).not.toContain('<all_urls>');
  });
});
